/** An IPv4 range: the network address as a 32-bit number and the prefix length. */
export interface Cidr {
  base: number;
  bits: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses a dotted IPv4 address to a 32-bit number, or null. (The lab is IPv4 only; IPv6 is reported as unsupported.) */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** Parses `a.b.c.d/n` to a range, or null. Host bits must be zero, as AWS rejects `10.0.1.5/24` in a route or rule. */
export function parseCidr(text: string): Cidr | null {
  const [address, bitsText, extra] = text.split('/');
  if (extra !== undefined || bitsText === undefined || !/^\d{1,2}$/.test(bitsText)) return null;
  const base = parseIpv4(address ?? '');
  const bits = Number(bitsText);
  if (base === null || bits > 32) return null;
  return base % 2 ** (32 - bits) === 0 ? { base, bits } : null;
}

/** Whether the address (a 32-bit number) is inside the range. */
export function inCidr(address: number, range: Cidr): boolean {
  const size = 2 ** (32 - range.bits);
  return address >= range.base && address < range.base + size;
}

/** Whether the dotted address is inside the CIDR text; invalid input never matches. */
export function ipInCidr(address: string, cidr: string): boolean {
  const ip = parseIpv4(address);
  const range = parseCidr(cidr);
  return ip !== null && range !== null && inCidr(ip, range);
}

/** Whether range `inner` lies wholly inside range `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.bits >= outer.bits && inCidr(inner.base, outer);
}

/** Whether two ranges share any address (for CIDR blocks, one then contains the other). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrWithin(a, b) || cidrWithin(b, a);
}
