/** Protocols a flow can use; rules may also say `all`. ICMP types and codes are not modelled (an icmp rule matches every type). */
export type FlowProtocol = 'tcp' | 'udp' | 'icmp';
export type RuleProtocol = FlowProtocol | 'all';

/** An inclusive port range; absent on rules for icmp or all traffic (they match every port). */
export interface PortRange {
  from: number;
  to: number;
}

/** One route: a destination (CIDR or prefix-list id) and a target (`local`, `igw-…`, `nat-…`, `vpce-…`, `tgw-…`, `pcx-…`). */
export interface Route {
  destination: string;
  target: string;
}

export interface RouteTable {
  id: string;
  name: string;
  routes: Route[];
}

/** One numbered network ACL rule. The final `*` deny is implicit: every ACL ends with it and it cannot be changed. */
export interface NaclRule {
  rule: number;
  protocol: RuleProtocol;
  ports?: PortRange;
  cidr: string;
  action: 'allow' | 'deny';
}

export interface NetworkAcl {
  id: string;
  name: string;
  inbound: NaclRule[];
  outbound: NaclRule[];
}

/** One security group rule (allow only): the peer is a CIDR, a security group id (`sg-…`) or a prefix list id (`pl-…`). */
export interface SgRule {
  protocol: RuleProtocol;
  ports?: PortRange;
  peer: string;
  description?: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  inbound: SgRule[];
  outbound: SgRule[];
}

export interface Subnet {
  id: string;
  name: string;
  cidr: string;
  routeTable: string;
  networkAcl: string;
}

/** An EC2 instance's primary network interface. */
export interface Instance {
  id: string;
  name: string;
  subnet: string;
  eni: string;
  privateIp: string;
  publicIp?: string;
  securityGroups: string[];
}

/** A public NAT gateway: its interface sits in `subnet` with `privateIp`; the internet sees `elasticIp`. It has no security group. */
export interface NatGateway {
  id: string;
  name: string;
  subnet: string;
  eni: string;
  privateIp: string;
  elasticIp: string;
}

/** A gateway endpoint (S3 or DynamoDB): reached through route-table routes whose destination is the service's prefix list. */
export interface GatewayEndpoint {
  id: string;
  service: 's3' | 'dynamodb';
  prefixList: string;
}

/** A transit gateway, reduced to the networks attached to it beyond this VPC (its own route tables are not modelled). */
export interface TransitGateway {
  id: string;
  name: string;
  networks: { name: string; cidr: string }[];
}

export interface PrefixList {
  id: string;
  name: string;
  cidrs: string[];
}

/** Something outside the VPC a flow can start or end at. */
export interface ExternalEndpoint {
  name: string;
  kind: 'internet' | 'aws-service' | 'on-premises';
  ip: string;
}

export interface Topology {
  account: string;
  vpc: { id: string; cidr: string };
  subnets: Subnet[];
  instances: Instance[];
  natGateways: NatGateway[];
  internetGateway?: { id: string };
  gatewayEndpoints: GatewayEndpoint[];
  transitGateways: TransitGateway[];
  prefixLists: PrefixList[];
  external: ExternalEndpoint[];
}

/** The whole model a flow is traced through. */
export interface Network {
  topology: Topology;
  routeTables: RouteTable[];
  networkAcls: NetworkAcl[];
  securityGroups: SecurityGroup[];
}

/** A connection attempt: from and to are instance or endpoint names, or IPv4 addresses. */
export interface Flow {
  from: string;
  to: string;
  protocol: FlowProtocol;
  /** The destination port (ignored for icmp). */
  port: number;
  /** The client's ephemeral source port; 49152 unless given. */
  sourcePort?: number;
}

export const DEFAULT_SOURCE_PORT = 49152;

export type ControlKind =
  | 'security-group' | 'network-acl' | 'route-table' | 'internet-gateway' | 'nat-gateway'
  | 'gateway-endpoint' | 'transit-gateway' | 'endpoint';

/** One step of a trace: which control looked at the packet, what it decided, by which rule, and why. */
export interface Hop {
  leg: 'out' | 'back';
  control: { kind: ControlKind; document: string };
  verdict: 'allow' | 'drop' | 'pass' | 'unsupported';
  /** The deciding rule: NACL rule number (or `*`), security group rule index, or route destination. */
  rule?: { ref: string; text: string };
  reason: string;
  /** The diagram node this step happens at. */
  node: string;
}

/** Why the flow stopped: the hop, and the document and rule that decided it when one rule did. */
export interface Drop {
  hop: number;
  document?: string;
  rule?: string;
  reason: string;
}

/** The VPC Flow Logs default (version 2) fields of one record. */
export interface FlowLogRecord {
  interfaceId: string;
  /** Name of the instance or NAT gateway the interface belongs to. */
  owner: string;
  direction: 'ingress' | 'egress';
  version: 2;
  accountId: string;
  srcaddr: string;
  dstaddr: string;
  srcport: number;
  dstport: number;
  protocol: number;
  packets: number;
  bytes: number;
  start: number;
  end: number;
  action: 'ACCEPT' | 'REJECT';
  logStatus: 'OK';
  /** The record as one line, fields in the default order. */
  line: string;
}

/** A node of the path for the diagram. */
export interface PathNode {
  id: string;
  label: string;
  kind: 'instance' | 'subnet' | 'gateway' | 'external';
}

export interface Trace {
  flow: Flow;
  /** The request reached its destination. */
  delivered: boolean;
  /** The reply got back to the source. */
  returned: boolean;
  hops: Hop[];
  drop?: Drop;
  flowLogs: FlowLogRecord[];
  /** Parts of this flow the engine does not model, said plainly. */
  notModelled: string[];
  /** Diagram nodes in the order the request visits them, then the reply. */
  path: { out: PathNode[]; back: PathNode[] };
}
