import { useMemo, useState, type ReactNode } from 'react';
import { parseLocatedJson } from '@/lab-engines/policy/json-located';
import { parsePolicy, type Decision, type StatementRef, type TraceStep } from '@/lab-engines/policy/index';
import {
  POLICY_KIND_LABELS,
  POLICY_KINDS,
  requestSchema,
  runPolicyLab,
  type PolicyLabRun,
  type PolicyLabState,
} from '@/lab-engines/policy-lab';
import type { LabPick } from '@/lab-engines/lab-kind';
import type { EditorHighlight } from './editor/json-editor';
import { LabEditor } from './lab-editor';
import { CheckPick, type WorkbenchProps } from './workbench';

type Policy = PolicyLabState['policies'][number];

const STAGE_LABELS: Record<TraceStep['stage'], string> = {
  'explicit-deny': 'Explicit deny in any policy',
  rcp: 'Resource control policies (RCPs)',
  scp: 'Service control policies (SCPs)',
  'vpc-endpoint': 'VPC endpoint policy',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  'permissions-boundary': 'Permissions boundary',
  session: 'Session policies',
};
const OUTCOME_LABELS: Record<TraceStep['outcome'], string> = {
  pass: 'passes',
  allow: 'allows',
  'explicit-deny': 'explicit deny',
  'implicit-deny': 'implicit deny',
  'not-applicable': 'does not apply',
};
const DECISION_LABELS: Record<Decision['decision'], string> = { allow: 'Allowed', 'explicit-deny': 'Explicitly denied', 'implicit-deny': 'Implicitly denied' };

const statementName = (ref: StatementRef) => `${ref.policy} · statement ${ref.index}${ref.sid ? ` (${ref.sid})` : ''}`;

/** The lines each statement of a policy spans, from the parser's positions (the last ends before the closing brackets). */
function statementLines(policy: Policy): { start: number; end: number }[] {
  const doc = parsePolicy(policy.text, policy.kind).document;
  if (!doc) return [];
  const last = policy.text.trimEnd().split('\n').length;
  return doc.statements.map((s, i) => {
    const next = doc.statements[i + 1];
    return { start: s.at.line, end: Math.max(s.at.line, next ? next.at.line - 1 : last - 2) };
  });
}

/** Lines to mark in one policy: the statements that decided a step (allow or deny), and those a deciding implicit deny found wanting. */
function highlightsFor(policy: Policy, decision: Decision | null): EditorHighlight[] {
  if (!decision) return [];
  const lines = statementLines(policy);
  const out: EditorHighlight[] = [];
  const mark = (ref: StatementRef, kind: EditorHighlight['kind']) => {
    const span = ref.policy === policy.name ? lines[ref.index] : undefined;
    if (span) for (let l = span.start; l <= span.end; l++) out.push({ line: l, kind });
  };
  for (const step of decision.steps) {
    if (step.decidedBy) mark(step.decidedBy, step.outcome === 'explicit-deny' ? 'deny' : 'allow');
    if (step.outcome === 'implicit-deny') for (const f of step.failed) mark(f, 'failed');
  }
  return out;
}

function RequestEditor({ state, frozen, onChange }: { state: PolicyLabState; frozen: boolean; onChange(s: PolicyLabState): void }): ReactNode {
  const [text, setText] = useState(() => JSON.stringify(state.request, null, 2));
  const [problem, setProblem] = useState<{ line: number; column: number; message: string } | null>(null);
  const edit = (next: string) => {
    setText(next);
    const located = parseLocatedJson(next);
    if (!located.ok) return setProblem({ line: located.error.at.line, column: located.error.at.column, message: located.error.message });
    const parsed = requestSchema.safeParse(JSON.parse(next));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setProblem({ line: 1, column: 1, message: `${issue?.path.map(String).join('.') || 'request'}: ${issue?.message ?? 'invalid'}` });
    }
    setProblem(null);
    onChange({ ...state, request: parsed.data });
  };
  return (
    <section className="lab-panel" aria-labelledby="lab-request">
      <h2 id="lab-request">The request</h2>
      <p className="muted">Who asks, for what action on which resource, with which context keys. Edit it to try other requests.</p>
      <LabEditor value={text} onChange={edit} label="The request, as JSON" readOnly={frozen} diagnostics={problem ? [{ severity: 'error', ...problem }] : []} highlights={[]} />
      {problem && <p className="lab-warning">The lab keeps deciding the last valid request until this one is fixed.</p>}
    </section>
  );
}

function PolicyCard({ policy, run, frozen, onText, onRemove }: { policy: Policy; run: PolicyLabRun; frozen: boolean; onText(t: string): void; onRemove(): void }): ReactNode {
  const highlights = useMemo(() => highlightsFor(policy, run.decision), [policy, run.decision]);
  const label = `${POLICY_KIND_LABELS[policy.kind]} ${policy.name}`;
  return (
    <section className="policy-card" aria-label={label} data-policy={policy.name}>
      <h3>
        <span className="policy-kind">{POLICY_KIND_LABELS[policy.kind]}</span> {policy.name}
        {policy.level && <span className="muted"> · attached at {policy.level}</span>}
        {policy.locked && <span className="locked-badge"> · read-only</span>}
      </h3>
      <LabEditor value={policy.text} onChange={onText} label={`${label}, as JSON`} readOnly={policy.locked || frozen} diagnostics={run.diagnostics[policy.id] ?? []} highlights={highlights} />
      {!policy.locked && !frozen && (
        <button type="button" className="button button-secondary button-small" onClick={onRemove}>
          Remove {policy.name}
        </button>
      )}
    </section>
  );
}

const TEMPLATE = { Version: '2012-10-17', Statement: [{ Sid: 'New', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

function AddPolicy({ state, onChange }: { state: PolicyLabState; onChange(s: PolicyLabState): void }): ReactNode {
  const [kind, setKind] = useState<Policy['kind']>('identity');
  const add = () => {
    let n = state.policies.length + 1;
    while (state.policies.some((p) => p.id === `policy-${n}` || p.name === `Policy${n}`)) n++;
    const doc = kind === 'resource' || kind === 'kms-key' || kind === 'role-trust' || kind === 'vpc-endpoint' || kind === 'rcp'
      ? { ...TEMPLATE, Statement: [{ ...TEMPLATE.Statement[0], Principal: { AWS: state.request.principal.arn || '*' } }] }
      : TEMPLATE;
    onChange({ ...state, policies: [...state.policies, { id: `policy-${n}`, kind, name: `Policy${n}`, text: JSON.stringify(doc, null, 2) }] });
  };
  return (
    <div className="add-policy">
      <label>
        Add a policy of kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Policy['kind'])}>
          {POLICY_KINDS.map((k) => (
            <option key={k} value={k}>
              {POLICY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="button button-secondary" onClick={add}>
        Add
      </button>
    </div>
  );
}

function Trace({ run }: { run: PolicyLabRun }): ReactNode {
  if (!run.decision) return <p className="lab-warning" role="status">{run.blocked}</p>;
  const { decision } = run;
  return (
    <>
      <p className={`decision decision-${decision.decision}`} role="status">
        <strong>{DECISION_LABELS[decision.decision]}</strong>
      </p>
      {run.notes.map((note) => (
        <p key={note} className="muted">
          {note}.
        </p>
      ))}
      {decision.unsupported.length > 0 && (
        <p className="lab-warning">The lab cannot evaluate some statements ({decision.unsupported.map(statementName).join('; ')}), so this answer may be wrong.</p>
      )}
      <ol className="trace">
        {decision.steps.map((step, i) => (
          <li key={i} data-outcome={step.outcome}>
            <p>
              <strong>{STAGE_LABELS[step.stage]}</strong>: <span className={`outcome outcome-${step.outcome}`}>{OUTCOME_LABELS[step.outcome]}</span>. {step.message}.
            </p>
            {step.decidedBy && <p className="muted">Decided by {statementName(step.decidedBy)}.</p>}
            {step.failed.length > 0 && (
              <details>
                <summary>
                  {step.failed.length} statement{step.failed.length === 1 ? '' : 's'} did not apply
                </summary>
                <ul>
                  {step.failed.map((f) => (
                    <li key={`${f.policy}-${f.index}`}>
                      {statementName(f)}: {f.reason?.element} — {f.reason?.why}
                      {f.reason?.condition && (
                        <>
                          {' '}
                          (<code>{f.reason.condition.operator}</code> on <code>{f.reason.condition.key}</code>: the policy wants {f.reason.condition.policyValues.join(', ') || 'nothing'}, the
                          request has {f.reason.condition.requestValues?.join(', ') ?? 'no such key'})
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** For a `find` goal: every statement of every policy, to point at the one that denies. */
function StatementPicker({ state, pick, onPick }: { state: PolicyLabState; pick: LabPick | null; onPick(p: LabPick): void }): ReactNode {
  const options = state.policies.flatMap((policy) => {
    const doc = parsePolicy(policy.text, policy.kind).document;
    return (doc?.statements ?? []).map((s) => ({ document: policy.name, rule: String(s.index), label: `${policy.name} · statement ${s.index}${s.sid ? ` (${s.sid})` : ''} · ${s.effect}` }));
  });
  return (
    <fieldset className="rule-picker">
      <legend>Which statement decides the request?</legend>
      {options.map((o) => (
        <label key={`${o.document}/${o.rule}`}>
          <input type="radio" name="pick" checked={pick?.document === o.document && pick.rule === o.rule} onChange={() => onPick({ document: o.document, rule: o.rule })} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The policy lab: the request, each policy in an editor, and the decision with its trace. */
export function PolicyWorkbench({ state, onChange, findMode, pick, onPick, onCheckPick, wrongPick }: WorkbenchProps<PolicyLabState>): ReactNode {
  const run = useMemo(() => runPolicyLab(state), [state]);
  const setPolicy = (id: string, change: Partial<Policy> | null) =>
    onChange({ ...state, policies: change ? state.policies.map((p) => (p.id === id ? { ...p, ...change } : p)) : state.policies.filter((p) => p.id !== id) });
  return (
    <div className="workbench">
      <div className="workbench-inputs">
        <RequestEditor state={state} frozen={findMode} onChange={onChange} />
        <section className="lab-panel" aria-labelledby="lab-policies">
          <h2 id="lab-policies">The policies</h2>
          {state.policies.map((p) => (
            <PolicyCard key={p.id} policy={p} run={findMode ? { ...run, decision: null } : run} frozen={findMode} onText={(text) => setPolicy(p.id, { text })} onRemove={() => setPolicy(p.id, null)} />
          ))}
          {!findMode && <AddPolicy state={state} onChange={onChange} />}
        </section>
      </div>
      <section className="lab-panel workbench-result" aria-labelledby="lab-decision">
        <h2 id="lab-decision">The decision</h2>
        {findMode ? (
          <>
            <StatementPicker state={state} pick={pick} onPick={onPick} />
            <CheckPick pick={pick} onCheckPick={onCheckPick} wrongPick={wrongPick} />
          </>
        ) : (
          <Trace run={run} />
        )}
      </section>
    </div>
  );
}
