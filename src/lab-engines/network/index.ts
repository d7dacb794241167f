/**
 * The network lab: a pure model of a small VPC. `buildNetwork` parses the lab's JSON documents (topology, route
 * tables, network ACLs, security groups) with located diagnostics; `traceFlow` walks a flow out and back hop by hop
 * and lists the VPC Flow Logs records it would leave; `networkDiagram` draws the path; lab.ts is the lab module.
 */
export { buildNetwork, NETWORK_DOCUMENT_KINDS, ID_PREFIX, type BuildResult, type NetworkDocumentInput, type NetworkDocumentKind } from './build.ts';
export { traceFlow } from './trace.ts';
export { networkDiagram, plainLabel } from './diagram.ts';
export { evaluateNacl, evaluateSecurityGroups, lookupRoute, type Packet } from './rules.ts';
export { DEFAULT_SOURCE_PORT } from './model.ts';
export type {
  ControlKind, Drop, ExternalEndpoint, Flow, FlowLogRecord, FlowProtocol, GatewayEndpoint, Hop, Instance, NaclRule, NatGateway, Network,
  NetworkAcl, PathNode, PortRange, PrefixList, Route, RouteTable, RuleProtocol, SecurityGroup, SgRule, Subnet, Topology, Trace, TransitGateway,
} from './model.ts';
export * from './lab.ts';
