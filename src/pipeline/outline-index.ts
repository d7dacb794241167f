// Joins the SCS-C03 outline to the compiled course for the exam guide page: which topics and sections teach each
// skill, and which questions test it.
import { BLUEPRINT_SKILLS } from '../content/blueprint.ts';
import type { OutlineIndex, OutlinePlace } from '../content/model.ts';
import type { CompiledCourse } from './course.ts';

/** The outline index of a compiled course: pure, so it is tested in Node. */
export function outlineIndex(course: CompiledCourse): OutlineIndex {
  const topics = course.index.layers.flatMap((l) => l.topics);
  const questions = [...course.questions.values()].flat();
  const titleOf = (layer: string, topic: string) => topics.find((t) => t.layer === layer && t.slug === topic)?.title ?? topic;
  const headingOf = (layer: string, topic: string, section: string) =>
    course.topics.get(`${layer}/${topic}`)?.toc.find((t) => t.id === section)?.text ?? null;
  const places: Record<string, OutlinePlace[]> = {};
  for (const skill of BLUEPRINT_SKILLS) {
    const fromTopics = topics
      .filter((t) => t.skills.includes(skill.id))
      .map((t): OutlinePlace => ({ layer: t.layer, topic: t.slug, topicTitle: t.title, section: null, sectionTitle: null }));
    const seen = new Set<string>();
    const fromQuestions: OutlinePlace[] = [];
    for (const q of questions) {
      if (q.skill !== skill.id) continue;
      const { layer, topic, section } = q.teaches;
      const key = `${layer}/${topic}#${section}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fromQuestions.push({ layer, topic, topicTitle: titleOf(layer, topic), section, sectionTitle: headingOf(layer, topic, section) });
    }
    places[skill.id] = [...fromTopics, ...fromQuestions];
  }
  return { places, questions: questions.map((q) => [q.id, q.layer, q.skill]) };
}
