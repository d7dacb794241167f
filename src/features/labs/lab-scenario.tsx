import { useEffect, useEffectEvent, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { data, useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { LabName, LabScenario } from '@/content/model';
import type { AnyLabEngine } from '@/lab-engines/lab-engine';
import type { LabPick } from '@/lab-engines/lab-kind';
import { selectSolvedLabs } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { AppLink } from '@/ui/app-link';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { Blocks } from '@/ui/markdown/blocks';
import { FREE_PLAY, LAB_INFO, scenariosOf } from './lab-catalogue';
import { GoalPanel } from './goal-panel';
import { decodeLabState, STATE_PARAM } from './lab-link';
import { ShareLab } from './share-lab';
import type { WorkbenchProps } from './workbench';
import './labs.css';

/** One scenario (or the lab's free play), prerendered; a shared `?state=` fills in after mount. */
async function loadScenario(lab: LabName, { params }: LoaderFunctionArgs) {
  const { scenarios } = await scenariosOf(lab);
  const at = scenarios.findIndex((s) => s.slug === params.scenario);
  const free = params.scenario === FREE_PLAY;
  const scenario = free ? null : scenarios[at];
  const start = free ? scenarios[0]?.setup : scenario?.setup;
  if ((!free && !scenario) || start === undefined) throw data({ missing: `labs/${lab}/${params.scenario ?? ''}` }, { status: 404 });
  const next = scenario ? (scenarios[at + 1] ?? null) : null;
  return { lab, scenario: scenario ?? null, start, next: next && { slug: next.slug, title: next.title } };
}

type ScenarioData = Awaited<ReturnType<typeof loadScenario>>;

const handle: RouteHandle = {
  meta: (d) => {
    const page = d as ScenarioData | undefined;
    if (!page) return null;
    const lab = LAB_INFO[page.lab].title;
    return page.scenario
      ? { title: pageTitle(page.scenario.title, lab), description: page.scenario.summary }
      : { title: pageTitle('Free play', lab), description: LAB_INFO[page.lab].summary };
  },
};

/** Whether the learner has this scenario solved already (then solving it again records nothing). */
function useSolved(lab: LabName, slug: string | undefined): boolean {
  const events = useProgressStore((s) => s.events);
  return useMemo(() => !!slug && selectSolvedLabs(events).has(`${lab}/${slug}`), [events, lab, slug]);
}

/** Reads a shared `?state=` once after mount: the state it carries, or why it was refused. */
function useSharedState(engine: AnyLabEngine, apply: (state: unknown) => void): string | null {
  const [params] = useSearchParams();
  const param = params.get(STATE_PARAM);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onShared = useEffectEvent(apply);
  useEffect(() => {
    if (param === null) return;
    let live = true;
    void decodeLabState(param, engine.stateSchema).then((r) => {
      if (!live) return;
      if (r.ok) onShared(r.state);
      else setRefusal(r.message);
    });
    return () => {
      live = false;
    };
  }, [param, engine]);
  return refusal;
}

interface Lab {
  engine: AnyLabEngine;
  View: ComponentType<WorkbenchProps<unknown>>;
}

function Workbench({ lab, scenario, start, engine, View }: { lab: LabName; scenario: LabScenario | null; start: unknown } & Lab): ReactNode {
  const initial = useMemo(() => engine.stateSchema.parse(start), [engine, start]);
  const [state, setState] = useState<unknown>(initial);
  // A new generation remounts the editors: the state was replaced from outside (reset, solution, shared link).
  const [generation, setGeneration] = useState(0);
  const [pick, setPick] = useState<LabPick | null>(null);
  const [answered, setAnswered] = useState<LabPick | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [fromLink, setFromLink] = useState(false);
  const replace = (next: unknown) => {
    setState(next);
    setGeneration((g) => g + 1);
  };
  const refusal = useSharedState(engine, (shared) => {
    replace(shared);
    setFromLink(true);
  });
  const goal = scenario?.goal ?? null;
  const result = useMemo(() => (goal ? engine.check(state, goal, answered ?? undefined) : null), [engine, state, goal, answered]);
  const alreadySolved = useSolved(lab, scenario?.slug);
  const record = useProgressStore((s) => s.record);
  const ready = useProgressStore((s) => s.status === 'ready');
  // What the page says is whether it was solved before this visit; solving it now is not "before".
  const [solvedBefore, setSolvedBefore] = useState<boolean | null>(null);
  useEffect(() => {
    if (ready && solvedBefore === null) setSolvedBefore(alreadySolved);
  }, [ready, solvedBefore, alreadySolved]);
  // Loading the reference solution is not solving it: nothing is recorded after that.
  const usedSolution = useRef(false);
  useEffect(() => {
    if (result?.met && scenario && ready && !alreadySolved && !usedSolution.current) void record({ type: 'lab-solved', lab, scenario: scenario.slug });
  }, [result?.met, scenario, ready, alreadySolved, record, lab]);
  const findMode = goal?.kind === 'find' && !result?.met;
  const solution = scenario?.solution;
  return (
    <>
      {refusal && (
        <p className="lab-refusal" role="alert">
          {refusal} The lab shows the scenario as it starts; nothing else changed.
        </p>
      )}
      {fromLink && <p className="lab-notice" role="status">This is the lab as it was shared with you. Reset it to start the scenario from the beginning.</p>}
      <View
        key={generation}
        state={state}
        onChange={setState}
        findMode={findMode}
        pick={pick}
        onPick={setPick}
        onCheckPick={() => setAnswered(pick)}
        wrongPick={findMode && answered !== null}
      />
      <div className="lab-actions">
        <button type="button" className="button button-secondary" onClick={() => { replace(initial); setPick(null); setAnswered(null); setFromLink(false); }}>
          Reset the lab
        </button>
        <ShareLab lab={lab} slug={scenario?.slug ?? FREE_PLAY} state={state} />
      </div>
      {scenario && result && (
        <GoalPanel
          goal={scenario.goal}
          result={result}
          solved={result.met}
          alreadySolved={solvedBefore === true}
          revealed={revealed}
          onReveal={() => setRevealed(true)}
          onLoadSolution={
            solution && 'state' in solution
              ? () => {
                  usedSolution.current = true;
                  replace(engine.stateSchema.parse(solution.state));
                }
              : undefined
          }
          pickAnswer={solution && 'pick' in solution ? solution.pick : null}
          debrief={<Blocks blocks={scenario.debrief} />}
        />
      )}
    </>
  );
}

function ScenarioPage({ engine, View }: Lab): ReactNode {
  const { lab, scenario, start, next } = useLoaderData() as ScenarioData;
  const info = LAB_INFO[lab];
  return (
    <div className="lab-page">
      <DocumentMeta />
      <Breadcrumbs trail={[{ label: 'Labs', to: paths.labs() }, { label: info.title, to: paths.lab(lab) }, { label: scenario?.title ?? 'Free play' }]} />
      <header className="page-header">
        <h1>{scenario?.title ?? `${info.title}: free play`}</h1>
        <p className="lead">{scenario?.summary ?? `${info.question} Change anything; the lab decides as you type. It starts from the first scenario's setup.`}</p>
      </header>
      {scenario && (
        <section className="lab-brief" aria-label="The brief">
          <Blocks blocks={scenario.brief} />
          <p className="muted">
            Taught in:{' '}
            {scenario.teaches.map((t, i) => (
              <span key={`${t.topic}#${t.section}`}>
                {i > 0 && ' · '}
                <AppLink to={paths.topic(t.layer, t.topic, t.section)}>
                  {t.topicTitle}: {t.sectionTitle}
                </AppLink>
              </span>
            ))}
          </p>
        </section>
      )}
      <Workbench key={`${lab}/${scenario?.slug ?? FREE_PLAY}`} lab={lab} scenario={scenario} start={start} engine={engine} View={View} />
      {next && (
        <p className="lab-next">
          Next scenario: <AppLink to={paths.labScenario(lab, next.slug)}>{next.title}</AppLink>
        </p>
      )}
    </div>
  );
}

/**
 * The route module of one lab's scenario pages (`/labs/<lab>/:scenario`): its engine and workbench only, so a page
 * of one lab never downloads the other lab's code.
 */
export function scenarioRoute<S>(lab: LabName, engine: AnyLabEngine, View: ComponentType<WorkbenchProps<S>>) {
  const Page = () => <ScenarioPage engine={engine} View={View as unknown as ComponentType<WorkbenchProps<unknown>>} />;
  return { loader: (args: LoaderFunctionArgs) => loadScenario(lab, args), handle, Component: Page };
}
