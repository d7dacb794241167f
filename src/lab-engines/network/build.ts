import type { LabDiagnostic } from '../lab-kind.ts';
import { checkNetworkAcl, checkRouteTable, checkSecurityGroup, checkTopology, reporter, type DocumentIds } from './checks.ts';
import { parseDocument, type DocumentParse } from './located.ts';
import type { NaclRule, Network, NetworkAcl, RouteTable, SecurityGroup, SgRule, Topology } from './model.ts';
import {
  networkAclSchema, parsePorts, routeTableSchema, securityGroupSchema, topologySchema,
  type NetworkAclJson, type RouteTableJson, type SecurityGroupJson, type TopologyJson,
} from './schemas.ts';

export const NETWORK_DOCUMENT_KINDS = ['topology', 'route-table', 'network-acl', 'security-group'] as const;
export type NetworkDocumentKind = (typeof NETWORK_DOCUMENT_KINDS)[number];

/** The id prefix each kind of document has: the document's id is the AWS resource id the topology refers to. */
export const ID_PREFIX: Record<Exclude<NetworkDocumentKind, 'topology'>, string> = { 'route-table': 'rtb-', 'network-acl': 'acl-', 'security-group': 'sg-' };

export interface NetworkDocumentInput {
  id: string;
  kind: NetworkDocumentKind;
  name: string;
  text: string;
}

export interface BuildResult {
  /** The network when every document parsed without errors. */
  network: Network | null;
  diagnostics: Record<string, LabDiagnostic[]>;
}

const ports = (text?: string) => (text === undefined ? undefined : (parsePorts(text) ?? undefined));

function toTopology(t: TopologyJson): Topology {
  return {
    account: t.account ?? '111122223333', vpc: t.vpc, subnets: t.subnets, instances: t.instances, natGateways: t.natGateways ?? [],
    ...(t.internetGateway ? { internetGateway: t.internetGateway } : {}),
    gatewayEndpoints: t.gatewayEndpoints ?? [], transitGateways: t.transitGateways ?? [], prefixLists: t.prefixLists ?? [], external: t.external ?? [],
  };
}

const toNaclRules = (rules: NetworkAclJson['inbound']): NaclRule[] => rules.map((r) => ({ rule: r.rule, protocol: r.protocol, ...(r.ports ? { ports: ports(r.ports) } : {}), cidr: r.cidr, action: r.action }));
const toSgRules = (rules: readonly ({ protocol: SgRule['protocol']; ports?: string; description?: string } & ({ source: string } | { destination: string }))[]): SgRule[] =>
  rules.map((r) => ({ protocol: r.protocol, ...(r.ports ? { ports: ports(r.ports) } : {}), peer: 'source' in r ? r.source : r.destination, ...(r.description ? { description: r.description } : {}) }));

/**
 * Parses every document of a network lab and checks what each refers to (subnets, route tables, ACLs, security
 * groups, gateways, prefix lists); every problem is a diagnostic on its document at its line and column. The
 * network is built only when no document has an error.
 */
export function buildNetwork(docs: readonly NetworkDocumentInput[]): BuildResult {
  const diagnostics: Record<string, LabDiagnostic[]> = Object.fromEntries(docs.map((d) => [d.id, []]));
  const idsOf = (kind: NetworkDocumentKind) => new Set(docs.filter((d) => d.kind === kind).map((d) => d.id));
  const ids: DocumentIds = { routeTables: idsOf('route-table'), networkAcls: idsOf('network-acl'), securityGroups: idsOf('security-group') };
  const parsed = docs.map((doc) => ({ doc, result: parseOne(doc) }));
  for (const { doc, result } of parsed) diagnostics[doc.id]?.push(...result.diagnostics);
  const topologyEntry = parsed.find((p) => p.doc.kind === 'topology');
  const topology = (topologyEntry?.result.value as TopologyJson | null | undefined) ?? null;
  for (const { doc, result } of parsed) {
    const into = diagnostics[doc.id] ?? [];
    if (doc.kind !== 'topology' && !doc.id.startsWith(ID_PREFIX[doc.kind])) into.push({ severity: 'error', message: `a ${doc.kind} document's id starts with ${ID_PREFIX[doc.kind]}`, line: 1, column: 1 });
    if (!result.value || !result.root) continue;
    const report = reporter(result.root, into);
    if (doc.kind === 'topology') checkTopology(result.value as TopologyJson, ids, report);
    else if (doc.kind === 'route-table') { if (topology) checkRouteTable(result.value as RouteTableJson, topology, report); }
    else if (doc.kind === 'network-acl') checkNetworkAcl(result.value as NetworkAclJson, report);
    else checkSecurityGroup(result.value as SecurityGroupJson, topology, ids, report);
  }
  const failed = Object.values(diagnostics).some((list) => list.some((d) => d.severity !== 'warning'));
  if (failed || !topology || parsed.some((p) => !p.result.value)) return { network: null, diagnostics };
  const of = <T>(kind: NetworkDocumentKind) => parsed.filter((p) => p.doc.kind === kind).map((p) => ({ doc: p.doc, value: p.result.value as T }));
  return {
    network: {
      topology: toTopology(topology),
      routeTables: of<RouteTableJson>('route-table').map(({ doc, value }): RouteTable => ({ id: doc.id, name: doc.name, routes: value.routes })),
      networkAcls: of<NetworkAclJson>('network-acl').map(({ doc, value }): NetworkAcl => ({ id: doc.id, name: doc.name, inbound: toNaclRules(value.inbound), outbound: toNaclRules(value.outbound) })),
      securityGroups: of<SecurityGroupJson>('security-group').map(({ doc, value }): SecurityGroup => ({ id: doc.id, name: doc.name, inbound: toSgRules(value.inbound), outbound: toSgRules(value.outbound) })),
    },
    diagnostics,
  };
}

function parseOne(doc: NetworkDocumentInput): DocumentParse<unknown> {
  switch (doc.kind) {
    case 'topology': return parseDocument(doc.text, topologySchema);
    case 'route-table': return parseDocument(doc.text, routeTableSchema);
    case 'network-acl': return parseDocument(doc.text, networkAclSchema);
    case 'security-group': return parseDocument(doc.text, securityGroupSchema);
  }
}
