import type { ReactNode } from 'react';
import type { LabScenario } from '@/content/model';
import { paths } from '@/shared/paths';
import { AppLink } from '@/ui/app-link';

const GOAL_LABELS: Record<string, string> = {
  allow: 'Make it work, least privilege',
  deny: 'Add a guardrail',
  find: 'Find the rule',
  reach: 'Make it reach',
  block: 'Block it',
};

/** A lab's scenarios in order, each with its task kind and a tick once solved. */
export function ScenarioList({ scenarios, solved }: { scenarios: LabScenario[]; solved: Set<string> }): ReactNode {
  return (
    <ol className="scenario-list">
      {scenarios.map((s) => {
        const done = solved.has(`${s.lab}/${s.slug}`);
        return (
          <li key={s.slug}>
            <AppLink to={paths.labScenario(s.lab, s.slug)}>{s.title}</AppLink>
            {done && <span className="solved-mark"> ✓ solved</span>}
            <span className="muted"> · {GOAL_LABELS[s.goal.kind] ?? s.goal.kind}</span>
            <p className="scenario-summary">{s.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
