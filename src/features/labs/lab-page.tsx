import { useMemo, type ReactNode } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { LabName, LabScenario } from '@/content/model';
import { selectSolvedLabs } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { AppLink } from '@/ui/app-link';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { useMounted } from '@/ui/use-mounted';
import { FREE_PLAY, LAB_INFO, scenariosOf } from './lab-catalogue';
import { ScenarioList } from './scenario-list';

/** `/labs/:lab`: one lab, its scenarios in order and its free play. */
export async function loader({ params }: LoaderFunctionArgs): Promise<{ lab: LabName; scenarios: LabScenario[] }> {
  return scenariosOf(params.lab);
}

type LabData = Awaited<ReturnType<typeof loader>>;

export const handle: RouteHandle = {
  meta: (d) => {
    const lab = (d as LabData | undefined)?.lab;
    return lab ? { title: pageTitle(LAB_INFO[lab].title), description: LAB_INFO[lab].summary } : null;
  },
};

export function Component(): ReactNode {
  const { lab, scenarios } = useLoaderData() as LabData;
  const mounted = useMounted();
  const events = useProgressStore((s) => s.events);
  const solved = useMemo(() => (mounted ? selectSolvedLabs(events) : new Set<string>()), [mounted, events]);
  const info = LAB_INFO[lab];
  return (
    <div className="labs-page">
      <DocumentMeta />
      <Breadcrumbs trail={[{ label: 'Labs', to: paths.labs() }, { label: info.title }]} />
      <h1>{info.title}</h1>
      <p className="lead">
        <strong>{info.question}</strong> {info.summary}
      </p>
      <p>
        <AppLink to={paths.labScenario(lab, FREE_PLAY)}>Free play</AppLink>: the lab with no goal, to try anything. Or take the scenarios in order:
        each sets a task and checks it for you.
      </p>
      <h2>Scenarios</h2>
      <ScenarioList scenarios={scenarios} solved={solved} />
    </div>
  );
}
