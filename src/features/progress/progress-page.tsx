import type { ReactNode } from 'react';
import { DocumentMeta } from '@/shared/document-meta';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { Dashboard } from './dashboard/dashboard';
import { useQuestionBank } from './dashboard/use-question-bank';
import { ProgressData } from './data/progress-data';
import { useProgressStore } from './progress-store';

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('Your progress'), description: 'Your reading, quiz accuracy, recall, exam scores and study streak, with export, import and reset.' }),
};

/** `/progress`: the dashboard and the learner's data. Progress lives in the browser, so the server renders a shell. */
export function Component(): ReactNode {
  const status = useProgressStore((s) => s.status);
  const events = useProgressStore((s) => s.events);
  const bank = useQuestionBank();
  const loaded = status !== 'loading' && bank !== null;
  return (
    <div className="progress-page">
      <DocumentMeta />
      <header className="page-header">
        <h1>Your progress</h1>
        {status === 'read-only' && <p className="notice-inline">Progress is read-only in this tab: see the message at the top of the page.</p>}
      </header>
      {loaded ? <Dashboard events={events} bank={bank.bank} course={bank.course} /> : <p aria-busy="true">Loading your progress…</p>}
      {status !== 'loading' && <ProgressData />}
    </div>
  );
}
