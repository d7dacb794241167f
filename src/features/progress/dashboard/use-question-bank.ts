import { useEffect, useState } from 'react';
import type { Question } from '@/content/model';

/** The whole question bank, loaded after mount (it is too large to travel in the page's hydration data). */
export function useQuestionBank(): Question[] | null {
  const [bank, setBank] = useState<Question[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('virtual:course/loaders')
      .then((m) => m.loadAllQuestions())
      .then((m) => live && setBank(m.default));
    return () => {
      live = false;
    };
  }, []);
  return bank;
}
