// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipInCidr, parseCidr } from './cidr.ts';
import type { Flow, Network, NaclRule, Route, SgRule } from './model.ts';
import { lookupRoute } from './rules.ts';
import { network } from './test-support.ts';
import { traceFlow } from './trace.ts';

const base = network();
const ends = ['web', 'bastion', 'worker', 'app', 'db', 'updates', 'admin-laptop', 's3', 'ldap', '203.0.113.99', '192.168.7.7'];
const flowArb: fc.Arbitrary<Flow> = fc.record({
  from: fc.constantFrom(...ends), to: fc.constantFrom(...ends), protocol: fc.constantFrom('tcp' as const, 'udp' as const, 'icmp' as const),
  port: fc.constantFrom(22, 443, 5432, 8080, 389), sourcePort: fc.constantFrom(1025, 32768, 49152, 60000),
});
const cidrArb = fc.constantFrom('0.0.0.0/0', '10.0.0.0/16', '10.0.0.0/24', '10.0.1.0/24', '203.0.113.0/24', '192.168.0.0/16', '52.216.0.0/15');
const portsArb = fc.constantFrom(undefined, { from: 443, to: 443 }, { from: 1024, to: 65535 }, { from: 0, to: 1023 }, { from: 8080, to: 8080 });
const protoArb = fc.constantFrom('tcp' as const, 'udp' as const, 'icmp' as const, 'all' as const);
const naclRuleArb: fc.Arbitrary<NaclRule> = fc.record({ rule: fc.integer({ min: 2, max: 32766 }), protocol: protoArb, ports: portsArb, cidr: cidrArb, action: fc.constantFrom('allow' as const, 'deny' as const) })
  .map(({ ports, ...r }) => (r.protocol === 'tcp' || r.protocol === 'udp') && ports ? { ...r, ports } : r);
const rules = (arb: fc.Arbitrary<NaclRule>) => fc.uniqueArray(arb, { maxLength: 5, selector: (r) => r.rule });
const sgRuleArb: fc.Arbitrary<SgRule> = fc.record({ protocol: protoArb, ports: portsArb, peer: fc.oneof(cidrArb, fc.constantFrom('sg-web', 'sg-app', 'sg-bastion', 'pl-s3')) })
  .map(({ ports, ...r }) => (r.protocol === 'tcp' || r.protocol === 'udp') && ports ? { ...r, ports } : r);
const routeArb: fc.Arbitrary<Route> = fc.record({ destination: fc.constantFrom('0.0.0.0/0', '203.0.113.0/24', '192.168.0.0/16', '192.168.10.0/24', '52.216.0.0/15', 'pl-s3'), target: fc.constantFrom('igw-main', 'nat-a', 'tgw-hub') })
  .map((r) => (r.destination === 'pl-s3' ? { ...r, target: 'vpce-s3' } : r));

/** Random variations of the fixture: every ACL, group and non-local route redrawn. */
const networkArb: fc.Arbitrary<Network> = fc.record({
  acls: fc.array(fc.record({ inbound: rules(naclRuleArb), outbound: rules(naclRuleArb) }), { minLength: 3, maxLength: 3 }),
  groups: fc.array(fc.record({ inbound: fc.array(sgRuleArb, { maxLength: 3 }), outbound: fc.array(sgRuleArb, { maxLength: 3 }) }), { minLength: 4, maxLength: 4 }),
  routes: fc.array(fc.uniqueArray(routeArb, { maxLength: 4, selector: (r) => r.destination }), { minLength: 3, maxLength: 3 }),
}).map(({ acls, groups, routes }) => ({
  ...base,
  networkAcls: base.networkAcls.map((a, i) => ({ ...a, ...acls[i] })),
  securityGroups: base.securityGroups.map((g, i) => ({ ...g, ...groups[i] })),
  routeTables: base.routeTables.map((t, i) => ({ ...t, routes: [{ destination: '10.0.0.0/16', target: 'local' }, ...(routes[i] ?? [])] })),
}));

const works = (n: Network, f: Flow) => { const t = traceFlow(n, f); return t.delivered && t.returned; };

describe('network trace properties', () => {
  it('adding a security group allow rule never turns a delivered flow into a dropped one', () => {
    fc.assert(fc.property(networkArb, flowArb, fc.integer({ min: 0, max: 3 }), fc.boolean(), sgRuleArb, (n, f, g, inbound, rule) => {
      const before = traceFlow(n, f);
      const more = { ...n, securityGroups: n.securityGroups.map((sg, i) => (i === g ? { ...sg, [inbound ? 'inbound' : 'outbound']: [...sg[inbound ? 'inbound' : 'outbound'], rule] } : sg)) };
      const after = traceFlow(more, f);
      if (before.delivered) expect(after.delivered).toBe(true);
      if (before.delivered && before.returned) expect(after.returned).toBe(true);
    }), { numRuns: 400 });
  });

  it('a network ACL deny numbered below every allow drops all traffic it matches at that boundary', () => {
    fc.assert(fc.property(networkArb, flowArb, fc.integer({ min: 0, max: 2 }), fc.constantFrom('inbound' as const, 'outbound' as const), (n, f, a, direction) => {
      const deny: NaclRule = { rule: 1, protocol: 'all', cidr: '0.0.0.0/0', action: 'deny' };
      const acl = n.networkAcls[a];
      if (!acl) return;
      const blocked = { ...n, networkAcls: n.networkAcls.map((x, i) => (i === a ? { ...x, [direction]: [...x[direction], deny] } : x)) };
      const t = traceFlow(blocked, f);
      expect(t.hops.some((h) => h.control.kind === 'network-acl' && h.control.document === acl.name && h.verdict === 'allow' && h.reason.startsWith(direction))).toBe(false);
      const crossed = t.hops.find((h) => h.control.document === acl.name && h.reason.startsWith(direction));
      if (crossed) expect(t.drop).toMatchObject({ document: acl.name, rule: '1' });
    }), { numRuns: 400 });
  });

  it('the trace is deterministic, and a dropped flow leaves no accepted reply behind', () => {
    fc.assert(fc.property(networkArb, flowArb, (n, f) => {
      const t = traceFlow(n, f);
      expect(traceFlow(structuredClone(n), { ...f })).toEqual(t);
      const rejects = t.flowLogs.filter((r) => r.action === 'REJECT');
      if (t.returned) expect(rejects).toEqual([]);
      expect(rejects.length).toBeLessThanOrEqual(1);
      if (rejects.length) expect(t.drop?.document ?? t.hops[t.drop?.hop ?? -1]?.control.kind).toBeDefined();
      expect(t.hops.every((h) => h.reason.length > 0)).toBe(true);
      if (!t.delivered || !t.returned) expect(t.drop).toBeDefined();
    }), { numRuns: 400 });
  });

  it('route lookup picks the longest matching prefix', () => {
    fc.assert(fc.property(networkArb, fc.constantFrom('203.0.113.10', '192.168.10.5', '192.168.20.5', '52.216.10.20', '8.8.8.8', '10.0.2.10'), (n, ip) => {
      for (const table of n.routeTables) {
        const chosen = lookupRoute(table, ip, n.topology.prefixLists);
        const lengths = table.routes.flatMap((r) => (r.destination.startsWith('pl-') ? n.topology.prefixLists.find((p) => p.id === r.destination)?.cidrs ?? [] : [r.destination]))
          .filter((c) => ipInCidr(ip, c)).map((c) => parseCidr(c)?.bits ?? -1);
        if (!lengths.length) expect(chosen).toBeNull();
        else {
          const best = Math.max(...lengths);
          const dest = chosen?.destination ?? '';
          const bits = dest.startsWith('pl-') ? Math.max(...(n.topology.prefixLists.find((p) => p.id === dest)?.cidrs ?? []).filter((c) => ipInCidr(ip, c)).map((c) => parseCidr(c)?.bits ?? -1)) : parseCidr(dest)?.bits;
          expect(bits).toBe(best);
        }
      }
    }), { numRuns: 200 });
  });

  it('the fixture\'s flows are unchanged by a round trip of the network through JSON', () => {
    fc.assert(fc.property(flowArb, (f) => { expect(works(JSON.parse(JSON.stringify(base)) as Network, f)).toBe(works(base, f)); }), { numRuns: 100 });
  });
});
