// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipInRange, parseIp } from './ip-address.ts';

describe('ipInRange', () => {
  it.each([
    ['203.0.113.7', '203.0.113.0/24', true],
    ['203.0.114.7', '203.0.113.0/24', false],
    ['10.1.2.3', '10.1.2.3', true],
    ['10.1.2.3', '0.0.0.0/0', true],
    ['2001:db8::1', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.0/120', true],
    ['10.1.2.3', '2001:db8::/32', false],
    ['10.1.2.300', '10.0.0.0/8', false],
    ['10.1.2.3', '10.0.0.0/33', false],
    ['10.1.2.3', '10.0.0.0/8/1', false],
  ])('%s in %s is %s', (ip, range, expected) => {
    expect(ipInRange(ip, range)).toBe(expected);
  });

  it('parses the full and compressed forms of IPv6 alike', () => {
    expect(parseIp('2001:0db8:0000:0000:0000:0000:0000:0001')).toEqual(parseIp('2001:db8::1'));
    expect(parseIp('1:2:3:4:5:6:7')).toBeNull();
    expect(parseIp('1::2::3')).toBeNull();
  });

  it('puts every IPv4 address in its own /32 and in 0.0.0.0/0', () => {
    fc.assert(fc.property(fc.ipV4(), (ip) => {
      expect(ipInRange(ip, `${ip}/32`)).toBe(true);
      expect(ipInRange(ip, '0.0.0.0/0')).toBe(true);
    }));
  });
});
