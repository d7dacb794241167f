import { describe, expect, it } from 'vitest';
import type { TopicSummary } from '@/content/model';
import { editDistance, suggestTopics } from './suggest';

const topic = (layer: TopicSummary['layer'], slug: string, title: string): TopicSummary => ({
  layer, slug, title, summary: '', services: [], tags: [], domains: ['detection'], skills: [], related: [], order: 1, hasDiagram: false, questionCount: 0,
});

const topics = [
  topic('presentation', 'kms-key-types', 'AWS KMS key types'),
  topic('presentation', 'aws-cloudhsm', 'AWS CloudHSM'),
  topic('application', 'aws-waf', 'AWS WAF'),
  topic('network', 'vpc-flow-logs', 'VPC Flow Logs'),
];

describe('suggestTopics', () => {
  it('computes edit distance', () => {
    expect(editDistance('kmss', 'kms')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests KMS for a mistyped /layers/presentation/kmss', () => {
    expect(suggestTopics('/layers/presentation/kmss', topics)[0]?.slug).toBe('kms-key-types');
  });

  it('suggests by title words and slugs', () => {
    expect(suggestTopics('/layers/network/flowlogs', topics)[0]?.slug).toBe('vpc-flow-logs');
    expect(suggestTopics('/waff', topics)[0]?.slug).toBe('aws-waf');
  });

  it('suggests nothing for nonsense', () => {
    expect(suggestTopics('/layers/zzzzqqqq', topics)).toEqual([]);
  });
});
