import type { Network, PathNode, Trace } from './model.ts';

/** A label mermaid shows as plain text: no quotes, brackets or other characters its grammar would read. */
export function plainLabel(text: string): string {
  return text.replace(/["'`[\](){}<>|#;&\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || '-';
}

const inVpc = (node: PathNode) => node.kind === 'instance' || node.kind === 'subnet' || node.id.startsWith('g:nat-');

/**
 * The path of a trace as a mermaid `flowchart LR`: the instances, subnets, gateways and outside endpoints it
 * visits, the request's edges (solid) and the reply's (dotted), and the node where it was dropped in class `drop`.
 * Node ids are generated (n0, n1, …) and labels are plain text, for mermaid's strict security level.
 */
export function networkDiagram(network: Network, trace: Trace): string {
  const nodes = new Map<string, { key: string; node: PathNode }>();
  for (const node of [...trace.path.out, ...trace.path.back]) if (!nodes.has(node.id)) nodes.set(node.id, { key: `n${nodes.size}`, node });
  const key = (id: string) => nodes.get(id)?.key ?? 'n0';
  const line = ({ key: k, node }: { key: string; node: PathNode }) => `    ${k}["${plainLabel(node.label)}"]`;
  const all = [...nodes.values()];
  const lines = ['flowchart LR'];
  const inside = all.filter((n) => inVpc(n.node));
  if (inside.length) lines.push(`  subgraph vpc["${plainLabel(`VPC ${network.topology.vpc.id} ${network.topology.vpc.cidr}`)}"]`, ...inside.map(line), '  end');
  lines.push(...all.filter((n) => !inVpc(n.node)).map((n) => line(n).slice(2)));
  const edges = new Set<string>();
  const walk = (path: PathNode[], arrow: string) => path.slice(1).forEach((node, i) => {
    const from = path[i];
    if (from) edges.add(`  ${key(from.id)} ${arrow} ${key(node.id)}`);
  });
  walk(trace.path.out, '-->');
  walk(trace.path.back, '-.->');
  lines.push(...edges);
  const dropped = trace.drop ? trace.hops[trace.drop.hop]?.node : undefined;
  if (dropped && nodes.has(dropped)) lines.push('  classDef drop stroke:#c62828,stroke-width:3px', `  class ${key(dropped)} drop`);
  return lines.join('\n');
}
