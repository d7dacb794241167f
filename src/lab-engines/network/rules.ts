import { ipInCidr, parseCidr, parseIpv4, inCidr } from './cidr.ts';
import type { FlowProtocol, NaclRule, NetworkAcl, PortRange, PrefixList, Route, RouteTable, RuleProtocol, SecurityGroup, SgRule } from './model.ts';

/** One packet as the filters see it: addresses as the receiving side sees them. */
export interface Packet {
  src: string;
  dst: string;
  protocol: FlowProtocol;
  sport: number;
  dport: number;
}

const portsText = (p?: PortRange) => (!p ? 'all ports' : p.from === p.to ? `port ${p.from}` : `ports ${p.from}-${p.to}`);

/** Whether a rule's protocol and port range cover the packet (ICMP types are not modelled: an icmp rule covers every type). */
function covers(protocol: RuleProtocol, ports: PortRange | undefined, packet: Packet): boolean {
  if (protocol !== 'all' && protocol !== packet.protocol) return false;
  if (!ports || packet.protocol === 'icmp') return true;
  return packet.dport >= ports.from && packet.dport <= ports.to;
}

export function naclRuleText(r: NaclRule, direction: 'inbound' | 'outbound'): string {
  const proto = r.protocol === 'all' ? 'all traffic' : `${r.protocol} ${portsText(r.ports)}`;
  return `${r.rule} ${r.action.toUpperCase()} ${proto} ${direction === 'inbound' ? 'from' : 'to'} ${r.cidr}`;
}

export interface NaclDecision {
  action: 'allow' | 'deny';
  /** The rule number that matched, or `*` for the final deny. */
  rule: string;
  text: string;
}

/**
 * A network ACL's decision: rules in ascending number, the first that matches decides, and `*` denies whatever no
 * rule matched. Inbound rules match the packet's source; outbound rules its destination.
 */
export function evaluateNacl(acl: NetworkAcl, direction: 'inbound' | 'outbound', packet: Packet): NaclDecision {
  const rules = [...acl[direction]].sort((a, b) => a.rule - b.rule);
  const peer = direction === 'inbound' ? packet.src : packet.dst;
  for (const r of rules) {
    if (covers(r.protocol, r.ports, packet) && ipInCidr(peer, r.cidr)) return { action: r.action, rule: String(r.rule), text: naclRuleText(r, direction) };
  }
  return { action: 'deny', rule: '*', text: `* DENY all traffic ${direction === 'inbound' ? 'from' : 'to'} 0.0.0.0/0` };
}

export function sgRuleText(r: SgRule, direction: 'inbound' | 'outbound'): string {
  const proto = r.protocol === 'all' ? 'all traffic' : `${r.protocol} ${portsText(r.ports)}`;
  return `${proto} ${direction === 'inbound' ? 'from' : 'to'} ${r.peer}`;
}

/** The peer of a packet as a security group rule can name it: its address, and its groups when it is an interface in this VPC reached by private IP. */
export interface SgPeer {
  address: string;
  groups: readonly string[];
}

export interface SgDecision {
  allowed: boolean;
  /** The group and rule index that allowed it. */
  group?: SecurityGroup;
  index?: number;
  text?: string;
}

function peerMatches(rule: SgRule, peer: SgPeer, prefixLists: readonly PrefixList[]): boolean {
  if (rule.peer.startsWith('sg-')) return peer.groups.includes(rule.peer);
  if (rule.peer.startsWith('pl-')) return (prefixLists.find((p) => p.id === rule.peer)?.cidrs ?? []).some((c) => ipInCidr(peer.address, c));
  return ipInCidr(peer.address, rule.peer);
}

/**
 * Security groups only allow: an interface's groups are one union of allow rules, so the packet passes if any rule
 * of any group covers it and is dropped otherwise (no rule "decides" a drop: it is the absence of an allow).
 */
export function evaluateSecurityGroups(groups: readonly SecurityGroup[], direction: 'inbound' | 'outbound', packet: Packet, peer: SgPeer, prefixLists: readonly PrefixList[]): SgDecision {
  for (const group of groups) {
    const index = group[direction].findIndex((r) => covers(r.protocol, r.ports, packet) && peerMatches(r, peer, prefixLists));
    const rule = group[direction][index];
    if (rule) return { allowed: true, group, index, text: sgRuleText(rule, direction) };
  }
  return { allowed: false };
}

/** How specific a route is for an address: its prefix length, or for a prefix list the longest of its entries that holds the address. */
function specificity(route: Route, address: number, prefixLists: readonly PrefixList[]): number {
  const ranges = route.destination.startsWith('pl-') ? (prefixLists.find((p) => p.id === route.destination)?.cidrs ?? []) : [route.destination];
  let best = -1;
  for (const text of ranges) {
    const range = parseCidr(text);
    if (range && inCidr(address, range)) best = Math.max(best, range.bits);
  }
  return best;
}

/**
 * The route a subnet's table picks for an address: the longest prefix match; on equal length a static CIDR route
 * wins over a prefix-list route (AWS's documented route priority). Null when no route matches.
 */
export function lookupRoute(table: RouteTable, destination: string, prefixLists: readonly PrefixList[]): Route | null {
  const address = parseIpv4(destination);
  if (address === null) return null;
  let best: { route: Route; bits: number; list: boolean } | null = null;
  for (const route of table.routes) {
    const bits = specificity(route, address, prefixLists);
    if (bits < 0) continue;
    const list = route.destination.startsWith('pl-');
    if (!best || bits > best.bits || (bits === best.bits && best.list && !list)) best = { route, bits, list };
  }
  return best?.route ?? null;
}

export const routeText = (r: Route) => `${r.destination} → ${r.target}`;
