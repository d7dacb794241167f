// zod/mini: the lab state is validated in the browser (shared links), so the small build of zod.
import { z } from 'zod/mini';
import type { GoalCheck, GoalResult, LabDiagnostic, LabDocument, LabPick } from '../lab-kind.ts';
import { MAX_LAB_DOCUMENTS } from '../lab-kind.ts';
import { buildNetwork, NETWORK_DOCUMENT_KINDS, type NetworkDocumentKind } from './build.ts';
import { MAX_DOCUMENT_LENGTH } from './located.ts';
import type { Flow, Trace } from './model.ts';
import { resolveParty } from './resolve.ts';
import { traceFlow } from './trace.ts';

/** How the lab names each kind of document. */
export const NETWORK_DOCUMENT_KIND_LABELS: Record<NetworkDocumentKind, string> = {
  topology: 'Topology (VPC, subnets, instances, gateways)',
  'route-table': 'Route table',
  'network-acl': 'Network ACL',
  'security-group': 'Security group',
};

const name = z.string().check(z.minLength(1), z.maxLength(80));
const port = z.int().check(z.minimum(0), z.maximum(65535));

export const flowSchema = z.strictObject({
  from: name,
  to: name,
  protocol: z.enum(['tcp', 'udp', 'icmp']),
  port,
  sourcePort: z.optional(z.int().check(z.minimum(1), z.maximum(65535))),
});

export const networkDocumentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens (the resource id: rtb-…, acl-…, sg-…, or "topology")'), z.maxLength(60)),
  kind: z.enum(NETWORK_DOCUMENT_KINDS),
  name,
  locked: z.optional(z.boolean()),
  text: z.string().check(z.maxLength(MAX_DOCUMENT_LENGTH)),
});
export type NetworkLabDocument = z.infer<typeof networkDocumentSchema> & LabDocument;

function uniqueNames(docs: readonly { id: string; name: string }[]): boolean {
  return new Set(docs.map((d) => d.name)).size === docs.length && new Set(docs.map((d) => d.id)).size === docs.length;
}
const oneTopology = (docs: readonly { kind: string }[]) => docs.filter((d) => d.kind === 'topology').length === 1;

/** Everything the learner can change in the network lab, and everything a shared link carries (bounded in size). */
export const networkLabStateSchema = z.strictObject({
  flow: flowSchema,
  documents: z.array(networkDocumentSchema).check(
    z.maxLength(MAX_LAB_DOCUMENTS),
    z.refine(uniqueNames, 'every document needs its own id and name'),
    z.refine(oneTopology, 'the lab needs exactly one topology document'),
  ),
});
export type NetworkLabState = z.infer<typeof networkLabStateSchema>;

/** A probe: the scenario's flow with some of its fields replaced. */
const probeSchema = z.strictObject({
  label: name,
  change: z.strictObject({ from: z.optional(name), to: z.optional(name), protocol: z.optional(flowSchema.shape.protocol), port: z.optional(port) }),
});
export type NetworkProbe = z.infer<typeof probeSchema>;

/**
 * What a network scenario asks: `reach` (the flow must get there and back; every probe must not), `block` (the
 * flow must not get through; every probe still must), or `find` (point at the rule that drops the flow).
 */
export const networkGoalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reach'), probes: z.array(probeSchema).check(z.maxLength(12)) }),
  z.strictObject({ kind: z.literal('block'), probes: z.array(probeSchema).check(z.maxLength(12)) }),
  z.strictObject({ kind: z.literal('find') }),
]);
export type NetworkGoal = z.infer<typeof networkGoalSchema>;

/** A scenario's starting state as written in content: documents as JSON objects under `document`, not text. */
export const networkSetupSchema = z.strictObject({
  flow: flowSchema,
  documents: z.array(z.strictObject({ ...networkDocumentSchema.shape, text: z.optional(z.never()), document: z.unknown() })).check(z.maxLength(MAX_LAB_DOCUMENTS)),
});
export type NetworkSetup = z.infer<typeof networkSetupSchema>;

const pickSchema = z.strictObject({ document: name, rule: z.string().check(z.minLength(1), z.maxLength(40)) });
/** A scenario's reference solution: documents by id that replace (or join) the setup's; for a `find` goal, the pick. */
export const networkSolutionSchema = z.union([
  z.strictObject({
    documents: z.array(z.strictObject({ id: networkDocumentSchema.shape.id, kind: z.optional(networkDocumentSchema.shape.kind), name: z.optional(name), document: z.unknown() })).check(z.minLength(1), z.maxLength(MAX_LAB_DOCUMENTS)),
  }),
  z.strictObject({ pick: pickSchema }),
]);
export type NetworkSolution = z.infer<typeof networkSolutionSchema>;

const pretty = (doc: unknown): string => JSON.stringify(doc, null, 2);

/** The lab state a scenario starts from. */
export function networkStateFromSetup(setup: NetworkSetup): NetworkLabState {
  return { flow: setup.flow, documents: setup.documents.map(({ document, ...rest }) => ({ ...rest, text: pretty(document) })) };
}

/** The state with a scenario's solution applied; a solution document with a new id joins the set. A pick changes nothing. */
export function applyNetworkSolution(state: NetworkLabState, solution: NetworkSolution): NetworkLabState {
  if (!('documents' in solution)) return state;
  const documents = state.documents.map((d) => {
    const fix = solution.documents.find((s) => s.id === d.id);
    return fix ? { ...d, text: pretty(fix.document) } : d;
  });
  for (const fix of solution.documents) {
    if (!state.documents.some((d) => d.id === fix.id)) documents.push({ id: fix.id, kind: fix.kind ?? 'security-group', name: fix.name ?? fix.id, text: pretty(fix.document) });
  }
  return { ...state, documents };
}

/** The pick a `find` scenario's solution names, if it is one. */
export const solutionPick = (solution: NetworkSolution): LabPick | undefined => ('pick' in solution ? solution.pick : undefined);

/** One run of the lab: each document's diagnostics, and the trace when every document parsed. */
export interface NetworkLabRun {
  diagnostics: Record<string, LabDiagnostic[]>;
  trace: Trace | null;
  /** Why there is no trace (a document with errors, a flow end the topology lacks). */
  blocked?: string;
}

function run(state: NetworkLabState, flow: Flow): NetworkLabRun {
  const { network, diagnostics } = buildNetwork(state.documents);
  if (state.documents.filter((d) => d.kind === 'topology').length !== 1) return { diagnostics, trace: null, blocked: 'the lab needs exactly one topology document' };
  if (!network) {
    const broken = state.documents.find((d) => diagnostics[d.id]?.some((x) => x.severity !== 'warning'));
    return { diagnostics, trace: null, blocked: `document "${broken?.name ?? '?'}" has errors: fix them to see the trace` };
  }
  for (const end of ['from', 'to'] as const) {
    if (!resolveParty(network.topology, flow[end])) return { diagnostics, trace: null, blocked: `the flow's "${end}" (${flow[end]}) is not an instance, NAT gateway, endpoint or IPv4 address of the topology` };
  }
  return { diagnostics, trace: traceFlow(network, flow) };
}

/** Parses every document and, when all parse, traces the state's flow out and back. */
export function runNetworkLab(state: NetworkLabState): NetworkLabRun {
  return run(state, state.flow);
}

/** The scenario's flow changed as a probe says. */
export function probeFlow(flow: Flow, probe: NetworkProbe): Flow {
  return { ...flow, ...probe.change };
}

/** The rule that decided a drop, when one rule did (a network ACL rule, or the route that sent the packet astray). */
export function dropRule(trace: Trace): LabPick | undefined {
  const drop = trace.drop;
  return drop?.document !== undefined && drop.rule !== undefined ? { document: drop.document, rule: drop.rule } : undefined;
}

const works = (t: Trace) => t.delivered && t.returned;
const notModelled = (t: Trace) => t.hops.find((h) => h.verdict === 'unsupported');

/** A trace's outcome in words, for goal checks. */
export function traceVerdict(t: Trace): string {
  if (works(t)) return 'gets there and back';
  const odd = notModelled(t);
  if (odd) return `not modelled: ${odd.reason}`;
  const at = t.drop ? t.hops[t.drop.hop] : undefined;
  const where = at ? ` at ${at.control.document}${t.drop?.rule ? ` (rule ${t.drop.rule})` : ''}` : '';
  return t.delivered ? `arrives, but the reply is dropped${where}` : `dropped${where}`;
}

/** Checks the state against a scenario's goal; `pick` is the learner's answer to a `find` goal. */
export function checkNetworkGoal(state: NetworkLabState, goal: NetworkGoal, pick?: LabPick): GoalResult {
  const main = runNetworkLab(state);
  if (!main.trace) return { met: false, checks: [], blocked: main.blocked };
  if (goal.kind === 'find') {
    const drop = dropRule(main.trace);
    const ok = !!drop && !!pick && pick.document === drop.document && pick.rule === drop.rule;
    const actual = pick ? `${pick.document}, rule ${pick.rule}` : 'nothing picked yet';
    return { met: ok, checks: [{ label: 'The rule that drops the flow', expected: 'the deciding rule', actual, ok }] };
  }
  const mustWork = goal.kind === 'reach';
  const check = (label: string, t: Trace | null, blocked: string | undefined, work: boolean): GoalCheck => ({
    label, expected: work ? 'gets there and back' : 'dropped', actual: t ? traceVerdict(t) : (blocked ?? 'no trace'),
    ok: !!t && !notModelled(t) && works(t) === work,
  });
  const checks = [check('The flow', main.trace, main.blocked, mustWork)];
  for (const probe of goal.probes) {
    const r = run(state, probeFlow(state.flow, probe));
    checks.push(check(probe.label, r.trace, r.blocked, !mustWork));
  }
  return { met: checks.every((c) => c.ok), checks };
}
