/** A parsed IP address: family and value as a bigint (32 or 128 bits). */
export interface IpValue {
  family: 4 | 6;
  value: bigint;
}

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let out = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    out = (out << 8n) | BigInt(p);
  }
  return out;
}

function parseV6(text: string): bigint | null {
  let body = text;
  if (body.includes('.')) {
    const cut = body.lastIndexOf(':');
    const v4 = parseV4(body.slice(cut + 1));
    if (v4 === null) return null;
    body = `${body.slice(0, cut + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const group = (s: string) => (s === '' ? [] : s.split(':'));
  const head = group(halves[0] ?? '');
  const rest = halves.length === 2 ? group(halves[1] ?? '') : [];
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const fill = Array<string>(halves.length === 2 ? 8 - given : 0).fill('0');
  let out = 0n;
  for (const g of [...head, ...fill, ...rest]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    out = (out << 16n) | BigInt(parseInt(g, 16));
  }
  return out;
}

/** Parses an IPv4 or IPv6 address, or returns null. */
export function parseIp(text: string): IpValue | null {
  if (text.includes(':')) {
    const v = parseV6(text);
    return v === null ? null : { family: 6, value: v };
  }
  const v = parseV4(text);
  return v === null ? null : { family: 4, value: v };
}

/**
 * Whether `address` is inside `range` (CIDR, or a bare address meaning /32 or /128), as the
 * IpAddress operator compares `aws:SourceIp`. Invalid input never matches.
 */
export function ipInRange(address: string, range: string): boolean {
  const ip = parseIp(address);
  const [base, bits, extra] = range.split('/');
  const net = parseIp(base ?? '');
  if (!ip || !net || extra !== undefined || ip.family !== net.family) return false;
  const width = ip.family === 4 ? 32 : 128;
  const prefix = bits === undefined ? width : /^\d{1,3}$/.test(bits) ? Number(bits) : -1;
  if (prefix < 0 || prefix > width) return false;
  const shift = BigInt(width - prefix);
  return ip.value >> shift === net.value >> shift;
}
