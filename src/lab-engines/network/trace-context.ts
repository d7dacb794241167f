import { flowLogRecord, type LoggedInterface, type RecordInput } from './flow-logs.ts';
import type { Flow, FlowLogRecord, Hop, Instance, Network, NetworkAcl, PathNode, RouteTable, SecurityGroup, Subnet, Trace } from './model.ts';
import { DEFAULT_SOURCE_PORT } from './model.ts';
import { evaluateNacl, evaluateSecurityGroups, type Packet, type SgPeer } from './rules.ts';

/** The state of one trace while it is walked: the hops so far, the records written, where it stopped. */
export interface TraceContext {
  net: Network;
  flow: Flow;
  ephemeral: number;
  leg: 'out' | 'back';
  hops: Hop[];
  logs: FlowLogRecord[];
  notes: string[];
  path: { out: PathNode[]; back: PathNode[] };
  delivered: boolean;
  returned: boolean;
  drop?: Trace['drop'];
  /** What the reply must pass, pushed on the way out and run last-in first-out on the way back. */
  backSteps: (() => boolean)[];
}

export function newContext(net: Network, flow: Flow): TraceContext {
  return {
    net, flow, ephemeral: flow.sourcePort ?? DEFAULT_SOURCE_PORT, leg: 'out', hops: [], logs: [], notes: [],
    path: { out: [], back: [] }, delivered: false, returned: false, backSteps: [],
  };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the network has no ${what}`);
  return value;
}

export const routeTableOf = (ctx: TraceContext, subnet: Subnet): RouteTable => must(ctx.net.routeTables.find((t) => t.id === subnet.routeTable), `route table ${subnet.routeTable}`);
export const aclOf = (ctx: TraceContext, subnet: Subnet): NetworkAcl => must(ctx.net.networkAcls.find((a) => a.id === subnet.networkAcl), `network ACL ${subnet.networkAcl}`);
const groupsOf = (ctx: TraceContext, instance: Instance): SecurityGroup[] => instance.securityGroups.map((id) => must(ctx.net.securityGroups.find((g) => g.id === id), `security group ${id}`));

export const instanceNode = (i: Instance): PathNode => ({ id: `i:${i.name}`, label: `${i.name} ${i.privateIp}`, kind: 'instance' });
export const subnetNode = (s: Subnet): PathNode => ({ id: `s:${s.id}`, label: `${s.name} ${s.cidr}`, kind: 'subnet' });
export const gatewayNode = (id: string, label: string): PathNode => ({ id: `g:${id}`, label, kind: 'gateway' });
export const externalNode = (name: string, ip: string): PathNode => ({ id: `e:${name}`, label: name === ip ? ip : `${name} ${ip}`, kind: 'external' });

/** Adds a node to the current leg's path (once in a row). */
export function visit(ctx: TraceContext, node: PathNode): void {
  const path = ctx.path[ctx.leg];
  if (path[path.length - 1]?.id !== node.id) path.push(node);
}

export function addHop(ctx: TraceContext, hop: Omit<Hop, 'leg'>): number {
  ctx.hops.push({ leg: ctx.leg, ...hop });
  return ctx.hops.length - 1;
}

/** Records why the flow stopped at a hop; returns false so callers can `return stop(...)`. */
export function stop(ctx: TraceContext, hop: number, reason: string, decided?: { document: string; rule: string }): false {
  ctx.drop ??= { hop, reason, ...(decided ?? {}) };
  return false;
}

/** A hop the engine cannot evaluate: said so in the trace and in the notes, and the flow stops there. */
export function unsupported(ctx: TraceContext, node: PathNode, kind: Hop['control']['kind'], document: string, reason: string): false {
  visit(ctx, node);
  const hop = addHop(ctx, { control: { kind, document }, verdict: 'unsupported', reason, node: node.id });
  ctx.notes.push(reason);
  return stop(ctx, hop, reason);
}

export function note(ctx: TraceContext, text: string): void {
  if (!ctx.notes.includes(text)) ctx.notes.push(text);
}

export function log(ctx: TraceContext, on: LoggedInterface, input: Omit<RecordInput, 'protocol' | 'reply'>): void {
  ctx.logs.push(flowLogRecord(ctx.net.topology.account, on, { ...input, protocol: ctx.flow.protocol, reply: ctx.leg === 'back' }));
}

export function describePacket(p: Packet): string {
  return p.protocol === 'icmp' ? `icmp ${p.src} → ${p.dst}` : `${p.protocol} ${p.src}:${p.sport} → ${p.dst}:${p.dport}`;
}

/** What a REJECT record on an interface would say if a filter drops the packet. */
export interface RejectRecord {
  on: LoggedInterface;
  direction: 'ingress' | 'egress';
  srcaddr: string;
  dstaddr: string;
}

function reject(ctx: TraceContext, p: Packet, where: RejectRecord): void {
  log(ctx, where.on, { direction: where.direction, srcaddr: where.srcaddr, dstaddr: where.dstaddr, srcport: p.sport, dstport: p.dport, action: 'REJECT' });
}

/** A subnet boundary: the subnet's network ACL, inbound or outbound. Stateless, so the reply is checked like any packet. */
export function naclStep(ctx: TraceContext, subnet: Subnet, direction: 'inbound' | 'outbound', p: Packet, where: RejectRecord): boolean {
  const acl = aclOf(ctx, subnet);
  const d = evaluateNacl(acl, direction, p);
  const stateless = ctx.leg === 'back' ? ' Network ACLs are stateless: the reply needs a rule of its own for its port.' : '';
  const node = subnetNode(subnet);
  visit(ctx, node);
  if (d.action === 'allow') {
    addHop(ctx, { control: { kind: 'network-acl', document: acl.name }, verdict: 'allow', rule: { ref: d.rule, text: d.text }, reason: `${direction} rule ${d.rule} of ${acl.name} is the first to match ${describePacket(p)} and allows it.${stateless}`, node: node.id });
    return true;
  }
  const why = d.rule === '*'
    ? `no numbered ${direction} rule of ${acl.name} matches ${describePacket(p)}, so the final * rule denies it.${stateless}`
    : `${direction} rule ${d.rule} of ${acl.name} is the first to match ${describePacket(p)} and denies it; higher-numbered rules are never read.${stateless}`;
  const hop = addHop(ctx, { control: { kind: 'network-acl', document: acl.name }, verdict: 'drop', rule: { ref: d.rule, text: d.text }, reason: why, node: node.id });
  reject(ctx, p, where);
  return stop(ctx, hop, why, { document: acl.name, rule: d.rule });
}

/** An interface's security groups on a request: some allow rule must cover it. */
export function sgStep(ctx: TraceContext, instance: Instance, direction: 'inbound' | 'outbound', p: Packet, peer: SgPeer, where: RejectRecord): boolean {
  const groups = groupsOf(ctx, instance);
  const d = evaluateSecurityGroups(groups, direction, p, peer, ctx.net.topology.prefixLists);
  const node = instanceNode(instance);
  visit(ctx, node);
  if (d.allowed && d.group && d.index !== undefined) {
    addHop(ctx, { control: { kind: 'security-group', document: d.group.name }, verdict: 'allow', rule: { ref: String(d.index), text: d.text ?? '' }, reason: `${direction} rule ${d.index} of ${d.group.name} allows ${describePacket(p)}.`, node: node.id });
    return true;
  }
  const names = groups.map((g) => g.name).join(', ') || 'no security group';
  const why = `no ${direction} rule of ${names} allows ${describePacket(p)}: security groups only allow, so whatever no rule covers is dropped.`;
  const hop = addHop(ctx, { control: { kind: 'security-group', document: names }, verdict: 'drop', reason: why, node: node.id });
  reject(ctx, p, where);
  return stop(ctx, hop, why);
}

/** The reply passing a security group that let the request through: stateful, so no rule is read. */
export function sgStatefulStep(ctx: TraceContext, instance: Instance, direction: 'inbound' | 'outbound'): void {
  const node = instanceNode(instance);
  visit(ctx, node);
  const names = groupsOf(ctx, instance).map((g) => g.name).join(', ');
  addHop(ctx, {
    control: { kind: 'security-group', document: names }, verdict: 'pass', node: node.id,
    reason: `security groups are stateful: ${names} tracked the connection, so its reply goes ${direction === 'outbound' ? 'out' : 'in'} without any ${direction} rule.`,
  });
}
