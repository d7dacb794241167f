// Projected recall per skill and task on a given day, with FSRS: loaded only when the learner has reviews.
import type { OutlineIndex } from '@/content/model';
import type { ProgressEvent } from '@/learning/progress-events';
import { deriveCards } from '@/learning/card-state';
import { projectReadiness } from '@/features/review/readiness';
import { skillById } from '@/content/blueprint';

/** Recall (0–1) of every skill and task on `when`; questions never answered count as 0. */
export function skillRecall(outline: OutlineIndex, events: readonly ProgressEvent[], when: Date): { bySkill: Record<string, number>; byTask: Record<string, number> } {
  const questions = outline.questions.flatMap(([id, layer, skill]) => {
    const domain = skill ? skillById(skill)?.domain : undefined;
    return domain ? [{ id, layer, skill, domain }] : [];
  });
  const readiness = projectReadiness(questions, deriveCards(events), when);
  const pick = (parts: Record<string, { recall: number }>) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.recall]));
  return { bySkill: pick(readiness.bySkill), byTask: pick(readiness.byTask) };
}
