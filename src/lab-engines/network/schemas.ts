// zod/mini: these documents are parsed in the browser as the learner types.
import { z } from 'zod/mini';
import { parseCidr, parseIpv4 } from './cidr.ts';

const id = (prefix: string) => z.string().check(z.regex(new RegExp(`^${prefix}-[a-z0-9][a-z0-9-]{0,39}$`), `must be an id like ${prefix}-0abc (lower-case letters, digits and hyphens)`));
const name = z.string().check(z.minLength(1), z.maxLength(60));
const cidr = z.string().check(z.refine((s) => parseCidr(s) !== null, 'must be an IPv4 CIDR block like 10.0.1.0/24, with the host bits zero (IPv6 is not modelled)'));
const ipv4 = z.string().check(z.refine((s) => parseIpv4(s) !== null, 'must be an IPv4 address like 10.0.1.5 (IPv6 is not modelled)'));
const protocol = z.enum(['tcp', 'udp', 'icmp', 'all']);

/** `"443"` or `"1024-65535"`: the range is inclusive and runs low to high. */
export function parsePorts(text: string): { from: number; to: number } | null {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from <= to && to <= 65535 ? { from, to } : null;
}
const ports = z.string().check(z.refine((s) => parsePorts(s) !== null, 'ports are one port ("443") or a range from low to high ("1024-65535"), within 0-65535'));

/** A route's destination: a CIDR block or a prefix list id. */
const routeDestination = z.string().check(z.refine((s) => (s.startsWith('pl-') ? /^pl-[a-z0-9][a-z0-9-]{0,39}$/.test(s) : parseCidr(s) !== null), 'a destination is an IPv4 CIDR block (10.0.0.0/16) or a prefix list id (pl-…)'));
const routeTarget = z.string().check(z.regex(/^(local|(igw|nat|vpce|tgw|pcx)-[a-z0-9][a-z0-9-]{0,39})$/, 'a target is "local" or the id of an internet gateway (igw-…), NAT gateway (nat-…), gateway endpoint (vpce-…), transit gateway (tgw-…) or peering connection (pcx-…)'));
/** A security group rule's peer: a CIDR block, a security group id or a prefix list id. */
const sgPeer = z.string().check(z.refine((s) => (/^(sg|pl)-/.test(s) ? /^(sg|pl)-[a-z0-9][a-z0-9-]{0,39}$/.test(s) : parseCidr(s) !== null), 'a peer is an IPv4 CIDR block, a security group id (sg-…) or a prefix list id (pl-…)'));

export const MAX_ROUTES = 50;
export const MAX_NACL_RULES = 40;
export const MAX_SG_RULES = 60;

export const routeTableSchema = z.strictObject({
  routes: z.array(z.strictObject({ destination: routeDestination, target: routeTarget })).check(z.maxLength(MAX_ROUTES)),
});

const naclRule = z.strictObject({
  rule: z.int().check(z.minimum(1), z.maximum(32766)),
  protocol,
  ports: z.optional(ports),
  cidr,
  action: z.enum(['allow', 'deny']),
});
export const networkAclSchema = z.strictObject({
  inbound: z.array(naclRule).check(z.maxLength(MAX_NACL_RULES)),
  outbound: z.array(naclRule).check(z.maxLength(MAX_NACL_RULES)),
});

const description = z.optional(z.string().check(z.maxLength(200)));
export const securityGroupSchema = z.strictObject({
  inbound: z.array(z.strictObject({ protocol, ports: z.optional(ports), source: sgPeer, description })).check(z.maxLength(MAX_SG_RULES)),
  outbound: z.array(z.strictObject({ protocol, ports: z.optional(ports), destination: sgPeer, description })).check(z.maxLength(MAX_SG_RULES)),
});

export const topologySchema = z.strictObject({
  account: z.optional(z.string().check(z.regex(/^\d{12}$/, 'an account id is 12 digits'))),
  vpc: z.strictObject({ id: id('vpc'), cidr }),
  subnets: z.array(z.strictObject({ id: id('subnet'), name, cidr, routeTable: id('rtb'), networkAcl: id('acl') })).check(z.minLength(1), z.maxLength(12)),
  instances: z.array(z.strictObject({
    id: id('i'), name, subnet: id('subnet'), eni: id('eni'), privateIp: ipv4, publicIp: z.optional(ipv4),
    securityGroups: z.array(id('sg')).check(z.minLength(1), z.maxLength(5)),
  })).check(z.maxLength(16)),
  natGateways: z.optional(z.array(z.strictObject({ id: id('nat'), name, subnet: id('subnet'), eni: id('eni'), privateIp: ipv4, elasticIp: ipv4 })).check(z.maxLength(4))),
  internetGateway: z.optional(z.strictObject({ id: id('igw') })),
  gatewayEndpoints: z.optional(z.array(z.strictObject({ id: id('vpce'), service: z.enum(['s3', 'dynamodb']), prefixList: id('pl') })).check(z.maxLength(2))),
  transitGateways: z.optional(z.array(z.strictObject({
    id: id('tgw'), name, networks: z.array(z.strictObject({ name, cidr })).check(z.minLength(1), z.maxLength(4)),
  })).check(z.maxLength(2))),
  prefixLists: z.optional(z.array(z.strictObject({ id: id('pl'), name, cidrs: z.array(cidr).check(z.minLength(1), z.maxLength(8)) })).check(z.maxLength(4))),
  external: z.optional(z.array(z.strictObject({ name, kind: z.enum(['internet', 'aws-service', 'on-premises']), ip: ipv4 })).check(z.maxLength(8))),
});

export type RouteTableJson = z.infer<typeof routeTableSchema>;
export type NetworkAclJson = z.infer<typeof networkAclSchema>;
export type SecurityGroupJson = z.infer<typeof securityGroupSchema>;
export type TopologyJson = z.infer<typeof topologySchema>;
