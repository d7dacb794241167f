import { useState, type ReactNode } from 'react';
import { BLUEPRINT_TASKS } from '@/content/blueprint';
import { DOMAINS, DOMAIN_SLUGS, LAYER_SLUGS } from '@/content/constants';
import { partShortLabel } from '@/content/layer-labels';
import { paths } from '@/shared/paths';
import { AppLink } from '@/ui/app-link';
import type { Question } from '@/engine/question-types';
import { findLayer } from '@/features/course/course-index';
import { useProgressStore } from '@/features/progress/progress-store';
import type { CardState } from '@/learning/card-state';
import { daysUntil, examMoment, projectReadiness, reviewsUntil, type ReadinessPart } from './readiness';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

function layerName(slug: string): string {
  const layer = findLayer(slug);
  return layer ? partShortLabel(layer) : slug;
}

/** Set or clear the exam date (an event in the log; the latest counts). */
export function ExamDateForm({ examDate }: { examDate: string | null }): ReactNode {
  const record = useProgressStore((s) => s.record);
  const [value, setValue] = useState(examDate ?? '');
  return (
    <form
      className="exam-date-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) void record({ type: 'exam-date-set', date: value });
      }}
    >
      <label htmlFor="exam-date">Your exam date</label>
      <input id="exam-date" type="date" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button">
        Save date
      </button>
      {examDate && (
        <button type="button" className="button button-secondary" onClick={() => { setValue(''); void record({ type: 'exam-date-set', date: null }); }}>
          Clear date
        </button>
      )}
    </form>
  );
}

function PartRows({ rows }: { rows: { key: string; label: string; part: ReadinessPart }[] }): ReactNode {
  return rows
    .filter((r) => r.part.questions > 0)
    .map((r) => (
      <tr key={r.key}>
        <th scope="row">{r.label}</th>
        <td>
          <meter min={0} max={1} low={0.6} high={0.8} optimum={1} value={r.part.recall} aria-label={`${r.label}: ${percent(r.part.recall)}`} /> {percent(r.part.recall)}
        </td>
        <td>
          {r.part.practised} of {r.part.questions}
        </td>
      </tr>
    ));
}

/** The projected readiness on the exam date, by domain and by layer, labelled as the estimate it is. */
export function ReadinessPanel({ questions, cards, examDate, now }: { questions: Question[]; cards: Map<string, CardState>; examDate: string; now: Date }): ReactNode {
  const exam = examMoment(examDate);
  const readiness = projectReadiness(questions, cards, exam);
  const days = daysUntil(now, exam);
  const perDay = Math.ceil(reviewsUntil(cards.values(), now, exam) / days);
  const unseen = questions.filter((q) => !cards.has(q.id)).length;
  return (
    <section aria-labelledby="readiness-title" className="readiness">
      <h2 id="readiness-title">Projected readiness on {examDate}: {percent(readiness.overall)} (estimate)</h2>
      <p>
        {exam.getTime() < now.getTime()
          ? 'That date has passed: set your next exam date.'
          : `${days} day${days === 1 ? '' : 's'} to go. To stay on track, do about ${perDay} review${perDay === 1 ? '' : 's'} a day${unseen ? ` and meet ${Math.ceil(unseen / days)} new question${Math.ceil(unseen / days) === 1 ? '' : 's'} a day (${unseen} not yet answered)` : ''}.`}
      </p>
      <table>
        <caption className="visually-hidden">Readiness by exam domain</caption>
        <thead>
          <tr><th scope="col">Domain (weight)</th><th scope="col">Projected recall</th><th scope="col">Practised</th></tr>
        </thead>
        <tbody>
          <PartRows rows={DOMAIN_SLUGS.map((d) => ({ key: d, label: `${DOMAINS[d].name} (${DOMAINS[d].weight}%)`, part: readiness.byDomain[d] }))} />
        </tbody>
      </table>
      <table>
        <caption className="visually-hidden">Readiness by task statement of the exam guide</caption>
        <thead>
          <tr><th scope="col">Task of the exam guide</th><th scope="col">Projected recall</th><th scope="col">Practised</th></tr>
        </thead>
        <tbody>
          <PartRows rows={BLUEPRINT_TASKS.map((t) => ({ key: t.id, label: `${t.id} ${t.label}`, part: readiness.byTask[t.id] ?? { recall: 0, questions: 0, practised: 0 } }))} />
        </tbody>
      </table>
      <p>
        Plan by skill: the <AppLink to={paths.examGuide()}>exam guide</AppLink> shows every skill of the outline with the sections that teach it and your recall.
      </p>
      <table>
        <caption className="visually-hidden">Readiness by OSI layer</caption>
        <thead>
          <tr><th scope="col">Part of the course</th><th scope="col">Projected recall</th><th scope="col">Practised</th></tr>
        </thead>
        <tbody>
          <PartRows rows={LAYER_SLUGS.map((l) => ({ key: l, label: layerName(l), part: readiness.byLayer[l] }))} />
        </tbody>
      </table>
      <details>
        <summary>How this estimate is computed</summary>
        <p>
          Every question you have answered is a spaced-repetition card (FSRS). For each card, FSRS projects the chance you still recall it on
          the exam date from its stability and the time since you last reviewed it. A question you have not answered yet counts as 0.
          Each domain is the average over its questions; the overall figure weights the domains by the exam guide (Detection 16%,
          Incident Response 14%, Infrastructure Security 18%, IAM 20%, Data Protection 18%, Governance 14%). It is an estimate of how
          much of this course you will remember, not a prediction of your exam score. Reviews are served in the order that raises this
          figure most.
        </p>
      </details>
    </section>
  );
}
