// How well the course covers the SCS-C03 outline: per skill the topics that teach it and its questions; per
// domain the bank against the ten-exam target. Feeds `npm run content:stats` and the course rules.
import { BLUEPRINT } from '../content/blueprint.ts';
import { QUESTION_TYPES, type Question, type QuestionType } from '../engine/registry.ts';
import { DOMAINS } from '../content/constants.ts';
import { bankTargets } from '../content/exam-format.ts';
import type { CompiledCourse } from './course.ts';

/** Questions a skill needs at the least. */
export const MIN_QUESTIONS_PER_SKILL = 3;

export interface SkillCoverage {
  id: string;
  label: string;
  /** Topics (`layer/topic`) whose front matter lists the skill. */
  topics: string[];
  /** Sections its questions point at (`layer/topic#section`). */
  sections: string[];
  questions: number;
  problems: string[];
}

export interface DomainCoverage {
  slug: keyof typeof DOMAINS;
  name: string;
  questions: number;
  target: number;
  types: QuestionType[];
  problems: string[];
  tasks: { id: string; label: string; questions: number; skills: SkillCoverage[] }[];
}

/** Coverage of every domain, task and skill of the outline by the compiled course. */
export function skillCoverage(course: CompiledCourse): { domains: DomainCoverage[] } {
  const questions: Question[] = [...course.questions.values()].flat();
  const topics = course.index.layers.flatMap((l) => l.topics);
  const targets = bankTargets();
  const domains = BLUEPRINT.map((domain): DomainCoverage => {
    const own = questions.filter((q) => q.domain === domain.slug);
    const types = QUESTION_TYPES.filter((t) => own.some((q) => q.type === t));
    const problems: string[] = [];
    if (own.length < targets[domain.slug]) problems.push(`${own.length} questions; ${targets[domain.slug]} needed for ten exams`);
    const missing = QUESTION_TYPES.filter((t) => !types.includes(t));
    if (missing.length) problems.push(`no ${missing.join(', ')} questions`);
    const tasks = domain.tasks.map((task) => {
      const skills = task.skills.map((skill): SkillCoverage => {
        const mine = questions.filter((q) => q.skill === skill.id);
        const teaching = topics.filter((t) => t.skills.includes(skill.id)).map((t) => `${t.layer}/${t.slug}`);
        const skillProblems: string[] = [];
        if (!teaching.length) skillProblems.push('no topic teaches it');
        if (mine.length < MIN_QUESTIONS_PER_SKILL) skillProblems.push(`${mine.length} questions; at least ${MIN_QUESTIONS_PER_SKILL} needed`);
        return {
          id: skill.id,
          label: skill.label,
          topics: teaching,
          sections: [...new Set(mine.map((q) => `${q.teaches.layer}/${q.teaches.topic}#${q.teaches.section}`))],
          questions: mine.length,
          problems: skillProblems,
        };
      });
      return { id: task.id, label: task.label, questions: skills.reduce((n, s) => n + s.questions, 0), skills };
    });
    return { slug: domain.slug, name: DOMAINS[domain.slug].name, questions: own.length, target: targets[domain.slug], types, problems, tasks };
  });
  return { domains };
}
