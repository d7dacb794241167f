import { useMemo, useState, type ReactNode } from 'react';
import { MermaidDiagram } from '@/features/diagrams/mermaid-diagram';
import { buildNetwork, flowSchema, NETWORK_DOCUMENT_KIND_LABELS, networkDiagram, runNetworkLab, type Hop, type NetworkLabRun, type NetworkLabState, type Trace } from '@/lab-engines/network/index';
import type { LabPick } from '@/lab-engines/lab-kind';
import type { EditorHighlight } from './editor/json-editor';
import { LabEditor } from './lab-editor';
import { CheckPick, type WorkbenchProps } from './workbench';

type Document = NetworkLabState['documents'][number];
type Flow = NetworkLabState['flow'];

const VERDICT_LABELS: Record<Hop['verdict'], string> = { allow: 'allows', drop: 'drops', pass: 'passes', unsupported: 'not modelled' };

/** The flow as a small form: the ends are the topology's named instances and endpoints (or any IPv4 address). */
function FlowForm({ state, frozen, onChange }: { state: NetworkLabState; frozen: boolean; onChange(s: NetworkLabState): void }): ReactNode {
  const names = useMemo(() => {
    const topology = buildNetwork(state.documents).network?.topology;
    return topology ? [...topology.instances.map((i) => i.name), ...topology.natGateways.map((n) => n.name), ...topology.external.map((e) => e.name)] : [];
  }, [state.documents]);
  const [port, setPort] = useState(String(state.flow.port));
  const set = (change: Partial<Flow>) => {
    const parsed = flowSchema.safeParse({ ...state.flow, ...change });
    if (parsed.success) onChange({ ...state, flow: parsed.data });
  };
  const end = (key: 'from' | 'to', label: string) => (
    <label>
      {label}{' '}
      <input list="flow-ends" value={state.flow[key]} disabled={frozen} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );
  return (
    <section className="lab-panel" aria-labelledby="lab-flow">
      <h2 id="lab-flow">The flow</h2>
      <div className="flow-form">
        {end('from', 'From')}
        {end('to', 'To')}
        <label>
          Protocol{' '}
          <select value={state.flow.protocol} disabled={frozen} onChange={(e) => set({ protocol: e.target.value as Flow['protocol'] })}>
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP</option>
          </select>
        </label>
        <label>
          Port{' '}
          <input
            inputMode="numeric"
            value={port}
            disabled={frozen || state.flow.protocol === 'icmp'}
            onChange={(e) => {
              setPort(e.target.value);
              if (/^\d{1,5}$/.test(e.target.value)) set({ port: Number(e.target.value) });
            }}
          />
        </label>
        <datalist id="flow-ends">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </div>
      <p className="muted">
        The reply comes back from port {state.flow.port} to the client’s ephemeral port {state.flow.sourcePort ?? 49152}.
      </p>
    </section>
  );
}

/** The lines of a network ACL's inbound or outbound list (where a rule number is looked for). */
function naclSection(lines: string[], direction: 'inbound' | 'outbound'): [number, number] {
  const at = (key: string) => lines.findIndex((l) => l.includes(`"${key}"`));
  const start = at(direction);
  const other = at(direction === 'inbound' ? 'outbound' : 'inbound');
  return [Math.max(0, start), other > start ? other : lines.length];
}

/**
 * Lines of a document to mark: the network ACL rule or route that decided a hop, in the right list (an inbound
 * rule 100 is not the outbound rule 100). Security groups decide by rule index, which the table names instead.
 */
function highlightsFor(doc: Document, trace: Trace | null): EditorHighlight[] {
  if (!trace) return [];
  const lines = doc.text.split('\n');
  const out: EditorHighlight[] = [];
  for (const hop of trace.hops) {
    if (hop.control.document !== doc.name || !hop.rule || hop.verdict === 'pass' || hop.verdict === 'unsupported') continue;
    const kind: EditorHighlight['kind'] = hop.verdict === 'drop' ? 'deny' : 'allow';
    const ref = hop.rule.ref;
    let range: [number, number] = [0, lines.length];
    let needle: RegExp | null = null;
    if (hop.control.kind === 'network-acl' && ref !== '*') {
      range = naclSection(lines, /\bfrom\b/.test(hop.rule.text) ? 'inbound' : 'outbound');
      needle = new RegExp(`"rule"\\s*:\\s*${ref}\\b`);
    } else if (hop.control.kind === 'route-table') {
      needle = new RegExp(`"${ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`);
    }
    if (!needle) continue;
    for (let n = range[0]; n < range[1]; n++) if (needle.test(lines[n] ?? '')) out.push({ line: n + 1, kind });
  }
  return out;
}

function HopTable({ trace }: { trace: Trace }): ReactNode {
  return (
    // Focusable, so a table wider than the screen can be scrolled from the keyboard.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Hop by hop, out and back">
      <table className="hop-table">
        <caption>Hop by hop, out and back</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Leg</th>
            <th scope="col">Control</th>
            <th scope="col">Verdict</th>
            <th scope="col">Rule</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {trace.hops.map((hop, i) => (
            <tr key={i} data-verdict={hop.verdict} className={trace.drop?.hop === i ? 'hop-drop' : undefined}>
              <td>{i + 1}</td>
              <td>{hop.leg === 'out' ? 'request' : 'reply'}</td>
              <td>{hop.control.document}</td>
              <td>
                <strong>{VERDICT_LABELS[hop.verdict]}</strong>
              </td>
              <td>{hop.rule ? `${hop.rule.ref}: ${hop.rule.text}` : '—'}</td>
              <td>{hop.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FlowLogTable({ trace }: { trace: Trace }): ReactNode {
  if (!trace.flowLogs.length) return <p className="muted">No network interface on the path would write a flow log record.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="VPC Flow Logs records">
      <table className="flow-log-table">
        <caption>VPC Flow Logs records (default format, version 2)</caption>
        <thead>
          <tr>
            <th scope="col">Interface</th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {trace.flowLogs.map((r, i) => (
            <tr key={i}>
              <th scope="row">
                {r.owner} ({r.direction})
              </th>
              <td>{r.line}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function verdictOf(trace: Trace): { text: string; ok: boolean } {
  if (trace.delivered && trace.returned) return { text: 'Gets there and back', ok: true };
  if (trace.delivered) return { text: 'Arrives, but the reply is dropped', ok: false };
  return { text: 'Dropped on the way', ok: false };
}

function TraceView({ run, state }: { run: NetworkLabRun; state: NetworkLabState }): ReactNode {
  const network = useMemo(() => buildNetwork(state.documents).network, [state.documents]);
  if (!run.trace) return <p className="lab-warning" role="status">{run.blocked}</p>;
  const verdict = verdictOf(run.trace);
  return (
    <>
      <p className={`decision ${verdict.ok ? 'decision-allow' : 'decision-implicit-deny'}`} role="status">
        <strong>{verdict.text}</strong>
      </p>
      {run.trace.drop && <p>{run.trace.drop.reason}</p>}
      {run.trace.notModelled.map((n) => (
        <p key={n} className="lab-warning">
          Not modelled: {n}
        </p>
      ))}
      {network && <MermaidDiagram id="lab-path" title="The path of the flow" source={networkDiagram(network, run.trace)} />}
      <HopTable trace={run.trace} />
      <FlowLogTable trace={run.trace} />
    </>
  );
}

/** For a `find` goal: every numbered rule and route of the editable documents, to point at the one that drops. */
function RulePicker({ state, pick, onPick }: { state: NetworkLabState; pick: LabPick | null; onPick(p: LabPick): void }): ReactNode {
  const network = useMemo(() => buildNetwork(state.documents).network, [state.documents]);
  if (!network) return null;
  const options = [
    ...network.networkAcls.flatMap((acl) => {
      const doc = state.documents.find((d) => d.id === acl.id);
      return [...acl.inbound.map((r) => ({ r, dir: 'inbound' })), ...acl.outbound.map((r) => ({ r, dir: 'outbound' }))].map(({ r, dir }) => ({
        document: doc?.name ?? acl.id,
        rule: String(r.rule),
        label: `${doc?.name ?? acl.id} · ${dir} rule ${r.rule} · ${r.action}`,
      }));
    }),
    ...network.routeTables.flatMap((rt) => {
      const doc = state.documents.find((d) => d.id === rt.id);
      return rt.routes.map((r) => ({ document: doc?.name ?? rt.id, rule: r.destination, label: `${doc?.name ?? rt.id} · route ${r.destination} → ${r.target}` }));
    }),
  ];
  const unique = options.filter((o, i) => options.findIndex((x) => x.document === o.document && x.rule === o.rule) === i);
  return (
    <fieldset className="rule-picker">
      <legend>Which rule drops the flow?</legend>
      {unique.map((o) => (
        <label key={`${o.document}/${o.rule}`}>
          <input type="radio" name="pick" checked={pick?.document === o.document && pick.rule === o.rule} onChange={() => onPick({ document: o.document, rule: o.rule })} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The network lab: the flow, each route table, network ACL and security group in an editor, and the trace. */
export function NetworkWorkbench({ state, onChange, findMode, pick, onPick, onCheckPick, wrongPick }: WorkbenchProps<NetworkLabState>): ReactNode {
  const run = useMemo(() => runNetworkLab(state), [state]);
  const setText = (id: string, text: string) => onChange({ ...state, documents: state.documents.map((d) => (d.id === id ? { ...d, text } : d)) });
  const editor = (doc: Document) => {
    const label = `${NETWORK_DOCUMENT_KIND_LABELS[doc.kind]} ${doc.name}`;
    return (
      <section key={doc.id} className="policy-card" aria-label={label}>
        <h3>
          <span className="policy-kind">{NETWORK_DOCUMENT_KIND_LABELS[doc.kind]}</span> {doc.name}
          {doc.locked && <span className="locked-badge"> · read-only</span>}
        </h3>
        <LabEditor
          value={doc.text}
          onChange={(text) => setText(doc.id, text)}
          label={`${label}, as JSON`}
          readOnly={doc.locked || findMode}
          diagnostics={run.diagnostics[doc.id] ?? []}
          highlights={findMode ? [] : highlightsFor(doc, run.trace)}
        />
      </section>
    );
  };
  const editable = state.documents.filter((d) => !d.locked);
  const locked = state.documents.filter((d) => d.locked);
  // The trace is wide (a diagram and two tables), so the network lab stacks: the flow, the trace, then the
  // documents, the ones the learner may change first and the read-only ones folded away.
  return (
    <div className="workbench workbench-stacked">
      <FlowForm state={state} frozen={findMode} onChange={onChange} />
      <section className="lab-panel workbench-result" aria-labelledby="lab-trace">
        <h2 id="lab-trace">The trace</h2>
        {findMode ? (
          <>
            {/* The flow log is the evidence a find-the-rule puzzle starts from; the hop table would be the answer. */}
            {run.trace && <FlowLogTable trace={run.trace} />}
            <RulePicker state={state} pick={pick} onPick={onPick} />
            <CheckPick pick={pick} onCheckPick={onCheckPick} wrongPick={wrongPick} />
          </>
        ) : (
          <TraceView run={run} state={state} />
        )}
      </section>
      <section className="lab-panel" aria-labelledby="lab-documents">
        <h2 id="lab-documents">The network</h2>
        <p className="muted">
          {editable.length ? `You can change ${editable.map((d) => d.name).join(', ')}.` : 'Everything here is read-only.'} Each document is the resource as JSON.
        </p>
        <div className="document-grid">{editable.map(editor)}</div>
        {locked.length > 0 && (
          <details className="locked-documents">
            <summary>Read-only: {locked.map((d) => d.name).join(', ')}</summary>
            <div className="document-grid">{locked.map(editor)}</div>
          </details>
        )}
      </section>
    </div>
  );
}
