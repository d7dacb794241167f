import { ipInCidr, parseIpv4 } from './cidr.ts';
import type { ExternalEndpoint, Instance, NatGateway, Subnet, Topology } from './model.ts';

/** What a flow's `from` or `to` names, once looked up in the topology. */
export type Party =
  | { kind: 'instance'; instance: Instance; subnet: Subnet; byPublicIp: boolean; byPrivateIp: boolean }
  | { kind: 'nat'; nat: NatGateway; subnet: Subnet; byPrivateIp: boolean }
  | { kind: 'external'; endpoint: ExternalEndpoint }
  | { kind: 'nobody'; address: string };

function subnetOf(topology: Topology, id: string): Subnet {
  const subnet = topology.subnets.find((s) => s.id === id);
  if (!subnet) throw new Error(`unknown subnet ${id}`);
  return subnet;
}

/**
 * Looks a name or IPv4 address up: an instance, a NAT gateway, a named external endpoint, or (for an address no one
 * owns) an anonymous host: on premises when a transit gateway's network holds it, an AWS service when a prefix list
 * does, the internet otherwise, and nobody when it is inside the VPC. Null for a name the topology does not have.
 */
export function resolveParty(topology: Topology, text: string): Party | null {
  for (const instance of topology.instances) {
    const byPublicIp = instance.publicIp === text;
    const byPrivateIp = instance.privateIp === text;
    if (instance.name === text || byPublicIp || byPrivateIp) return { kind: 'instance', instance, subnet: subnetOf(topology, instance.subnet), byPublicIp, byPrivateIp };
  }
  for (const nat of topology.natGateways) {
    const byPrivateIp = nat.privateIp === text;
    if (nat.name === text || nat.id === text || byPrivateIp || nat.elasticIp === text) return { kind: 'nat', nat, subnet: subnetOf(topology, nat.subnet), byPrivateIp };
  }
  const named = topology.external.find((e) => e.name === text || e.ip === text);
  if (named) return { kind: 'external', endpoint: named };
  if (parseIpv4(text) === null) return null;
  if (ipInCidr(text, topology.vpc.cidr)) return { kind: 'nobody', address: text };
  if (topology.transitGateways.some((t) => t.networks.some((n) => ipInCidr(text, n.cidr)))) return { kind: 'external', endpoint: { name: text, kind: 'on-premises', ip: text } };
  if (topology.prefixLists.some((p) => p.cidrs.some((c) => ipInCidr(text, c)))) return { kind: 'external', endpoint: { name: text, kind: 'aws-service', ip: text } };
  return { kind: 'external', endpoint: { name: text, kind: 'internet', ip: text } };
}
