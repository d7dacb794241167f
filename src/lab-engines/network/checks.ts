import type { LabDiagnostic } from '../lab-kind.ts';
import type { LocatedValue } from '../policy/json-located.ts';
import { cidrsOverlap, cidrWithin, inCidr, ipInCidr, parseCidr, parseIpv4 } from './cidr.ts';
import { diagnostic, positionAt, type Path } from './located.ts';
import type { NetworkAclJson, RouteTableJson, SecurityGroupJson, TopologyJson } from './schemas.ts';

/** Reports a problem at a path of one document. */
export type Reporter = (message: string, path: Path, options?: { key?: string; severity?: LabDiagnostic['severity'] }) => void;

export function reporter(root: LocatedValue, into: LabDiagnostic[]): Reporter {
  return (message, path, options) => into.push(diagnostic(message, positionAt(root, path, options?.key), options?.severity));
}

/** The ids of the other documents, by kind, for references. */
export interface DocumentIds {
  routeTables: ReadonlySet<string>;
  networkAcls: ReadonlySet<string>;
  securityGroups: ReadonlySet<string>;
}

/** AWS keeps the first four addresses and the last one of every subnet for itself. */
function reserved(ip: string, subnetCidr: string): boolean {
  const address = parseIpv4(ip);
  const range = parseCidr(subnetCidr);
  if (address === null || !range) return false;
  const offset = address - range.base;
  return offset < 4 || offset === 2 ** (32 - range.bits) - 1;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string, report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(i, k);
    seen.add(k);
  });
}

export function checkTopology(t: TopologyJson, ids: DocumentIds, report: Reporter): void {
  const vpc = parseCidr(t.vpc.cidr);
  if (vpc && (vpc.bits < 16 || vpc.bits > 28)) report('a VPC CIDR block is between /16 and /28', ['vpc', 'cidr']);
  const subnetIds = new Set(t.subnets.map((s) => s.id));
  const subnetCidr = new Map(t.subnets.map((s) => [s.id, s.cidr]));
  t.subnets.forEach((s, i) => {
    const range = parseCidr(s.cidr);
    if (vpc && range && !cidrWithin(range, vpc)) report(`${s.cidr} is outside the VPC's ${t.vpc.cidr}`, ['subnets', i, 'cidr']);
    if (range && range.bits > 28) report('a subnet is at most /28', ['subnets', i, 'cidr']);
    t.subnets.slice(0, i).forEach((other) => {
      const o = parseCidr(other.cidr);
      if (range && o && cidrsOverlap(range, o)) report(`${s.cidr} overlaps subnet ${other.name} (${other.cidr})`, ['subnets', i, 'cidr']);
    });
    if (!ids.routeTables.has(s.routeTable)) report(`no route table document has the id ${s.routeTable}`, ['subnets', i, 'routeTable']);
    if (!ids.networkAcls.has(s.networkAcl)) report(`no network ACL document has the id ${s.networkAcl}`, ['subnets', i, 'networkAcl']);
  });
  uniqueBy(t.subnets, (s) => s.id, (i, v) => report(`subnet id ${v} is used twice`, ['subnets', i, 'id']));
  uniqueBy(t.subnets, (s) => s.name, (i, v) => report(`subnet name ${v} is used twice`, ['subnets', i, 'name']));
  const placed = (list: 'instances' | 'natGateways', i: number, subnet: string, ip: string) => {
    if (!subnetIds.has(subnet)) return report(`no subnet has the id ${subnet}`, [list, i, 'subnet']);
    const cidr = subnetCidr.get(subnet) ?? '';
    if (!ipInCidr(ip, cidr)) report(`${ip} is outside its subnet's ${cidr}`, [list, i, 'privateIp']);
    else if (reserved(ip, cidr)) report(`${ip} is reserved: AWS keeps the first four and the last address of every subnet`, [list, i, 'privateIp']);
  };
  const isPrivate = (ip: string) => ipInCidr(ip, t.vpc.cidr);
  t.instances.forEach((inst, i) => {
    placed('instances', i, inst.subnet, inst.privateIp);
    if (inst.publicIp && isPrivate(inst.publicIp)) report('a public IP cannot be inside the VPC CIDR', ['instances', i, 'publicIp']);
    inst.securityGroups.forEach((sg, k) => { if (!ids.securityGroups.has(sg)) report(`no security group document has the id ${sg}`, ['instances', i, 'securityGroups', k]); });
  });
  (t.natGateways ?? []).forEach((nat, i) => {
    placed('natGateways', i, nat.subnet, nat.privateIp);
    if (isPrivate(nat.elasticIp)) report('an Elastic IP cannot be inside the VPC CIDR', ['natGateways', i, 'elasticIp']);
  });
  const addresses = [...t.instances.flatMap((x, i) => [{ ip: x.privateIp, path: ['instances', i, 'privateIp'] }, ...(x.publicIp ? [{ ip: x.publicIp, path: ['instances', i, 'publicIp'] }] : [])]),
    ...(t.natGateways ?? []).flatMap((x, i) => [{ ip: x.privateIp, path: ['natGateways', i, 'privateIp'] }, { ip: x.elasticIp, path: ['natGateways', i, 'elasticIp'] }]),
    ...(t.external ?? []).map((x, i) => ({ ip: x.ip, path: ['external', i, 'ip'] }))];
  uniqueBy(addresses, (a) => a.ip, (i, v) => report(`the address ${v} is used twice`, addresses[i]?.path ?? []));
  const names = [...t.instances.map((x, i) => ({ name: x.name, path: ['instances', i, 'name'] })), ...(t.natGateways ?? []).map((x, i) => ({ name: x.name, path: ['natGateways', i, 'name'] })),
    ...(t.external ?? []).map((x, i) => ({ name: x.name, path: ['external', i, 'name'] }))];
  uniqueBy(names, (n) => n.name, (i, v) => report(`the name ${v} is used twice (flows name their ends)`, names[i]?.path ?? []));
  const enis = [...t.instances.map((x, i) => ({ eni: x.eni, path: ['instances', i, 'eni'] })), ...(t.natGateways ?? []).map((x, i) => ({ eni: x.eni, path: ['natGateways', i, 'eni'] }))];
  uniqueBy(enis, (e) => e.eni, (i, v) => report(`network interface ${v} is used twice`, enis[i]?.path ?? []));
  const lists = new Set((t.prefixLists ?? []).map((p) => p.id));
  (t.gatewayEndpoints ?? []).forEach((e, i) => { if (!lists.has(e.prefixList)) report(`no prefix list has the id ${e.prefixList}`, ['gatewayEndpoints', i, 'prefixList']); });
  const onPrem = (t.transitGateways ?? []).flatMap((g) => g.networks.map((n) => n.cidr));
  (t.transitGateways ?? []).forEach((g, i) => g.networks.forEach((n, k) => {
    const range = parseCidr(n.cidr);
    if (vpc && range && cidrsOverlap(range, vpc)) report(`${n.cidr} overlaps the VPC's ${t.vpc.cidr}`, ['transitGateways', i, 'networks', k, 'cidr']);
  }));
  (t.external ?? []).forEach((e, i) => {
    const address = parseIpv4(e.ip);
    if (vpc && address !== null && inCidr(address, vpc)) report('an endpoint outside the VPC cannot have an address inside the VPC CIDR', ['external', i, 'ip']);
    const inOnPrem = onPrem.some((c) => ipInCidr(e.ip, c));
    if (e.kind === 'on-premises' && !inOnPrem) report('an on-premises endpoint must be inside a network attached to a transit gateway', ['external', i, 'ip']);
    if (e.kind !== 'on-premises' && inOnPrem) report(`${e.ip} is inside an on-premises network; give it the kind "on-premises"`, ['external', i, 'kind']);
  });
}

export function checkRouteTable(r: RouteTableJson, t: TopologyJson, report: Reporter): void {
  const locals = r.routes.map((route, i) => ({ route, i })).filter(({ route }) => route.target === 'local');
  if (!locals.some(({ route }) => route.destination === t.vpc.cidr)) report(`every route table has the local route ${t.vpc.cidr} → local (AWS adds it and it cannot be removed)`, ['routes']);
  for (const { route, i } of locals) if (route.destination !== t.vpc.cidr) report(`only the VPC's CIDR (${t.vpc.cidr}) routes to local`, ['routes', i, 'destination']);
  uniqueBy(r.routes, (route) => route.destination, (i, v) => report(`${v} has two routes; a table has one route per destination`, ['routes', i, 'destination']));
  const lists = new Set((t.prefixLists ?? []).map((p) => p.id));
  r.routes.forEach(({ destination, target }, i) => {
    if (destination.startsWith('pl-') && !lists.has(destination)) report(`no prefix list has the id ${destination}`, ['routes', i, 'destination']);
    const known = target === 'local'
      || (target.startsWith('igw-') && t.internetGateway?.id === target)
      || (target.startsWith('nat-') && (t.natGateways ?? []).some((n) => n.id === target))
      || (target.startsWith('tgw-') && (t.transitGateways ?? []).some((g) => g.id === target))
      || target.startsWith('pcx-');
    const endpoint = (t.gatewayEndpoints ?? []).find((e) => e.id === target);
    if (target.startsWith('pcx-')) report('VPC peering connections are not modelled', ['routes', i, 'target'], { severity: 'unsupported' });
    else if (target.startsWith('vpce-')) {
      if (!endpoint) report(`the topology has no gateway endpoint ${target}`, ['routes', i, 'target']);
      else if (destination !== endpoint.prefixList) report(`a gateway endpoint's route has its service's prefix list as destination (${endpoint.prefixList} → ${target})`, ['routes', i, 'destination']);
    } else if (!known) report(`the topology has no ${target.split('-')[0]} with the id ${target}`, ['routes', i, 'target']);
  });
}

type Rule = { protocol: string; ports?: string };
function checkPorts(rules: readonly Rule[], direction: string, report: Reporter): void {
  rules.forEach((rule, i) => {
    const needs = rule.protocol === 'tcp' || rule.protocol === 'udp';
    if (needs && rule.ports === undefined) report(`a ${rule.protocol} rule needs "ports" ("443" or "1024-65535")`, [direction, i]);
    if (!needs && rule.ports !== undefined) report(`ports apply to tcp and udp rules only (an ${rule.protocol} rule covers every port)`, [direction, i, 'ports']);
  });
}

export function checkNetworkAcl(acl: NetworkAclJson, report: Reporter): void {
  for (const direction of ['inbound', 'outbound'] as const) {
    checkPorts(acl[direction], direction, report);
    uniqueBy(acl[direction], (r) => String(r.rule), (i, v) => report(`rule number ${v} is used twice in the ${direction} rules`, [direction, i, 'rule']));
  }
}

export function checkSecurityGroup(sg: SecurityGroupJson, t: TopologyJson | null, ids: DocumentIds, report: Reporter): void {
  const lists = new Set((t?.prefixLists ?? []).map((p) => p.id));
  for (const direction of ['inbound', 'outbound'] as const) {
    checkPorts(sg[direction], direction, report);
    const field = direction === 'inbound' ? 'source' : 'destination';
    sg[direction].forEach((rule, i) => {
      const peer = 'source' in rule ? rule.source : rule.destination;
      if (peer.startsWith('sg-') && !ids.securityGroups.has(peer)) report(`no security group document has the id ${peer}`, [direction, i, field]);
      if (peer.startsWith('pl-') && t && !lists.has(peer)) report(`no prefix list has the id ${peer}`, [direction, i, field]);
    });
  }
}
