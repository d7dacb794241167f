// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { requestContext } from './request.ts';
import { user, roleSession, request } from './test-support.ts';
import { resolveVariables } from './variables.ts';
import { matchTokens } from './wildcard.ts';

const ctx = requestContext(request(user('111122223333', 'carlos'), 's3:GetObject', 'arn:aws:s3:::b/k', '111122223333', {
  'aws:PrincipalTag/team': 'blue', 'aws:TagKeys': ['a', 'b'],
}));

describe('resolveVariables', () => {
  it('substitutes aws:username, tags (key names case-insensitively) and aws:PrincipalAccount', () => {
    const r = resolveVariables('arn:aws:s3:::home/${aws:username}/${aws:principaltag/TEAM}/${aws:PrincipalAccount}/*', ctx, true);
    expect(r.ok && r.text).toBe('arn:aws:s3:::home/carlos/blue/111122223333/*');
    expect(r.ok && matchTokens(r.tokens, 'arn:aws:s3:::home/carlos/blue/111122223333/file', false)).toBe(true);
  });

  it('makes ${*}, ${?} and ${$} literal characters', () => {
    const r = resolveVariables('a${*}b${?}${$}', ctx, true);
    expect(r.ok && r.text).toBe('a*b?$');
    expect(r.ok && matchTokens(r.tokens, 'aXb?$', false)).toBe(false);
    expect(r.ok && matchTokens(r.tokens, 'a*b?$', false)).toBe(true);
  });

  it('uses the default value when the key is absent, and otherwise reports the missing key', () => {
    expect(resolveVariables("x/${aws:PrincipalTag/dept, 'none'}", ctx, true)).toMatchObject({ ok: true, text: 'x/none' });
    expect(resolveVariables('x/${aws:PrincipalTag/dept}', ctx, true)).toMatchObject({ ok: false, variable: 'aws:PrincipalTag/dept', why: expect.stringMatching(/matches nothing/) });
    expect(resolveVariables('x/${aws:TagKeys}', ctx, true)).toMatchObject({ ok: false, why: expect.stringMatching(/multivalued/) });
  });

  it('leaves ${...} as text under Version 2008-10-17', () => {
    expect(resolveVariables('x/${aws:username}', ctx, false)).toMatchObject({ ok: true, text: 'x/${aws:username}' });
  });

  it('has no aws:username for a role session, and aws:PrincipalArn is the role ARN', () => {
    const role = requestContext(request(roleSession('111122223333', 'Dev', 's1'), 's3:GetObject', 'arn:aws:s3:::b', '111122223333'));
    expect(role('aws:username')).toBeUndefined();
    expect(role('AWS:PRINCIPALARN')).toEqual(['arn:aws:iam::111122223333:role/Dev']);
  });
});
