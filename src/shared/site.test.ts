import { describe, expect, it } from 'vitest';
import { repositoryWebUrl } from './repository-url';
import { mistakeReport, reportMistakeUrl } from './site';

describe('where mistakes are reported', () => {
  it('reads package.json repository in its usual spellings', () => {
    for (const value of ['acme/course', 'github:acme/course', 'https://github.com/acme/course', 'git+https://github.com/acme/course.git', 'git@github.com:acme/course.git', { type: 'git', url: 'https://github.com/acme/course.git' }]) {
      expect(repositoryWebUrl(value), JSON.stringify(value)).toBe('https://github.com/acme/course');
    }
  });

  it('has no repository when package.json names none, or one that is not on GitHub', () => {
    for (const value of [undefined, '', 'https://gitlab.com/acme/course', { type: 'git' }]) expect(repositoryWebUrl(value)).toBeNull();
  });

  it('puts the question, its link and the learner\'s note in the report and the issue form', () => {
    const report = mistakeReport('l3-x', 'https://example.org/questions/l3-x', 'Option B is right too');
    expect(report.body).toContain('`l3-x`');
    expect(report.body).toContain('https://example.org/questions/l3-x');
    expect(report.body).toContain('Option B is right too');
    const url = new URL(reportMistakeUrl('https://github.com/acme/course', report));
    expect(url.pathname).toBe('/acme/course/issues/new');
    expect(url.searchParams.get('body')).toBe(report.body);
  });
});
