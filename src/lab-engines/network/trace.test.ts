// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropRule } from './lab.ts';
import type { Trace } from './model.ts';
import { allowAll, fixture, flow, network } from './test-support.ts';
import { traceFlow } from './trace.ts';

const lines = (t: Trace) => t.flowLogs.map((r) => `${r.owner} ${r.srcaddr}:${r.srcport} ${r.dstaddr}:${r.dstport} ${r.action}`);
const kinds = (t: Trace) => t.hops.map((h) => `${h.leg} ${h.control.kind} ${h.verdict}`);
const app = (routes: unknown[]) => ({ routes: [{ destination: '10.0.0.0/16', target: 'local' }, ...routes] });

describe('security groups against network ACLs', () => {
  it('an inbound request allowed by both, whose reply the stateless ACL drops: ACCEPT in, REJECT for the reply', () => {
    const acl = { inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }], outbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }] };
    const t = traceFlow(network({ 'acl-public': acl }), flow('admin-laptop', 'web'));
    expect([t.delivered, t.returned]).toEqual([true, false]);
    expect(t.hops.find((h) => h.leg === 'back' && h.control.kind === 'security-group')?.reason).toMatch(/stateful/);
    expect(dropRule(t)).toEqual({ document: 'public-acl', rule: '*' });
    expect(t.hops[t.drop?.hop ?? -1]?.reason).toMatch(/stateless/);
    expect(lines(t)).toEqual(['web 203.0.113.50:49152 10.0.0.10:443 ACCEPT', 'web 10.0.0.10:443 203.0.113.50:49152 REJECT']);
  });

  it('the same ACL with an outbound rule for the ephemeral ports lets the reply out', () => {
    const acl = { inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }], outbound: [{ rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' }] };
    const t = traceFlow(network({ 'acl-public': acl }), flow('admin-laptop', 'web'));
    expect(t.returned).toBe(true);
    expect(lines(t)).toEqual(['web 203.0.113.50:49152 10.0.0.10:443 ACCEPT', 'web 10.0.0.10:443 203.0.113.50:49152 ACCEPT']);
  });

  it('a security group drop is a single REJECT and names no rule (security groups have no deny)', () => {
    const t = traceFlow(network(), flow('admin-laptop', 'web', 22));
    expect(t.delivered).toBe(false);
    expect(dropRule(t)).toBeUndefined();
    expect(lines(t)).toEqual(['web 203.0.113.50:49152 10.0.0.10:22 REJECT']);
  });

  it('network ACLs do not filter traffic between interfaces of one subnet', () => {
    const denyAll = { inbound: [], outbound: [] };
    const t = traceFlow(network({ 'acl-public': denyAll }), flow('bastion', 'web'));
    expect(t.returned).toBe(true);
    expect(t.hops.some((h) => h.control.kind === 'network-acl')).toBe(false);
  });
});

describe('network ACL rule order', () => {
  const acl = (denyNumber: number) => ({ ...allowAll, inbound: [{ rule: denyNumber, protocol: 'tcp', ports: '8080', cidr: '10.0.0.0/24', action: 'deny' }, { rule: 200, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }] });

  it('a lower-numbered deny wins over a later allow, and the request is logged as rejected where it arrives', () => {
    const t = traceFlow(network({ 'acl-app': acl(100) }), flow('web', 'app', 8080));
    expect(dropRule(t)).toEqual({ document: 'app-acl', rule: '100' });
    expect(lines(t)).toEqual(['web 10.0.0.10:49152 10.0.1.10:8080 ACCEPT', 'app 10.0.0.10:49152 10.0.1.10:8080 REJECT']);
  });

  it('the same deny numbered after the allow is never reached', () => {
    expect(traceFlow(network({ 'acl-app': acl(300) }), flow('web', 'app', 8080)).returned).toBe(true);
  });
});

describe('NAT gateway', () => {
  it('takes a private instance out and its reply back, with the records each interface writes', () => {
    const t = traceFlow(network(), flow('app', 'updates'));
    expect(t.returned).toBe(true);
    expect(kinds(t)).toContain('out nat-gateway pass');
    expect(lines(t)).toEqual([
      'app 10.0.1.10:49152 203.0.113.10:443 ACCEPT', 'nat-a 10.0.1.10:49152 10.0.0.5:443 ACCEPT', 'nat-a 10.0.0.5:49152 203.0.113.10:443 ACCEPT',
      'nat-a 203.0.113.10:443 10.0.0.5:49152 ACCEPT', 'nat-a 10.0.0.5:443 10.0.1.10:49152 ACCEPT', 'app 203.0.113.10:443 10.0.1.10:49152 ACCEPT',
    ]);
  });

  it('the NAT subnet\'s ACL must let the reply in on the ephemeral port', () => {
    const acl = { inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }, { rule: 110, protocol: 'all', cidr: '10.0.0.0/16', action: 'allow' }], outbound: allowAll.outbound };
    const t = traceFlow(network({ 'acl-public': acl }), flow('app', 'updates'));
    expect([t.delivered, t.returned]).toEqual([true, false]);
    expect(dropRule(t)).toEqual({ document: 'public-acl', rule: '*' });
    expect(lines(t).at(-1)).toBe('nat-a 203.0.113.10:443 10.0.0.5:49152 REJECT');
  });

  it('nothing on the internet can open a connection to the private instance, nor to the NAT gateway', () => {
    const n = network();
    const toApp = traceFlow(n, flow('updates', 'app'));
    expect(toApp.delivered).toBe(false);
    expect(toApp.flowLogs).toEqual([]);
    const toNat = traceFlow(n, flow('updates', '198.51.100.5'));
    expect(toNat.delivered).toBe(false);
    expect(toNat.hops.at(-1)?.control.kind).toBe('nat-gateway');
  });
});

describe('internet gateway', () => {
  it('an instance in a public subnet without a public IP gets nothing back: the route decides the drop', () => {
    const t = traceFlow(network(), flow('worker', 'updates'));
    expect(t.delivered).toBe(false);
    expect(dropRule(t)).toEqual({ document: 'public-routes', rule: '0.0.0.0/0' });
    expect(lines(t)).toEqual(['worker 10.0.0.30:49152 203.0.113.10:443 ACCEPT']);
  });

  it('an inbound connection returns by the internet gateway it came in by, and is logged in and out on the instance', () => {
    const t = traceFlow(network(), flow('admin-laptop', 'web'));
    expect(kinds(t)).toEqual([
      'out internet-gateway pass', 'out network-acl allow', 'out security-group allow',
      'back security-group pass', 'back network-acl allow', 'back route-table pass', 'back internet-gateway pass',
    ]);
    expect(lines(t)).toEqual(['web 203.0.113.50:49152 10.0.0.10:443 ACCEPT', 'web 10.0.0.10:443 203.0.113.50:49152 ACCEPT']);
  });

  it('a reply routed to a NAT gateway instead of the internet gateway is dropped (asymmetric)', () => {
    const t = traceFlow(network({ 'rtb-public': app([{ destination: '0.0.0.0/0', target: 'nat-a' }]) }), flow('admin-laptop', 'web'));
    expect([t.delivered, t.returned]).toEqual([true, false]);
    expect(dropRule(t)).toEqual({ document: 'public-routes', rule: '0.0.0.0/0' });
  });
});

describe('routes', () => {
  it('the S3 gateway endpoint route (prefix list) beats the default route to the NAT gateway', () => {
    const t = traceFlow(network(), flow('app', 's3'));
    expect(t.returned).toBe(true);
    expect(t.hops.find((h) => h.control.kind === 'route-table')?.rule?.ref).toBe('pl-s3');
    expect(kinds(t)).not.toContain('out nat-gateway pass');
    expect(lines(t)).toEqual(['app 10.0.1.10:49152 52.216.10.20:443 ACCEPT', 'app 52.216.10.20:443 10.0.1.10:49152 ACCEPT']);
  });

  it('on an equal prefix length a CIDR route wins over a prefix-list route', () => {
    const routes = app([{ destination: '52.216.0.0/15', target: 'nat-a' }, { destination: 'pl-s3', target: 'vpce-s3' }]);
    const t = traceFlow(network({ 'rtb-app': routes }), flow('app', 's3'));
    expect(t.hops.find((h) => h.control.kind === 'route-table')?.rule?.ref).toBe('52.216.0.0/15');
  });

  it('longest prefix match: a more specific wrong route sends on-premises traffic to the internet gateway', () => {
    const routes = app([{ destination: '0.0.0.0/0', target: 'nat-a' }, { destination: '192.168.0.0/16', target: 'tgw-hub' }, { destination: '192.168.10.0/24', target: 'igw-main' }]);
    const t = traceFlow(network({ 'rtb-app': routes }), flow('app', 'ldap', 389));
    expect(t.delivered).toBe(false);
    expect(dropRule(t)).toEqual({ document: 'app-routes', rule: '192.168.10.0/24' });
    expect(traceFlow(network(), flow('app', '192.168.20.1', 389)).returned).toBe(true);
  });

  it('no route is a drop with no deciding rule; the flow log still shows the request accepted', () => {
    const t = traceFlow(network(), flow('db', 'updates'));
    expect(t.delivered).toBe(false);
    expect(t.drop?.reason).toMatch(/no route/);
    expect(dropRule(t)).toBeUndefined();
    expect(lines(t)).toEqual(['db 10.0.2.10:49152 203.0.113.10:443 ACCEPT']);
  });

  it('on-premises hosts reach the VPC through the transit gateway, and the reply must route back to it', () => {
    const sg = { ...(fixture()['sg-app']?.document as object), inbound: [{ protocol: 'tcp', ports: '22', source: '192.168.0.0/16' }] };
    expect(traceFlow(network({ 'sg-app': sg }), flow('ldap', 'app', 22)).returned).toBe(true);
    const t = traceFlow(network({ 'sg-app': sg, 'rtb-app': app([{ destination: '0.0.0.0/0', target: 'nat-a' }]) }), flow('ldap', 'app', 22));
    expect([t.delivered, t.returned]).toEqual([true, false]);
    expect(dropRule(t)).toEqual({ document: 'app-routes', rule: '0.0.0.0/0' });
  });
});

describe('security group references', () => {
  it('a rule naming another security group admits interfaces in that group and no one else', () => {
    const n = network();
    expect(traceFlow(n, flow('web', 'app', 8080)).returned).toBe(true);
    const t = traceFlow(n, flow('bastion', 'app', 8080));
    expect(t.delivered).toBe(false);
    expect(lines(t)).toEqual(['bastion 10.0.0.20:49152 10.0.1.10:8080 ACCEPT', 'app 10.0.0.20:49152 10.0.1.10:8080 REJECT']);
  });
});

describe('what is not modelled is said', () => {
  it('ICMP records carry ports 0 0; peering and hairpin flows are reported, not guessed', () => {
    const sg = { inbound: [{ protocol: 'icmp', source: '10.0.0.0/16' }], outbound: [{ protocol: 'all', destination: '0.0.0.0/0' }] };
    const ping = traceFlow(network({ 'sg-db': sg }), flow('app', 'db', 0, 'icmp'));
    expect(ping.returned).toBe(true);
    expect(ping.flowLogs.every((r) => r.srcport === 0 && r.dstport === 0 && r.protocol === 1)).toBe(true);
    const hairpin = traceFlow(network(), flow('app', '198.51.100.10'));
    expect(hairpin.hops.at(-1)?.verdict).toBe('unsupported');
    expect(hairpin.notModelled.length).toBeGreaterThan(0);
    expect(traceFlow(network(), flow('app', 'updates')).notModelled.join(' ')).toMatch(/source port/);
  });
});
