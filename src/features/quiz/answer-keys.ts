import { useEffect, useRef } from 'react';
import type { Question } from '@/engine/question-types';
import { pickByKey, type Answer, type Presentation } from '@/engine/question-types';

export interface AnswerKeyActions {
  question: Question | null;
  presentation: Presentation | null;
  answer: Answer;
  onChange: (answer: Answer) => void;
  /** Enter: check the answer, or go on. */
  onEnter?: () => void;
  /** F: flag for review (exam). */
  onFlag?: () => void;
  enabled: boolean;
}

const LETTER_KEYS = 'abcdefghi';

/** Which option a key picks: 1–9 or A–I, or null. */
export function optionIndexForKey(key: string): number | null {
  if (/^[1-9]$/.test(key)) return Number(key) - 1;
  const letter = LETTER_KEYS.indexOf(key.toLowerCase());
  return key.length === 1 && letter >= 0 ? letter : null;
}

const typingInto = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type)));

/** Keyboard shortcuts while answering: 1–9 or A–E pick options, Enter checks or goes on, F flags. */
export function useAnswerKeys(actions: AnswerKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      if (!a.enabled || e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
      if (e.key === 'Enter') {
        // Buttons and links do their own thing on Enter.
        if (e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A')) return;
        if (a.onEnter) {
          e.preventDefault();
          a.onEnter();
        }
        return;
      }
      if ((e.key === 'f' || e.key === 'F') && a.onFlag) {
        e.preventDefault();
        a.onFlag();
        return;
      }
      const index = optionIndexForKey(e.key);
      if (!a.question || !a.presentation || index === null) return;
      // What the key does is up to the question's type (choice: pick or toggle the option shown at that place).
      const next = pickByKey(a.question, a.presentation, a.answer, index);
      if (!next) return;
      e.preventDefault();
      a.onChange(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
