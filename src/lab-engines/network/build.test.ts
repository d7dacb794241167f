// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildNetwork } from './build.ts';
import { documents, fixture, topology } from './test-support.ts';

const errorsOf = (overrides: Record<string, unknown>, id: string) => buildNetwork(documents(overrides)).diagnostics[id] ?? [];
const withText = (id: string, text: string) => buildNetwork(documents().map((d) => (d.id === id ? { ...d, text } : d)));

describe('network documents', () => {
  it('the fixture builds with no diagnostics', () => {
    const built = buildNetwork(documents());
    expect(built.network).not.toBeNull();
    expect(Object.values(built.diagnostics).flat()).toEqual([]);
  });

  it('reports invalid JSON at its line and column, and builds no network', () => {
    const built = withText('acl-app', '{\n  "inbound": [,]\n}');
    expect(built.network).toBeNull();
    expect(built.diagnostics['acl-app']).toEqual([expect.objectContaining({ severity: 'error', line: 2, column: 15 })]);
  });

  it('reports schema errors where they are: an unknown key at the key, a bad value at the value', () => {
    const built = withText('sg-web', '{\n  "inbound": [{ "protocol": "tcp", "ports": "443", "source": "0.0.0.0/0", "sorce": 1 }],\n  "outbound": [{ "protocol": "smtp", "destination": "0.0.0.0/0" }]\n}');
    const list = built.diagnostics['sg-web'] ?? [];
    expect(list.find((d) => d.message.includes('unknown field "sorce"'))).toMatchObject({ line: 2, column: 75 });
    expect(list.find((d) => d.message.includes('must be one of'))).toMatchObject({ line: 3, column: 30 });
  });

  it('names a missing required field', () => {
    const list = errorsOf({ 'rtb-db': {} }, 'rtb-db');
    expect(list.map((d) => d.message)).toEqual(['missing the required field "routes"']);
  });

  it('refers errors to the reference: an unknown route table in the topology, an unknown group in a rule', () => {
    const t = topology() as { subnets: { routeTable: string }[] };
    (t.subnets[1] as { routeTable: string }).routeTable = 'rtb-nope';
    const built = withText('topology', JSON.stringify(t, null, 2));
    const d = built.diagnostics.topology?.[0];
    expect(d?.message).toBe('no route table document has the id rtb-nope');
    expect(JSON.stringify(t, null, 2).split('\n')[(d?.line ?? 0) - 1]).toContain('rtb-nope');
    const sg = { inbound: [{ protocol: 'tcp', ports: '8080', source: 'sg-ghost' }], outbound: [] };
    expect(errorsOf({ 'sg-app': sg }, 'sg-app').map((x) => x.message)).toEqual(['no security group document has the id sg-ghost']);
  });

  it('keeps AWS rules: the local route, one route per destination, endpoint routes by prefix list, rule numbers, ports', () => {
    expect(errorsOf({ 'rtb-db': { routes: [] } }, 'rtb-db')[0]?.message).toMatch(/local route 10\.0\.0\.0\/16/);
    const twice = { routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '0.0.0.0/0', target: 'nat-a' }, { destination: '0.0.0.0/0', target: 'igw-main' }] };
    expect(errorsOf({ 'rtb-db': twice }, 'rtb-db')[0]?.message).toMatch(/two routes/);
    const cidrToVpce = { routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '52.216.0.0/15', target: 'vpce-s3' }] };
    expect(errorsOf({ 'rtb-db': cidrToVpce }, 'rtb-db')[0]?.message).toMatch(/prefix list as destination/);
    const acl = { inbound: [{ rule: 100, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }, { rule: 100, protocol: 'icmp', ports: '0', cidr: '0.0.0.0/0', action: 'deny' }], outbound: [{ rule: 1, protocol: 'tcp', cidr: '0.0.0.0/0', action: 'allow' }] };
    expect(errorsOf({ 'acl-db': acl }, 'acl-db').map((d) => d.message).sort()).toEqual([
      'a tcp rule needs "ports" ("443" or "1024-65535")', 'ports apply to tcp and udp rules only (an icmp rule covers every port)', 'rule number 100 is used twice in the inbound rules',
    ]);
    expect(errorsOf({ 'acl-db': { inbound: [{ rule: 1, protocol: 'all', cidr: '10.0.1.5/24', action: 'allow' }], outbound: [] } }, 'acl-db')[0]?.message).toMatch(/host bits zero/);
  });

  it('marks peering as unsupported rather than ignoring it, and keeps reserved subnet addresses out', () => {
    const peer = { routes: [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '172.16.0.0/16', target: 'pcx-1' }] };
    expect(errorsOf({ 'rtb-db': peer }, 'rtb-db')).toEqual([expect.objectContaining({ severity: 'unsupported' })]);
    const t = topology() as { instances: { privateIp: string }[] };
    (t.instances[0] as { privateIp: string }).privateIp = '10.0.0.3';
    expect(errorsOf({ topology: t }, 'topology')[0]?.message).toMatch(/reserved/);
  });

  it('checks the id prefix of each kind', () => {
    const docs = documents().map((d) => (d.id === 'sg-db' ? { ...d, id: 'db-group' } : d));
    const built = buildNetwork(docs);
    expect(built.diagnostics['db-group']?.[0]?.message).toMatch(/starts with sg-/);
    expect(Object.keys(fixture())).toContain('sg-db');
  });
});
