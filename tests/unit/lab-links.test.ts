// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/pipeline/course';
import { loadContent } from '../../src/pipeline/load';
import { decodeLabState, encodeLabState, MAX_LINK_CHARS } from '../../src/features/labs/lab-link';
import { LABS } from '../../src/lab-engines/labs';

describe('the course\'s lab scenarios in links', () => {
  it('every scenario, as it starts and as solved, fits in a link with room to spare, and comes back intact', async () => {
    const scenarios = compileCourse(loadContent('content')).labs;
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    let longest = 0;
    for (const s of scenarios) {
      for (const state of [s.setup, 'state' in s.solution ? s.solution.state : s.setup]) {
        const param = await encodeLabState(state);
        longest = Math.max(longest, param.length);
        expect(await decodeLabState(param, LABS[s.lab].stateSchema)).toEqual({ ok: true, state });
      }
    }
    expect(longest).toBeLessThan(MAX_LINK_CHARS / 2);
  });
});

describe('the topics the labs practise', () => {
  it('link to their scenarios: policy evaluation, STS, key policies, SCPs and RCPs, S3 encryption, Secrets Manager, VPC endpoints, security groups and network ACLs, route tables', () => {
    const { topics } = compileCourse(loadContent('content'));
    const labsOf = (key: string) => (topics.get(key)?.labs ?? []).map((l) => l.lab);
    const wanted: [string, 'policy' | 'network'][] = [
      ['session/policy-evaluation', 'policy'],
      ['session/aws-sts', 'policy'],
      ['presentation/kms-key-policies', 'policy'],
      ['across-the-stack/organization-policies', 'policy'],
      ['presentation/s3-encryption', 'policy'],
      ['application/secrets-manager', 'policy'],
      ['network/vpc-endpoints-privatelink', 'policy'],
      ['network/vpc-endpoints-privatelink', 'network'],
      ['network/security-groups-vs-nacls', 'network'],
      ['network/route-tables-and-gateways', 'network'],
    ];
    for (const [topic, lab] of wanted) expect(labsOf(topic), topic).toContain(lab);
  });
});
