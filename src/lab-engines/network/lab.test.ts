// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_LAB_DOCUMENTS } from '../lab-kind.ts';
import { networkDiagram, plainLabel } from './diagram.ts';
import {
  applyNetworkSolution, checkNetworkGoal, networkLabStateSchema, networkSetupSchema, networkSolutionSchema, networkStateFromSetup, runNetworkLab, type NetworkGoal,
} from './lab.ts';
import { fixture, network, flow } from './test-support.ts';
import { traceFlow } from './trace.ts';

const setup = (f = flow('admin-laptop', 'web')) => networkSetupSchema.parse({
  flow: f, documents: Object.entries(fixture()).map(([id, d]) => ({ id, kind: d.kind, name: d.name, document: d.document, ...(d.kind === 'topology' ? { locked: true } : {}) })),
});

describe('network lab state', () => {
  it('a setup becomes a state that the state schema accepts and that runs', () => {
    const state = networkStateFromSetup(setup());
    expect(networkLabStateSchema.safeParse(state).success).toBe(true);
    const run = runNetworkLab(state);
    expect(run.trace?.returned).toBe(true);
    expect(run.blocked).toBeUndefined();
  });

  it('a hostile link is refused: too many documents, huge text, two topologies', () => {
    const state = networkStateFromSetup(setup());
    const many = { ...state, documents: Array.from({ length: MAX_LAB_DOCUMENTS + 1 }, (_, i) => ({ id: `sg-${i}`, kind: 'security-group', name: `g${i}`, text: '{}' })) };
    expect(networkLabStateSchema.safeParse(many).success).toBe(false);
    const huge = { ...state, documents: state.documents.map((d) => ({ ...d, text: ' '.repeat(40_000) })) };
    expect(networkLabStateSchema.safeParse(huge).success).toBe(false);
    const two = { ...state, documents: [...state.documents, { id: 'topology-2', kind: 'topology', name: 'again', text: '{}' }] };
    expect(networkLabStateSchema.safeParse(two).success).toBe(false);
  });

  it('is blocked, with diagnostics, while a document has errors, or when the flow names nothing', () => {
    const state = networkStateFromSetup(setup());
    const broken = { ...state, documents: state.documents.map((d) => (d.id === 'acl-app' ? { ...d, text: '{' } : d)) };
    const run = runNetworkLab(broken);
    expect(run.trace).toBeNull();
    expect(run.blocked).toMatch(/app-acl/);
    expect(run.diagnostics['acl-app']?.[0]?.severity).toBe('error');
    expect(runNetworkLab({ ...state, flow: flow('nobody-here', 'web') }).blocked).toMatch(/nobody-here/);
  });
});

describe('network goals', () => {
  const denyReply = { inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }], outbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }] };
  const broken = () => applyNetworkSolution(networkStateFromSetup(setup()), networkSolutionSchema.parse({ documents: [{ id: 'acl-public', document: denyReply }] }));

  it('reach: the flow must work and every probe must not', () => {
    const goal: NetworkGoal = { kind: 'reach', probes: [{ label: 'SSH from the laptop stays closed', change: { port: 22 } }] };
    expect(checkNetworkGoal(broken(), goal).met).toBe(false);
    const fixed = applyNetworkSolution(broken(), networkSolutionSchema.parse({ documents: [{ id: 'acl-public', document: { ...denyReply, outbound: [{ rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' }] } }] }));
    const result = checkNetworkGoal(fixed, goal);
    expect(result.met).toBe(true);
    expect(result.checks.map((c) => c.actual)).toEqual(['gets there and back', expect.stringMatching(/^dropped at public-acl/)]);
  });

  it('block: the flow must not work and every probe still must', () => {
    const goal: NetworkGoal = { kind: 'block', probes: [{ label: 'The app still reaches S3', change: { from: 'app', to: 's3' } }] };
    expect(checkNetworkGoal(networkStateFromSetup(setup(flow('app', 'updates'))), goal).met).toBe(false);
    const noNat = applyNetworkSolution(networkStateFromSetup(setup(flow('app', 'updates'))), networkSolutionSchema.parse({ documents: [{ id: 'rtb-app', document: { routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: 'pl-s3', target: 'vpce-s3' }] } }] }));
    expect(checkNetworkGoal(noNat, goal).met).toBe(true);
  });

  it('find: only the deciding rule is the answer', () => {
    const goal: NetworkGoal = { kind: 'find' };
    expect(checkNetworkGoal(broken(), goal, { document: 'public-acl', rule: '*' }).met).toBe(true);
    expect(checkNetworkGoal(broken(), goal, { document: 'public-acl', rule: '100' }).met).toBe(false);
    expect(checkNetworkGoal(broken(), goal).met).toBe(false);
  });

  it('a pick solution leaves the state as it is', () => {
    const state = broken();
    expect(applyNetworkSolution(state, networkSolutionSchema.parse({ pick: { document: 'public-acl', rule: '*' } }))).toBe(state);
  });
});

describe('network diagram', () => {
  it('draws the path with the drop marked, and only plain labels', () => {
    const n = network();
    const text = networkDiagram(n, traceFlow(n, flow('worker', 'updates')));
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toMatch(/class n\d+ drop/);
    expect(text).toContain('internet gateway igw-main');
    expect(plainLabel('a "b" [c] (d) <e> {f} | g')).toBe('a b c d e f g');
    const ok = networkDiagram(n, traceFlow(n, flow('app', 'updates')));
    expect(ok).not.toContain('drop');
    expect(ok).toContain('-.->');
  });
});
