// The learner against the outline: per skill and task, how many questions were answered and how well, derived from
// the progress log (never stored). Recall needs FSRS, so it lives in skill-recall.ts and loads only with reviews.
import { BLUEPRINT_SKILLS, taskOfSkill } from '@/content/blueprint';
import type { OutlineIndex } from '@/content/model';
import type { QuestionHistory } from '@/learning/history';

export interface SkillStats {
  questions: number;
  answered: number;
  attempts: number;
  correct: number;
}

const empty = (): SkillStats => ({ questions: 0, answered: 0, attempts: 0, correct: 0 });

/** Questions, answered questions and accuracy for every skill and every task of the outline. */
export function skillStats(outline: OutlineIndex, history: QuestionHistory): { bySkill: Map<string, SkillStats>; byTask: Map<string, SkillStats> } {
  const bySkill = new Map(BLUEPRINT_SKILLS.map((s) => [s.id, empty()]));
  const byTask = new Map<string, SkillStats>();
  for (const [id, , skill] of outline.questions) {
    if (!skill) continue;
    const record = history.get(id);
    for (const stats of [bySkill.get(skill), byTask.get(taskOfSkill(skill)) ?? byTask.set(taskOfSkill(skill), empty()).get(taskOfSkill(skill))]) {
      if (!stats) continue;
      stats.questions += 1;
      if (record) {
        stats.answered += 1;
        stats.attempts += record.attempts;
        stats.correct += record.correct;
      }
    }
  }
  return { bySkill, byTask };
}
