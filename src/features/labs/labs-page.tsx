import { useMemo, type ReactNode } from 'react';
import { useLoaderData } from 'react-router';
import type { LabScenario } from '@/content/model';
import { selectSolvedLabs } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { AppLink } from '@/ui/app-link';
import { useMounted } from '@/ui/use-mounted';
import { allScenarios, LAB_INFO, LAB_NAMES } from './lab-catalogue';
import { ScenarioList } from './scenario-list';

/** `/labs`: both labs and their scenarios, with what the learner has solved. */
export async function loader(): Promise<{ scenarios: LabScenario[] }> {
  return { scenarios: await allScenarios() };
}

export const handle: RouteHandle = {
  meta: () => ({
    title: pageTitle('Labs'),
    description: 'Hands-on labs for the SCS-C03 exam: put a request through AWS policy evaluation and a packet through a VPC, step by step, in your browser.',
  }),
};

export function Component(): ReactNode {
  const { scenarios } = useLoaderData() as { scenarios: LabScenario[] };
  const mounted = useMounted();
  const events = useProgressStore((s) => s.events);
  const solved = useMemo(() => (mounted ? selectSolvedLabs(events) : new Set<string>()), [mounted, events]);
  return (
    <div className="labs-page">
      <DocumentMeta />
      <h1>Labs</h1>
      <p className="lead">
        The exam asks you to reason about why a request is allowed or denied and where a packet is dropped. Here you do it: change the policies or the
        network, and the lab shows every step of AWS’s decision. Everything runs in your browser; nothing is sent to AWS.
      </p>
      {LAB_NAMES.map((lab) => {
        const list = scenarios.filter((s) => s.lab === lab);
        const done = list.filter((s) => solved.has(`${lab}/${s.slug}`)).length;
        return (
          <section key={lab} className="lab-section" aria-labelledby={`lab-${lab}`}>
            <h2 id={`lab-${lab}`}>
              <AppLink to={paths.lab(lab)}>{LAB_INFO[lab].title}</AppLink>
            </h2>
            <p>
              <strong>{LAB_INFO[lab].question}</strong> {LAB_INFO[lab].summary}
            </p>
            <p className="muted">
              {list.length} scenarios{mounted ? `, ${done} solved` : ''} · <AppLink to={paths.labScenario(lab, 'free')}>Free play</AppLink>
            </p>
            <ScenarioList scenarios={list} solved={solved} />
          </section>
        );
      })}
    </div>
  );
}
