import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLoaderData } from 'react-router';
import { loadOutline } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { BLUEPRINT, type BlueprintSkill, type BlueprintTask } from '@/content/blueprint';
import { DOMAINS } from '@/content/constants';
import type { OutlineIndex, OutlinePlace } from '@/content/model';
import { selectExamDate } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { questionHistory } from '@/learning/history';
import { useMounted } from '@/ui/use-mounted';
import { AppLink } from '@/ui/app-link';
import { skillStats, type SkillStats } from './skill-stats';

/** `/exam-guide`: the outline and where the course teaches each skill, prerendered; the learner's figures fill in. */
export async function loader(): Promise<{ outline: OutlineIndex }> {
  return { outline: (await loadOutline()).default };
}

export const handle: RouteHandle = {
  meta: () => ({
    title: pageTitle('SCS-C03 exam guide'),
    description: 'The SCS-C03 outline, domain by domain, task by task and skill by skill, with the sections that teach each skill, its questions and your readiness.',
  }),
};

const percent = (x: number): string => `${Math.round(x * 100)}%`;
const DAY = 86_400_000;

interface Learner {
  stats: ReturnType<typeof skillStats>;
  /** Null while FSRS loads; 'none' before the first review (nothing is remembered yet: 0%, as in the forecast). */
  recall: { bySkill: Record<string, number>; byTask: Record<string, number> } | 'none' | null;
  /** What recall is projected to: the exam date, or a week from now without one. */
  horizon: string;
}

/** The learner's figures per skill: accuracy at once, recall once FSRS has loaded (only when there are reviews). */
function useLearner(outline: OutlineIndex): Learner | null {
  const mounted = useMounted();
  const ready = useProgressStore((s) => s.status !== 'loading');
  const events = useProgressStore((s) => s.events);
  const stats = useMemo(() => skillStats(outline, questionHistory(events)), [outline, events]);
  const examDate = selectExamDate(events);
  const [recall, setRecall] = useState<Learner['recall']>(null);
  const hasReviews = events.some((e) => e.type === 'reviewed' || e.type === 'compacted');
  useEffect(() => {
    if (!ready || !hasReviews) return;
    let live = true;
    const when = examDate ? new Date(`${examDate}T09:00:00Z`) : new Date(Date.now() + 7 * DAY);
    void import('./skill-recall').then((m) => {
      if (live) setRecall(m.skillRecall(outline, events, when));
    });
    return () => {
      live = false;
    };
  }, [ready, hasReviews, outline, events, examDate]);
  if (!mounted || !ready) return null;
  return { stats, recall: hasReviews ? recall : 'none', horizon: examDate ? `on your exam date, ${examDate}` : 'in 7 days (set an exam date on Review)' };
}

/** The learner's recall of one skill or task, as text. */
function recallText(learner: Learner, kind: 'bySkill' | 'byTask', id: string): string {
  if (learner.recall === 'none') return '0%';
  const value = learner.recall?.[kind][id];
  return value === undefined ? '…' : percent(value);
}

function Figures({ stats, recall, horizon }: { stats: SkillStats | undefined; recall: string; horizon: string }): ReactNode {
  if (!stats) return null;
  const accuracy = stats.attempts ? `${percent(stats.correct / stats.attempts)} right over ${stats.attempts} answers` : 'not practised yet';
  return (
    <span className="guide-figures">
      Your accuracy: {accuracy} · answered {stats.answered} of {stats.questions} · recall {horizon}: {recall}
    </span>
  );
}

function Place({ place }: { place: OutlinePlace }): ReactNode {
  return (
    <li>
      <AppLink to={paths.topic(place.layer, place.topic, place.section)}>
        {place.sectionTitle ? `${place.topicTitle}: ${place.sectionTitle}` : place.topicTitle}
      </AppLink>
    </li>
  );
}

function Skill({ skill, outline, learner }: { skill: BlueprintSkill; outline: OutlineIndex; learner: Learner | null }): ReactNode {
  const places = outline.places[skill.id] ?? [];
  const count = outline.questions.filter((q) => q[2] === skill.id).length;
  return (
    <li className="guide-skill" id={`skill-${skill.id.replaceAll('.', '-')}`}>
      <h4>
        <span className="guide-id">{skill.id}</span> {skill.label}
      </h4>
      {skill.services.length > 0 && <p className="muted">Names: {skill.services.join(', ')}</p>}
      <p>
        {count} question{count === 1 ? '' : 's'}
        {count > 0 && (
          <>
            {' · '}
            <AppLink to={paths.quiz({ skill: skill.id })}>Quiz this skill</AppLink>
          </>
        )}
        {learner && (
          <>
            <br />
            <Figures stats={learner.stats.bySkill.get(skill.id)} recall={recallText(learner, 'bySkill', skill.id)} horizon={learner.horizon} />
          </>
        )}
      </p>
      {places.length > 0 ? (
        <details>
          <summary>Taught in {places.length} place{places.length === 1 ? '' : 's'}</summary>
          <ul>
            {places.map((p) => (
              <Place key={`${p.layer}/${p.topic}#${p.section ?? ''}`} place={p} />
            ))}
          </ul>
        </details>
      ) : (
        <p className="muted">Not taught yet.</p>
      )}
    </li>
  );
}

function Task({ task, outline, learner }: { task: BlueprintTask; outline: OutlineIndex; learner: Learner | null }): ReactNode {
  return (
    <section aria-labelledby={`task-${task.id}`} className="guide-task">
      <h3 id={`task-${task.id}`}>
        Task {task.id}: {task.label}
      </h3>
      <p>
        <AppLink to={paths.quiz({ task: task.id })}>Quiz this task</AppLink>
        {learner && (
          <>
            {' · '}
            <Figures stats={learner.stats.byTask.get(task.id)} recall={recallText(learner, 'byTask', task.id)} horizon={learner.horizon} />
          </>
        )}
      </p>
      <ul className="guide-skills">
        {task.skills.map((s) => (
          <Skill key={s.id} skill={s} outline={outline} learner={learner} />
        ))}
      </ul>
    </section>
  );
}

export function Component(): ReactNode {
  const { outline } = useLoaderData() as { outline: OutlineIndex };
  const learner = useLearner(outline);
  return (
    <div className="exam-guide">
      <DocumentMeta />
      <h1>The SCS-C03 exam guide, skill by skill</h1>
      <p className="lead">
        The AWS Certified Security – Specialty exam (SCS-C03) tests 70 skills in 16 tasks across six domains. Each skill below lists the course sections
        that teach it, its practice questions and how you are doing, so you can plan your week on the official outline. Labels are our summaries of the
        exam guide.
      </p>
      {!learner && <p role="status">Your accuracy and recall appear here once your progress has loaded.</p>}
      <nav aria-label="Domains">
        <ul className="inline-list">
          {BLUEPRINT.map((d) => (
            <li key={d.slug}>
              <a href={`#domain-${d.slug}`}>
                {d.number}. {DOMAINS[d.slug].name} ({DOMAINS[d.slug].weight}%)
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {BLUEPRINT.map((d) => (
        <section key={d.slug} aria-labelledby={`domain-${d.slug}`} className="guide-domain">
          <h2 id={`domain-${d.slug}`}>
            Domain {d.number}: {DOMAINS[d.slug].name} ({DOMAINS[d.slug].weight}% of the exam)
          </h2>
          <p>
            <AppLink to={paths.quiz({ domain: d.slug })}>Quiz this domain</AppLink>
          </p>
          {d.tasks.map((t) => (
            <Task key={t.id} task={t} outline={outline} learner={learner} />
          ))}
        </section>
      ))}
    </div>
  );
}
