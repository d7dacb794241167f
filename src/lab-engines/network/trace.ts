import { ipInCidr } from './cidr.ts';
import type { ExternalEndpoint, Flow, Instance, Network, Route, RouteTable, Subnet, Trace } from './model.ts';
import { resolveParty, type Party } from './resolve.ts';
import { lookupRoute, routeText, type Packet } from './rules.ts';
import {
  addHop, externalNode, gatewayNode, instanceNode, log, naclStep, newContext, note, routeTableOf, sgStatefulStep, sgStep, stop,
  subnetNode, unsupported, visit, type TraceContext,
} from './trace-context.ts';

/** Who puts a packet on the wire in a subnet: an instance, or a NAT gateway forwarding for one. */
interface Sender {
  name: string;
  eni: string;
  subnet: Subnet;
  publicIp?: string;
  /** Set for a NAT gateway: it forwards, so it has no security group and cannot chain to another NAT. */
  nat?: boolean;
  packet: Packet;
}

type Outside = Extract<Party, { kind: 'external' }>;

const reply = (p: Packet): Packet => ({ src: p.dst, dst: p.src, protocol: p.protocol, sport: p.dport, dport: p.sport });
const onInstance = (i: Instance) => ({ eni: i.eni, name: i.name });

/**
 * Walks a flow through the network as AWS evaluates it, out and back: security groups (stateful), network ACLs at
 * each subnet boundary (stateless, both ways), the route table of each subnet a packet leaves, and the gateway it
 * leaves by. Records every hop's verdict and rule, and the flow log records each interface on the path would write.
 */
export function traceFlow(network: Network, flow: Flow): Trace {
  const ctx = newContext(network, flow);
  const from = resolveParty(network.topology, flow.from);
  const to = resolveParty(network.topology, flow.to);
  const unknown = !from ? flow.from : !to ? flow.to : undefined;
  if (!from || !to) unsupported(ctx, externalNode(unknown ?? '?', unknown ?? '?'), 'endpoint', unknown ?? '?', `nothing in the topology is called "${unknown}" (give an instance or endpoint name, or an IPv4 address)`);
  else if (from.kind === 'instance' && to.kind === 'instance' && from.instance === to.instance) unsupported(ctx, instanceNode(from.instance), 'endpoint', flow.from, 'a flow from an instance to itself never reaches the network');
  else if (from.kind === 'instance') fromInstance(ctx, from, to);
  else if (from.kind === 'external' && from.endpoint.kind !== 'aws-service') fromOutside(ctx, from.endpoint, to);
  else {
    const what = from.kind === 'nat' ? 'a NAT gateway only forwards connections for instances; it starts none of its own'
      : from.kind === 'nobody' ? `nothing in the VPC has the address ${from.address}, so it cannot start a flow`
        : 'connections started by an AWS service toward the VPC are not modelled';
    unsupported(ctx, externalNode(flow.from, flow.from), 'endpoint', flow.from, what);
  }
  return {
    flow, delivered: ctx.delivered, returned: ctx.returned, hops: ctx.hops, ...(ctx.drop ? { drop: ctx.drop } : {}),
    flowLogs: ctx.logs, notModelled: ctx.notes, path: ctx.path,
  };
}

/** The address a sender inside the VPC uses for the other end. */
function addressOf(to: Party): string {
  if (to.kind === 'instance') return to.instance.privateIp;
  if (to.kind === 'nat') return to.nat.privateIp;
  return to.kind === 'external' ? to.endpoint.ip : to.address;
}

function fromInstance(ctx: TraceContext, from: Extract<Party, { kind: 'instance' }>, to: Party): void {
  const { instance, subnet } = from;
  if ((to.kind === 'instance' && to.byPublicIp) || (to.kind === 'nat' && !to.byPrivateIp && ctx.flow.to !== to.nat.name && ctx.flow.to !== to.nat.id)) {
    unsupported(ctx, instanceNode(instance), 'endpoint', ctx.flow.to, 'traffic to a public address of something in the same VPC (out through the internet gateway and back in) is not modelled: use its name or private IP');
    return;
  }
  const p: Packet = { src: instance.privateIp, dst: addressOf(to), protocol: ctx.flow.protocol, sport: ctx.ephemeral, dport: ctx.flow.port };
  const egress = { on: onInstance(instance), direction: 'egress' as const, srcaddr: p.src, dstaddr: p.dst };
  const peerGroups = to.kind === 'instance' ? to.instance.securityGroups : [];
  if (!sgStep(ctx, instance, 'outbound', p, { address: p.dst, groups: peerGroups }, egress)) return;
  const sameSubnet = (to.kind === 'instance' || to.kind === 'nat') && to.subnet.id === subnet.id;
  // Pushed first, so it runs last: the reply arriving back at the source.
  ctx.backSteps.push(() => arriveBack(ctx, instance, subnet, reply(p), !sameSubnet));
  send(ctx, { name: instance.name, eni: instance.eni, subnet, publicIp: instance.publicIp, packet: p }, to, instance.securityGroups);
}

/** The reply entering the source's subnet and reaching its interface. */
function arriveBack(ctx: TraceContext, instance: Instance, subnet: Subnet, r: Packet, crossing: boolean): boolean {
  const ingress = { on: onInstance(instance), direction: 'ingress' as const, srcaddr: r.src, dstaddr: r.dst };
  if (crossing && !naclStep(ctx, subnet, 'inbound', r, ingress)) return false;
  log(ctx, ingress.on, { ...ingress, srcport: r.sport, dstport: r.dport, action: 'ACCEPT' });
  sgStatefulStep(ctx, instance, 'inbound');
  return true;
}

/** Leaving a sender's interface: the subnet's ACL (unless the packet stays in the subnet), then its route table. */
function send(ctx: TraceContext, sender: Sender, to: Party, senderGroups: readonly string[]): void {
  const p = sender.packet;
  const table = routeTableOf(ctx, sender.subnet);
  const route = lookupRoute(table, p.dst, ctx.net.topology.prefixLists);
  const staysInSubnet = route?.target === 'local' && (to.kind === 'instance' || to.kind === 'nat') && to.subnet.id === sender.subnet.id;
  const egress = { on: { eni: sender.eni, name: sender.name }, direction: 'egress' as const, srcaddr: p.src, dstaddr: p.dst };
  if (!staysInSubnet && !naclStep(ctx, sender.subnet, 'outbound', p, egress)) return;
  // Flow logs show what the filters decided: the request left the interface, whatever routing does with it next.
  log(ctx, egress.on, { ...egress, srcport: p.sport, dstport: p.dport, action: 'ACCEPT' });
  if (!routeHop(ctx, sender.subnet, table, route, p.dst)) return;
  if (!route) return;
  const target = route.target;
  if (target === 'local') deliverInside(ctx, sender, to, !staysInSubnet, senderGroups, table, route);
  else if (target.startsWith('igw-')) viaInternetGateway(ctx, sender, to, table, route);
  else if (target.startsWith('nat-') && !sender.nat) viaNat(ctx, sender, to, target);
  else if (target.startsWith('vpce-') && !sender.nat) viaEndpoint(ctx, sender, to, target);
  else if (target.startsWith('tgw-')) viaTransit(ctx, sender, to, table, route);
  else unsupported(ctx, gatewayNode(target, target), 'route-table', table.name, target.startsWith('pcx-') ? 'VPC peering connections are not modelled' : `forwarding from ${sender.name} to ${target} is not modelled`);
}

/** The route-table step: the route that matched, or a drop when none does. */
function routeHop(ctx: TraceContext, subnet: Subnet, table: RouteTable, route: Route | null, destination: string): boolean {
  const node = subnetNode(subnet);
  visit(ctx, node);
  if (!route) {
    const why = `${table.name} has no route that covers ${destination}, so the packet is dropped (no route).`;
    return stop(ctx, addHop(ctx, { control: { kind: 'route-table', document: table.name }, verdict: 'drop', reason: why, node: node.id }), why);
  }
  const why = `${table.name}: the most specific route for ${destination} is ${routeText(route)}.`;
  addHop(ctx, { control: { kind: 'route-table', document: table.name }, verdict: 'pass', rule: { ref: route.destination, text: routeText(route) }, reason: why, node: node.id });
  return true;
}

/** A drop caused by where a route sends the packet: the route is the deciding rule. */
function routeDrop(ctx: TraceContext, node: ReturnType<typeof gatewayNode>, kind: 'internet-gateway' | 'transit-gateway' | 'route-table', document: string, table: RouteTable, route: Route, why: string): false {
  visit(ctx, node);
  const hop = addHop(ctx, { control: { kind, document }, verdict: 'drop', rule: { ref: route.destination, text: routeText(route) }, reason: why, node: node.id });
  return stop(ctx, hop, why, { document: table.name, rule: route.destination });
}

function deliverInside(ctx: TraceContext, sender: Sender, to: Party, crossing: boolean, senderGroups: readonly string[], table: RouteTable, route: Route): void {
  const p = sender.packet;
  if (to.kind === 'nobody' || to.kind === 'external') {
    const why = `no network interface in the VPC has the address ${p.dst}, so the local route delivers it to nobody.`;
    visit(ctx, externalNode(p.dst, p.dst));
    stop(ctx, addHop(ctx, { control: { kind: 'route-table', document: table.name }, verdict: 'drop', rule: { ref: route.destination, text: routeText(route) }, reason: why, node: `e:${p.dst}` }), why);
    return;
  }
  if (to.kind === 'nat') {
    const node = gatewayNode(to.nat.id, `NAT gateway ${to.nat.name}`);
    visit(ctx, node);
    const why = `${to.nat.name} only translates traffic it forwards for instances; it accepts no connection addressed to itself.`;
    note(ctx, 'what a NAT gateway\'s flow log shows for traffic addressed to the NAT gateway itself is not modelled');
    stop(ctx, addHop(ctx, { control: { kind: 'nat-gateway', document: to.nat.name }, verdict: 'drop', reason: why, node: node.id }), why);
    return;
  }
  const { instance, subnet } = to;
  const ingress = { on: onInstance(instance), direction: 'ingress' as const, srcaddr: p.src, dstaddr: p.dst };
  if (crossing && !naclStep(ctx, subnet, 'inbound', p, ingress)) return;
  if (!sgStep(ctx, instance, 'inbound', p, { address: p.src, groups: senderGroups }, ingress)) return;
  log(ctx, ingress.on, { ...ingress, srcport: p.sport, dstport: p.dport, action: 'ACCEPT' });
  ctx.delivered = true;
  if (replyFromInstance(ctx, instance, subnet, reply(p), 'local', crossing)) runBack(ctx);
}

/** The reply leaving a destination instance: stateful security group, then its subnet's ACL and route table. */
function replyFromInstance(ctx: TraceContext, instance: Instance, subnet: Subnet, r: Packet, expected: string, crossing: boolean): boolean {
  ctx.leg = 'back';
  sgStatefulStep(ctx, instance, 'outbound');
  const table = routeTableOf(ctx, subnet);
  const route = lookupRoute(table, r.dst, ctx.net.topology.prefixLists);
  const egress = { on: onInstance(instance), direction: 'egress' as const, srcaddr: r.src, dstaddr: r.dst };
  if (crossing && !naclStep(ctx, subnet, 'outbound', r, egress)) return false;
  log(ctx, egress.on, { ...egress, srcport: r.sport, dstport: r.dport, action: 'ACCEPT' });
  if (!routeHop(ctx, subnet, table, route, r.dst) || !route) return false;
  if (route.target === expected) return true;
  const node = gatewayNode(route.target, route.target);
  if (expected === 'local') return unsupported(ctx, node, 'route-table', table.name, 'routing traffic between subnets of the VPC through an appliance is not modelled');
  const why = route.target.startsWith('nat-')
    ? `the reply would leave through ${route.target}, which rewrites its source to the NAT's address; ${r.dst} talked to ${instance.name}'s own address and drops it. Replies must go back by ${expected}, the way the request came in.`
    : `the reply would leave through ${route.target}, not back through ${expected} the request came in by, so it never reaches ${r.dst} (asymmetric routing).`;
  return routeDrop(ctx, node, 'route-table', table.name, table, route, why);
}

function runBack(ctx: TraceContext): void {
  ctx.leg = 'back';
  for (let i = ctx.backSteps.length - 1; i >= 0; i--) if (!ctx.backSteps[i]?.()) return;
  ctx.returned = true;
}

/** The request reaching something outside the VPC, which answers (what filters it has is beyond this model). */
function deliverOutside(ctx: TraceContext, to: Outside): void {
  const { endpoint } = to;
  const node = externalNode(endpoint.name, endpoint.ip);
  visit(ctx, node);
  addHop(ctx, { control: { kind: 'endpoint', document: endpoint.name }, verdict: 'allow', reason: `${endpoint.name} receives the request and answers (filters outside the VPC are not modelled).`, node: node.id });
  ctx.delivered = true;
  ctx.leg = 'back';
  visit(ctx, node);
  runBack(ctx);
}

function viaInternetGateway(ctx: TraceContext, sender: Sender, to: Party, table: RouteTable, route: Route): void {
  const igw = route.target;
  const node = gatewayNode(igw, `internet gateway ${igw}`);
  const p = sender.packet;
  if (!sender.publicIp) {
    return void routeDrop(ctx, node, 'internet-gateway', igw, table, route, `${sender.name} has no public IPv4 address, so ${igw} has nothing to translate ${p.src} to: a private address cannot be answered from the internet. Private subnets go out through a NAT gateway.`);
  }
  if (to.kind !== 'external' || to.endpoint.kind === 'on-premises') {
    return void routeDrop(ctx, node, 'internet-gateway', igw, table, route, `${p.dst} is a private (on-premises) address: the internet gateway sends it to the internet, where nothing answers for it. It belongs on the transit gateway.`);
  }
  visit(ctx, node);
  addHop(ctx, { control: { kind: 'internet-gateway', document: igw }, verdict: 'pass', reason: `${igw} translates the source ${p.src} to the public address ${sender.publicIp} and sends the packet to the internet.`, node: node.id });
  ctx.backSteps.push(() => {
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'internet-gateway', document: igw }, verdict: 'pass', reason: `${igw} maps the reply for ${sender.publicIp} back to ${p.src} and delivers it into the VPC.`, node: node.id });
    return true;
  });
  deliverOutside(ctx, to);
}

function viaNat(ctx: TraceContext, sender: Sender, to: Party, natId: string): void {
  const nat = ctx.net.topology.natGateways.find((n) => n.id === natId);
  const natSubnet = ctx.net.topology.subnets.find((s) => s.id === nat?.subnet);
  if (!nat || !natSubnet) throw new Error(`the network has no NAT gateway ${natId}`);
  const p = sender.packet;
  const on = { eni: nat.eni, name: nat.name };
  const node = gatewayNode(nat.id, nat.name === nat.id ? `NAT gateway ${nat.id}` : `${nat.name} ${nat.id}`);
  const crossing = natSubnet.id !== sender.subnet.id;
  const ingress = { on, direction: 'ingress' as const, srcaddr: p.src, dstaddr: nat.privateIp };
  if (crossing && !naclStep(ctx, natSubnet, 'inbound', p, ingress)) return;
  // The NAT's interface logs its own private IP as the destination (the flow log's pkt-dstaddr would show the far end).
  log(ctx, on, { ...ingress, srcport: p.sport, dstport: p.dport, action: 'ACCEPT' });
  visit(ctx, node);
  addHop(ctx, { control: { kind: 'nat-gateway', document: nat.name }, verdict: 'pass', reason: `${nat.name} rewrites the source ${p.src} to its own address ${nat.privateIp} (public ${nat.elasticIp}) and forwards the packet from ${natSubnet.name}.`, node: node.id });
  note(ctx, `a NAT gateway picks its own source port (1024-65535) for each connection; the engine keeps the flow's port ${p.sport}, so the NAT subnet's ACL is checked for that port`);
  const far = p.dst;
  ctx.backSteps.push(() => {
    const r: Packet = { src: far, dst: nat.privateIp, protocol: p.protocol, sport: p.dport, dport: p.sport };
    const back = { on, direction: 'ingress' as const, srcaddr: far, dstaddr: nat.privateIp };
    if (!naclStep(ctx, natSubnet, 'inbound', r, back)) return false;
    log(ctx, on, { ...back, srcport: r.sport, dstport: r.dport, action: 'ACCEPT' });
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'nat-gateway', document: nat.name }, verdict: 'pass', reason: `${nat.name} matches the reply to the connection it opened and forwards it to ${p.src}; it lets in nothing it did not open.`, node: node.id });
    const onward: Packet = { ...r, dst: p.src };
    const out = { on, direction: 'egress' as const, srcaddr: nat.privateIp, dstaddr: p.src };
    if (crossing && !naclStep(ctx, natSubnet, 'outbound', onward, out)) return false;
    log(ctx, on, { ...out, srcport: onward.sport, dstport: onward.dport, action: 'ACCEPT' });
    return true;
  });
  send(ctx, { name: nat.name, eni: nat.eni, subnet: natSubnet, publicIp: nat.elasticIp, nat: true, packet: { ...p, src: nat.privateIp } }, to, []);
}

function viaEndpoint(ctx: TraceContext, sender: Sender, to: Party, endpointId: string): void {
  const endpoint = ctx.net.topology.gatewayEndpoints.find((e) => e.id === endpointId);
  const node = gatewayNode(endpointId, `gateway endpoint ${endpointId} ${endpoint?.service ?? ''}`.trim());
  const service = endpoint?.service === 'dynamodb' ? 'DynamoDB' : 'S3';
  if (to.kind !== 'external') return void unsupported(ctx, node, 'gateway-endpoint', endpointId, `${sender.packet.dst} is not an address of ${service}`);
  visit(ctx, node);
  addHop(ctx, { control: { kind: 'gateway-endpoint', document: endpointId }, verdict: 'pass', reason: `${endpointId} carries the packet to ${service} over the AWS network: no internet gateway, no NAT gateway, no public address needed.`, node: node.id });
  note(ctx, 'gateway endpoint policies (and bucket policies on aws:SourceVpce) are not modelled here: the policy lab evaluates them');
  ctx.backSteps.push(() => {
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'gateway-endpoint', document: endpointId }, verdict: 'pass', reason: `the reply from ${service} comes back through ${endpointId}.`, node: node.id });
    return true;
  });
  deliverOutside(ctx, to);
}

function viaTransit(ctx: TraceContext, sender: Sender, to: Party, table: RouteTable, route: Route): void {
  const tgw = ctx.net.topology.transitGateways.find((t) => t.id === route.target);
  const node = gatewayNode(route.target, `transit gateway ${tgw?.name ?? route.target}`);
  const p = sender.packet;
  const network = tgw?.networks.find((n) => ipInCidr(p.dst, n.cidr));
  note(ctx, 'the transit gateway\'s own route tables and the network ACL of its attachment subnet are not modelled: the engine assumes the attached network routes the reply back');
  if (!tgw || !network || to.kind !== 'external') {
    return void routeDrop(ctx, node, 'transit-gateway', route.target, table, route, `${route.target} has no attached network that holds ${p.dst}, so it has nowhere to send it.`);
  }
  visit(ctx, node);
  addHop(ctx, { control: { kind: 'transit-gateway', document: tgw.name }, verdict: 'pass', reason: `${tgw.name} (${tgw.id}) carries the packet out of the VPC to ${network.name} (${network.cidr}).`, node: node.id });
  ctx.backSteps.push(() => {
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'transit-gateway', document: tgw.name }, verdict: 'pass', reason: `the reply from ${network.name} comes back into the VPC through ${tgw.name}.`, node: node.id });
    return true;
  });
  deliverOutside(ctx, to);
}

/** A connection started outside the VPC: from the internet through the internet gateway, or on premises through a transit gateway. */
function fromOutside(ctx: TraceContext, from: ExternalEndpoint, to: Party): void {
  const start = externalNode(from.name, from.ip);
  visit(ctx, start);
  if (to.kind === 'external') return void unsupported(ctx, start, 'endpoint', from.name, 'both ends of this flow are outside the VPC: a flow must start or end inside it');
  if (from.kind === 'internet') fromInternet(ctx, from, to, start);
  else fromOnPremises(ctx, from, to, start);
}

function fromInternet(ctx: TraceContext, from: ExternalEndpoint, to: Exclude<Party, Outside>, start: ReturnType<typeof externalNode>): void {
  const igw = ctx.net.topology.internetGateway?.id;
  const node = gatewayNode(igw ?? 'igw', `internet gateway ${igw ?? '(none)'}`);
  visit(ctx, node);
  const block = (why: string, kind: 'internet-gateway' | 'nat-gateway' = 'internet-gateway') =>
    stop(ctx, addHop(ctx, { control: { kind, document: kind === 'nat-gateway' && to.kind === 'nat' ? to.nat.name : (igw ?? 'internet gateway') }, verdict: 'drop', reason: why, node: node.id }), why);
  if (!igw) return void block('the VPC has no internet gateway, so nothing on the internet can reach into it.');
  if (to.kind === 'nobody' || ((to.kind === 'instance' || to.kind === 'nat') && to.byPrivateIp)) return void block(`${ctx.flow.to} is a private address: the internet cannot route to it.`);
  if (to.kind === 'nat') {
    note(ctx, 'what a NAT gateway\'s flow log shows for connections that start outside is not modelled');
    return void block(`${to.nat.name} only carries connections that start inside the VPC; a connection that starts on the internet gets nowhere (there is no way to open one to a NAT gateway).`, 'nat-gateway');
  }
  const { instance, subnet } = to;
  if (!instance.publicIp) return void block(`${instance.name} has no public IPv4 address, so no address on the internet leads to it.`);
  addHop(ctx, { control: { kind: 'internet-gateway', document: igw }, verdict: 'pass', reason: `${igw} maps the public address ${instance.publicIp} to ${instance.name}'s private address ${instance.privateIp}.`, node: node.id });
  note(ctx, 'ingress routing (a gateway route table on the internet gateway) is not modelled: traffic from the internet is delivered by the local route');
  ctx.backSteps.push(() => {
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'internet-gateway', document: igw }, verdict: 'pass', reason: `${igw} translates the reply's source back to ${instance.publicIp} and sends it to ${from.name}.`, node: node.id });
    visit(ctx, start);
    return true;
  });
  arriveFromOutside(ctx, instance, subnet, from, igw);
}

function fromOnPremises(ctx: TraceContext, from: ExternalEndpoint, to: Exclude<Party, Outside>, start: ReturnType<typeof externalNode>): void {
  const tgw = ctx.net.topology.transitGateways.find((t) => t.networks.some((n) => ipInCidr(from.ip, n.cidr)));
  const node = gatewayNode(tgw?.id ?? 'tgw', `transit gateway ${tgw?.name ?? '(none)'}`);
  visit(ctx, node);
  const block = (why: string) => stop(ctx, addHop(ctx, { control: { kind: 'transit-gateway', document: tgw?.name ?? 'transit gateway' }, verdict: 'drop', reason: why, node: node.id }), why);
  if (!tgw) return void block(`no transit gateway attached to the VPC carries ${from.ip}'s network, so it cannot reach the VPC.`);
  if (to.kind === 'instance' && to.byPublicIp) return void unsupported(ctx, node, 'transit-gateway', tgw.name, 'reaching an instance\'s public address from on premises is not modelled: use its private IP');
  if (to.kind !== 'instance') return void block(`nothing that accepts connections has the address ${ctx.flow.to} in the VPC.`);
  note(ctx, 'the transit gateway\'s own route tables and the network ACL of its attachment subnet are not modelled: the engine assumes the attached network routes the reply back');
  addHop(ctx, { control: { kind: 'transit-gateway', document: tgw.name }, verdict: 'pass', reason: `${from.name} reaches the VPC through ${tgw.name} (${tgw.id}).`, node: node.id });
  ctx.backSteps.push(() => {
    visit(ctx, node);
    addHop(ctx, { control: { kind: 'transit-gateway', document: tgw.name }, verdict: 'pass', reason: `the reply goes back through ${tgw.name} to ${from.name}.`, node: node.id });
    visit(ctx, start);
    return true;
  });
  arriveFromOutside(ctx, to.instance, to.subnet, from, tgw.id);
}

/** A request from outside entering the destination's subnet: ACL inbound, security group inbound, then the reply. */
function arriveFromOutside(ctx: TraceContext, instance: Instance, subnet: Subnet, from: ExternalEndpoint, expected: string): void {
  const p: Packet = { src: from.ip, dst: instance.privateIp, protocol: ctx.flow.protocol, sport: ctx.ephemeral, dport: ctx.flow.port };
  const ingress = { on: onInstance(instance), direction: 'ingress' as const, srcaddr: p.src, dstaddr: p.dst };
  if (!naclStep(ctx, subnet, 'inbound', p, ingress)) return;
  if (!sgStep(ctx, instance, 'inbound', p, { address: p.src, groups: [] }, ingress)) return;
  log(ctx, ingress.on, { ...ingress, srcport: p.sport, dstport: p.dport, action: 'ACCEPT' });
  ctx.delivered = true;
  if (replyFromInstance(ctx, instance, subnet, reply(p), expected, true)) runBack(ctx);
}
