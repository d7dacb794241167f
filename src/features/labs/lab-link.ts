// A lab's whole state travels in its URL (`?state=…`): JSON, deflated (the browser's own CompressionStream, so no
// library), base64url. Opening a link never trusts it: length, alphabet, inflated size, nesting, dangerous keys
// and the lab's schema are checked in that order, and a refusal is a message, never a change.
import { parseUntrustedJson } from '@/shared/untrusted-json';

/** The query parameter that carries the state. */
export const STATE_PARAM = 'state';
/**
 * Longest encoded state accepted (characters). Many servers and proxies refuse request lines over 8 KB; the
 * largest scenario, solved, encodes to a fraction of this (lab-link.test.ts checks every one).
 */
export const MAX_LINK_CHARS = 7_000;
/** Largest inflated state accepted (bytes): a deflate bomb stops here. */
export const MAX_STATE_BYTES = 256 * 1024;
/** A lab state nests request → context → value list, policy → … at most this deep (the text is a string). */
const MAX_DEPTH = 8;
const VERSION = '1.';

export type DecodedState<S> = { ok: true; state: S } | { ok: false; message: string };

interface Schema<S> {
  safeParse(value: unknown): { success: true; data: S } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const pipe = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream) =>
  new Blob([bytes as BlobPart]).stream().pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);

/** The state as the value of the `state` parameter. */
export async function encodeLabState(state: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const packed = await readAll(pipe(json, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return VERSION + toBase64Url(packed ?? new Uint8Array());
}

/** Reads a `state` parameter back, or says why it was refused. */
export async function decodeLabState<S>(param: string, schema: Schema<S>): Promise<DecodedState<S>> {
  if (param.length > MAX_LINK_CHARS) return { ok: false, message: `The link's lab state is ${param.length.toLocaleString('en')} characters long; at most ${MAX_LINK_CHARS.toLocaleString('en')} are accepted.` };
  if (!param.startsWith(VERSION) || !/^[A-Za-z0-9_-]*$/.test(param.slice(VERSION.length))) {
    return { ok: false, message: 'The link\'s lab state is not one this app writes (it may have been cut short or changed).' };
  }
  let json: Uint8Array | null;
  try {
    json = await readAll(pipe(fromBase64Url(param.slice(VERSION.length)), new DecompressionStream('deflate-raw')), MAX_STATE_BYTES);
  } catch {
    return { ok: false, message: 'The link\'s lab state is damaged: it does not unpack.' };
  }
  if (!json) return { ok: false, message: `The link's lab state unpacks to more than ${MAX_STATE_BYTES / 1024} KB, far more than a lab holds.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return { ok: false, message: 'The link\'s lab state is not text.' };
  }
  const parsed = parseUntrustedJson(text, MAX_DEPTH);
  if (!parsed.ok) {
    const why = parsed.problem === 'forbidden-key' ? `it has a "${parsed.key ?? ''}" key` : parsed.problem === 'too-deep' ? 'it nests far deeper than a lab does' : 'it is not valid JSON';
    return { ok: false, message: `The link's lab state was refused: ${why}.` };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? ` (at ${first.path.map(String).join('.')})` : '';
    return { ok: false, message: `The link's lab state does not fit this lab: ${first?.message ?? 'invalid'}${where}.` };
  }
  return { ok: true, state: result.data };
}
