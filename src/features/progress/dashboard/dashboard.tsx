import { useMemo, type ReactNode } from 'react';

import { paths } from '@/shared/paths';
import type { CourseIndex } from '@/content/model';
import type { Question } from '@/engine/question-types';
import type { ProgressEvent } from '@/learning/progress-events';
import { confusionMap, conceptMatcher } from './confusions';
import { ExamChart } from './exam-chart';
import { examHistory } from './exam-history';
import { studyStreak } from './streak';
import { layerStats, weakestTopics, type LayerStats, type TopicStats } from './topic-stats';
import { AppLink } from '@/ui/app-link';
import { selectExamDate, selectSolvedLabs } from '@/learning/event-log';

const WEEK = 7 * 86_400_000;

/** Where recall is projected: the exam date when one is set (and ahead), else a week from now. */
function recallHorizon(events: readonly ProgressEvent[], now: Date): { at: Date; label: string } {
  const date = selectExamDate(events);
  const exam = date ? new Date(`${date}T09:00:00Z`) : null;
  return exam && exam.getTime() > now.getTime() ? { at: exam, label: `recall on exam day (${date})` } : { at: new Date(now.getTime() + WEEK), label: 'recall in 7 days' };
}
import { partLabel, partShortLabel } from '@/content/layer-labels';

const percent = (n: number | null): string => (n === null ? '—' : `${Math.round(n * 100)}%`);
const accuracy = (s: { attempts: number; correct: number }): string => (s.attempts ? `${percent(s.correct / s.attempts)} of ${s.attempts}` : '—');

function TopicTable({ layer, recallLabel }: { layer: LayerStats; recallLabel: string }): ReactNode {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Topics of {partLabel(layer)}</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Read</th>
          <th scope="col">Accuracy</th>
          <th scope="col">{recallLabel.charAt(0).toUpperCase() + recallLabel.slice(1)}</th>
          <th scope="col">Cards due</th>
        </tr>
      </thead>
      <tbody>
        {layer.topics.map((t) => (
          <tr key={t.key}>
            <th scope="row">
              <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink>
            </th>
            <td>{t.read ? 'Yes' : 'No'}</td>
            <td>{accuracy(t)}</td>
            <td>{percent(t.recall)}</td>
            <td>{t.due}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WeakestTopics({ topics, recallLabel }: { topics: TopicStats[]; recallLabel: string }): ReactNode {
  if (topics.length === 0) return <p>Answer some questions and your weakest topics will show here.</p>;
  return (
    <ol>
      {topics.map((t) => (
        <li key={t.key}>
          <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink> <span className="muted">— accuracy {accuracy(t)}, {recallLabel} {percent(t.recall)}</span>
        </li>
      ))}
    </ol>
  );
}

/** Everything the dashboard shows, computed from the log and the question bank. */
export function Dashboard({ events, bank, course }: { events: ProgressEvent[]; bank: Question[]; course: CourseIndex }): ReactNode {
  const view = useMemo(() => {
    const now = new Date();
    const byId = new Map(bank.map((q) => [q.id, q]));
    const horizon = recallHorizon(events, now);
    const layers = layerStats(course, events, bank, now, horizon.at);
    return { layers, recallLabel: horizon.label, weakest: weakestTopics(layers), exams: examHistory(events, byId), confusions: confusionMap(events, byId, conceptMatcher(course)), streak: studyStreak(events, now) };
  }, [events, bank, course]);
  const total = (f: (l: LayerStats) => number) => view.layers.reduce((n, l) => n + f(l), 0);
  const topicCount = total((l) => l.topics.length);
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <dl className="stat-grid">
          <div><dt>Topics read</dt><dd>{total((l) => l.read)} of {topicCount}</dd></div>
          <div><dt>Quiz accuracy</dt><dd>{accuracy({ attempts: total((l) => l.attempts), correct: total((l) => l.correct) })}</dd></div>
          <div><dt>Cards due</dt><dd>{total((l) => l.due)}</dd></div>
          <div><dt>Lab scenarios solved</dt><dd>{selectSolvedLabs(events).size} <AppLink to={paths.labs()}>(open the labs)</AppLink></dd></div>
          <div><dt>Study streak</dt><dd>{view.streak.days} day{view.streak.days === 1 ? '' : 's'}{view.streak.days > 0 && !view.streak.today ? ' (study today to keep it)' : ''}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="layers-title">
        <h2 id="layers-title">By layer and topic</h2>
        {view.layers.map((l) => (
          <details key={l.slug} className="layer-stats">
            <summary>
              <strong>{partShortLabel(l)}</strong>: {l.read} of {l.topics.length} read · accuracy {accuracy(l)} · {view.recallLabel} {percent(l.recall)} · {l.due} due
            </summary>
            <TopicTable layer={l} recallLabel={view.recallLabel} />
          </details>
        ))}
      </section>
      <section aria-labelledby="weakest-title">
        <h2 id="weakest-title">Weakest topics</h2>
        <WeakestTopics topics={view.weakest} recallLabel={view.recallLabel} />
      </section>
      <section aria-labelledby="confusions-title">
        <h2 id="confusions-title">What you mix up</h2>
        {view.confusions.length === 0 ? (
          <p>No confusions yet: when a wrong answer names one service where the right one names another, the pair shows here.</p>
        ) : (
          <ul className="confusions">
            {view.confusions.map((c) => (
              <li key={`${c.a}|${c.b}`}>
                <strong>{c.a}</strong> vs <strong>{c.b}</strong> <span className="muted">({c.count} time{c.count === 1 ? '' : 's'})</span> —{' '}
                <AppLink to={paths.topic(c.teaches.layer, c.teaches.topic, c.teaches.section)}>tell them apart</AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="exams-title">
        <h2 id="exams-title">Practice exams</h2>
        <ExamChart exams={view.exams} />
      </section>
    </>
  );
}
