// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { policyLabStateSchema, type PolicyLabState } from '@/lab-engines/policy-lab';
import { decodeLabState, encodeLabState, MAX_LINK_CHARS, MAX_STATE_BYTES } from './lab-link';

const state: PolicyLabState = {
  request: {
    principal: { type: 'user', arn: 'arn:aws:iam::111122223333:user/alice', account: '111122223333' },
    action: 's3:GetObject',
    resource: { arn: 'arn:aws:s3:::reports/q3.csv', account: '111122223333' },
    context: { 'aws:SecureTransport': true, 'aws:TagKeys': ['team'] },
  },
  policies: [{ id: 'alice', kind: 'identity', name: 'AliceAccess', text: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}' }],
};

/** What a hand-made link carries: any bytes, deflated and encoded as the app does. */
async function pack(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `1.${Buffer.from(bytes).toString('base64url')}`;
}

describe('a lab state in a link', () => {
  it('round-trips, and is URL-safe', async () => {
    const param = await encodeLabState(state);
    expect(param).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLabState(param, policyLabStateSchema)).toEqual({ ok: true, state });
  });

  it('refuses an oversized, foreign, damaged or bomb link with a message', async () => {
    const refused = async (param: string) => {
      const r = await decodeLabState(param, policyLabStateSchema);
      return r.ok ? 'accepted' : r.message;
    };
    expect(await refused('1.' + 'A'.repeat(MAX_LINK_CHARS))).toMatch(/characters long/);
    expect(await refused('eyJhIjoxfQ')).toMatch(/not one this app writes/);
    expect(await refused('1.<script>')).toMatch(/not one this app writes/);
    expect(await refused('1.AAAA')).toMatch(/damaged|not valid JSON/);
    expect(await refused(await pack(' '.repeat(MAX_STATE_BYTES + 10)))).toMatch(/more than 256 KB/);
    expect(await refused(await pack('{"request":{"__proto__":{"polluted":true}}}'))).toMatch(/"__proto__" key/);
    expect(await refused(await pack('['.repeat(50) + ']'.repeat(50)))).toMatch(/nests far deeper/);
    expect(await refused(await pack(JSON.stringify({ ...state, policies: [{ ...state.policies[0], kind: 'magic' }] })))).toMatch(/does not fit this lab.*policies\.0\.kind/);
    expect(await refused(await pack(JSON.stringify({ ...state, extra: 1 })))).toMatch(/does not fit this lab/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
