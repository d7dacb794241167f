import { buildNetwork, type NetworkDocumentInput, type NetworkDocumentKind } from './build.ts';
import type { Flow, Network } from './model.ts';

/** Test fixture: a VPC with a public, an app and a db subnet, a NAT gateway, an S3 endpoint and a transit gateway. */
export function topology(): Record<string, unknown> {
  return {
    account: '111122223333',
    vpc: { id: 'vpc-lab', cidr: '10.0.0.0/16' },
    subnets: [
      { id: 'subnet-public', name: 'public-a', cidr: '10.0.0.0/24', routeTable: 'rtb-public', networkAcl: 'acl-public' },
      { id: 'subnet-app', name: 'app-a', cidr: '10.0.1.0/24', routeTable: 'rtb-app', networkAcl: 'acl-app' },
      { id: 'subnet-db', name: 'db-a', cidr: '10.0.2.0/24', routeTable: 'rtb-db', networkAcl: 'acl-db' },
    ],
    instances: [
      { id: 'i-web', name: 'web', subnet: 'subnet-public', eni: 'eni-web', privateIp: '10.0.0.10', publicIp: '198.51.100.10', securityGroups: ['sg-web'] },
      { id: 'i-bastion', name: 'bastion', subnet: 'subnet-public', eni: 'eni-bastion', privateIp: '10.0.0.20', publicIp: '198.51.100.20', securityGroups: ['sg-bastion'] },
      { id: 'i-worker', name: 'worker', subnet: 'subnet-public', eni: 'eni-worker', privateIp: '10.0.0.30', securityGroups: ['sg-app'] },
      { id: 'i-app', name: 'app', subnet: 'subnet-app', eni: 'eni-app', privateIp: '10.0.1.10', securityGroups: ['sg-app'] },
      { id: 'i-db', name: 'db', subnet: 'subnet-db', eni: 'eni-db', privateIp: '10.0.2.10', securityGroups: ['sg-db'] },
    ],
    natGateways: [{ id: 'nat-a', name: 'nat-a', subnet: 'subnet-public', eni: 'eni-nat', privateIp: '10.0.0.5', elasticIp: '198.51.100.5' }],
    internetGateway: { id: 'igw-main' },
    gatewayEndpoints: [{ id: 'vpce-s3', service: 's3', prefixList: 'pl-s3' }],
    transitGateways: [{ id: 'tgw-hub', name: 'hub', networks: [{ name: 'datacenter', cidr: '192.168.0.0/16' }] }],
    prefixLists: [{ id: 'pl-s3', name: 'com.amazonaws.us-east-1.s3', cidrs: ['52.216.0.0/15'] }],
    external: [
      { name: 'updates', kind: 'internet', ip: '203.0.113.10' },
      { name: 'admin-laptop', kind: 'internet', ip: '203.0.113.50' },
      { name: 's3', kind: 'aws-service', ip: '52.216.10.20' },
      { name: 'ldap', kind: 'on-premises', ip: '192.168.10.5' },
    ],
  };
}

export const allowAll = { inbound: [{ rule: 100, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }], outbound: [{ rule: 100, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }] };
const everywhere = [{ protocol: 'all', destination: '0.0.0.0/0' }];

/** The fixture's documents by id: kind, name and JSON. */
export function fixture(): Record<string, { kind: NetworkDocumentKind; name: string; document: unknown }> {
  return {
    topology: { kind: 'topology', name: 'topology', document: topology() },
    'rtb-public': { kind: 'route-table', name: 'public-routes', document: { routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'igw-main' }] } },
    'rtb-app': { kind: 'route-table', name: 'app-routes', document: { routes: [
      { destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-a' },
      { destination: 'pl-s3', target: 'vpce-s3' }, { destination: '192.168.0.0/16', target: 'tgw-hub' },
    ] } },
    'rtb-db': { kind: 'route-table', name: 'db-routes', document: { routes: [{ destination: '10.0.0.0/16', target: 'local' }] } },
    'acl-public': { kind: 'network-acl', name: 'public-acl', document: allowAll },
    'acl-app': { kind: 'network-acl', name: 'app-acl', document: allowAll },
    'acl-db': { kind: 'network-acl', name: 'db-acl', document: allowAll },
    'sg-web': { kind: 'security-group', name: 'web-sg', document: { inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }], outbound: everywhere } },
    'sg-bastion': { kind: 'security-group', name: 'bastion-sg', document: { inbound: [{ protocol: 'tcp', ports: '22', source: '203.0.113.50/32' }], outbound: everywhere } },
    'sg-app': { kind: 'security-group', name: 'app-sg', document: { inbound: [{ protocol: 'tcp', ports: '8080', source: 'sg-web' }], outbound: everywhere } },
    'sg-db': { kind: 'security-group', name: 'db-sg', document: { inbound: [{ protocol: 'tcp', ports: '5432', source: 'sg-app' }], outbound: everywhere } },
  };
}

/** The fixture's documents as lab documents, with some JSON replaced by id. */
export function documents(overrides: Record<string, unknown> = {}): NetworkDocumentInput[] {
  return Object.entries(fixture()).map(([id, d]) => ({ id, kind: d.kind, name: d.name, text: JSON.stringify(id in overrides ? overrides[id] : d.document, null, 2) }));
}

/** Test helper: the fixture network (with overrides), failing loudly on any diagnostic error. */
export function network(overrides: Record<string, unknown> = {}): Network {
  const built = buildNetwork(documents(overrides));
  if (!built.network) {
    const errors = Object.entries(built.diagnostics).flatMap(([id, list]) => list.map((d) => `${id} ${d.line}:${d.column} ${d.message}`));
    throw new Error(errors.join('; '));
  }
  return built.network;
}

export const flow = (from: string, to: string, port = 443, protocol: Flow['protocol'] = 'tcp'): Flow => ({ from, to, protocol, port });
