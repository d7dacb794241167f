import { useEffect, useState } from 'react';
import type { CourseIndex } from '@/content/model';
import type { Question } from '@/engine/question-types';
import { fullCourse } from '@/features/course/course-index';

/** The whole question bank and the full course index, loaded after mount (too large for the page's hydration data). */
export function useQuestionBank(): { bank: Question[]; course: CourseIndex } | null {
  const [bank, setBank] = useState<{ bank: Question[]; course: CourseIndex } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import('virtual:course/loaders').then((m) => m.loadAllQuestions()), fullCourse()])
      .then(([m, course]) => live && setBank({ bank: m.default, course }));
    return () => {
      live = false;
    };
  }, []);
  return bank;
}
