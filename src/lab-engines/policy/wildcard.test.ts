// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arnMatch, literalTokens, matchTokens, wildcardMatch, wildcardTokens } from './wildcard.ts';

describe('wildcardMatch', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true, true],
    ['s3:get*', 's3:GetObject', true, true],
    ['s3:get*', 's3:GetObject', false, false],
    ['s3:?etObject', 's3:GetObject', true, true],
    ['s3:?etObject', 's3:etObject', true, false],
    ['*', '', false, true],
    ['arn:aws:s3:::*log*', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/x', false, true],
    ['arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/a', false, false],
    ['a*b*c', 'aXXbYYc', false, true],
    ['a*b*c', 'aXXbYY', false, false],
  ])('%s ~ %s (ignore case %s) is %s', (pattern, value, ignoreCase, expected) => {
    expect(wildcardMatch(pattern, value, ignoreCase)).toBe(expected);
  });

  it('treats substituted text as literal', () => {
    expect(matchTokens(literalTokens('a*'), 'abc', false)).toBe(false);
    expect(matchTokens(literalTokens('a*'), 'a*', false)).toBe(true);
  });

  it('matches every string against itself and against "*", and is fast on hostile patterns', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(matchTokens(literalTokens(s), s, false)).toBe(true);
      expect(wildcardMatch('*', s, false)).toBe(true);
    }));
    const started = Date.now();
    expect(matchTokens(wildcardTokens(`${'*a'.repeat(200)}b`), 'a'.repeat(5000), false)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('arnMatch (ArnLike / ArnEquals)', () => {
  it.each([
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::111122223333:role/AdminOps', true],
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::111122223333:user/AdminOps', false],
    ['arn:aws:iam::111122223333:*', 'arn:aws:iam::111122223333:role/a:b', true],
    ['arn:aws:*:*:*:*', 'not-an-arn', false],
    // Each component separately: a * in the account part does not reach into the region.
    ['arn:aws:s3:*:111122223333:x', 'arn:aws:s3:us-east-1:1:111122223333:x', false],
  ])('%s ~ %s is %s', (pattern, value, expected) => {
    expect(arnMatch(wildcardTokens(pattern), value)).toBe(expected);
  });
});
