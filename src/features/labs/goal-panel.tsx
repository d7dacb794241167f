import type { ReactNode } from 'react';
import type { GoalResult, LabPick } from '@/lab-engines/lab-kind';

const GOAL_TEXT: Record<string, string> = {
  allow: 'Make the request succeed with least privilege: it must be allowed, and every probe below must stay denied.',
  deny: 'Add a guardrail: the request must be denied, and every probe below must still be allowed.',
  find: 'Find the statement or rule that decides it: pick it beside the documents and check. The trace stays hidden until you answer.',
  reach: 'Make the flow get there and back: it must be delivered and its reply returned, and every probe below must stay dropped.',
  block: 'Block the flow: it must be dropped, and every probe below must still get through.',
};

export interface GoalPanelProps {
  goal: { kind: string };
  result: GoalResult;
  solved: boolean;
  alreadySolved: boolean;
  revealed: boolean;
  onReveal(): void;
  onLoadSolution?: () => void;
  pickAnswer: LabPick | null;
  debrief: ReactNode;
}

/** The scenario's goal, each of its checks as it stands now, and the debrief once solved or revealed. */
export function GoalPanel(props: GoalPanelProps): ReactNode {
  const { goal, result, solved, alreadySolved, revealed } = props;
  return (
    <section className={`lab-panel goal-panel${solved ? ' goal-met' : ''}`} aria-labelledby="lab-goal">
      <h2 id="lab-goal">Your goal</h2>
      <p>{GOAL_TEXT[goal.kind] ?? goal.kind}</p>
      {result.blocked && <p className="lab-warning">{result.blocked}</p>}
      {goal.kind !== 'find' && (
        <ul className="goal-checks" aria-label="Checks">
          {result.checks.map((c) => (
            <li key={c.label} data-ok={c.ok}>
              <span aria-hidden="true">{c.ok ? '✓' : '✗'}</span> {c.label}: wanted {c.expected}; now {c.actual}
              <span className="visually-hidden">{c.ok ? ' (met)' : ' (not met yet)'}</span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="goal-status">
        {solved ? <strong>Solved{alreadySolved ? ' (you had solved it before)' : ''}.</strong> : 'Not solved yet: the checks update as you edit.'}
      </p>
      {!solved && !revealed && (
        <button type="button" className="button button-secondary" onClick={props.onReveal}>
          Show the solution
        </button>
      )}
      {(solved || revealed) && (
        <div className="debrief">
          <h3>Debrief</h3>
          {!solved && props.pickAnswer && (
            <p>
              The answer: <strong>{props.pickAnswer.document}</strong>, statement {props.pickAnswer.rule}.
            </p>
          )}
          {!solved && props.onLoadSolution && (
            <p>
              <button type="button" className="button button-secondary" onClick={props.onLoadSolution}>
                Load the reference solution into the lab
              </button>{' '}
              <span className="muted">(a loaded solution does not count as solved)</span>
            </p>
          )}
          {props.debrief}
        </div>
      )}
    </section>
  );
}
