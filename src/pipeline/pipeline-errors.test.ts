// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCourse } from './course.ts';
import { formatIssue } from './issues.ts';
import type { SourceFile } from './load.ts';
import { checkDiagrams } from './mermaid-check.ts';

const LAYER = `---
title: Presentation
summary: Where data is encrypted.
services: [AWS KMS]
threats: [Eavesdropping]
---

## Overview

Text.
`;

const FRONT = `---
title: KMS
summary: Keys.
services: [AWS KMS]
domains: [data-protection]
order: 1
---
`;

const question = (body: string, meta = 'type: single\ndomain: data-protection\ndifficulty: easy\nteaches: #keys') => `
## Questions

### q-one

${meta}

Which one?

${body}`;

const GOOD_OPTIONS = `- [x] A

  Right.
- [ ] B

  Wrong.
- [ ] C

  Wrong.
- [ ] D

  Wrong.
`;

/** Compiles a layer overview plus one topic file and returns the formatted issues. */
function issuesFor(topic: string, extra: SourceFile[] = []): string[] {
  const files = [
    { path: 'content/06-presentation/_layer.md', text: LAYER },
    { path: 'content/06-presentation/kms.md', text: topic },
    ...extra,
  ];
  return compileCourse(files).issues.map(formatIssue);
}

describe('content errors are reported as file:line: message', () => {
  it('accepts a valid topic', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\nText.\n${question(GOOD_OPTIONS)}`)).toEqual([]);
  });

  it('an unknown skill in front matter, on its line', () => {
    const text = FRONT.replace('order: 1', 'order: 1\nskills: [5.2.1, 3.2.9]');
    expect(issuesFor(`${text}\n## Keys\n`)).toEqual(['content/06-presentation/kms.md:7: unknown skill 3.2.9']);
  });

  it('an unknown skill on a question, and a skill of another domain', () => {
    const meta = (skill: string) => `type: single\ndomain: data-protection\nskill: ${skill}\ndifficulty: easy\nteaches: #keys`;
    const body = (skill: string) => `${FRONT}\n## Keys\n\nText.\n${question(GOOD_OPTIONS, meta(skill))}`;
    const metaLine = body('5.2.1').split('\n').findIndex((l) => l.startsWith('skill:')) + 1;
    expect(issuesFor(body('5.2.1'))).toEqual([]);
    expect(issuesFor(body('5.9.9'))).toEqual([`content/06-presentation/kms.md:${metaLine}: unknown skill 5.9.9`]);
    expect(issuesFor(body('4.2.5'))).toEqual([
      `content/06-presentation/kms.md:${metaLine}: skill 4.2.5 belongs to the iam domain, but the question's domain is data-protection`,
    ]);
  });

  it('missing front matter', () => {
    expect(issuesFor('## Keys\n')).toEqual(['content/06-presentation/kms.md:1: missing front matter: the file must start with a --- block']);
  });

  it('unknown front matter key, on its own line', () => {
    const text = FRONT.replace('order: 1', 'order: 1\ncolour: red');
    expect(issuesFor(`${text}\n## Keys\n`)).toEqual(['content/06-presentation/kms.md:7: unknown front matter key "colour"']);
  });

  it('missing and mistyped front matter keys', () => {
    const text = FRONT.replace('summary: Keys.\n', '').replace('order: 1', 'order: first');
    expect(issuesFor(`${text}\n## Keys\n`)).toEqual([
      'content/06-presentation/kms.md:1: missing front matter key "summary"',
      'content/06-presentation/kms.md:5: front matter "order": Invalid input: expected number, received string',
    ]);
  });

  it('an unknown exam domain', () => {
    expect(issuesFor(`${FRONT.replace('data-protection', 'cooking')}\n## Keys\n`)[0]).toMatch(/^content\/06-presentation\/kms\.md:5: front matter "domains\.0": Invalid option/);
  });

  it('invalid YAML', () => {
    expect(issuesFor('---\ntitle: [unclosed\n---\n')[0]).toMatch(/^content\/06-presentation\/kms\.md:\d+: front matter is not valid YAML/);
  });

  it('a topic file named like a page every layer has', () => {
    const files = [
      { path: 'content/06-presentation/_layer.md', text: LAYER },
      { path: 'content/06-presentation/cheat-sheet.md', text: `${FRONT}\n## Keys\n` },
    ];
    expect(compileCourse(files).issues.map(formatIssue)).toEqual([
      'content/06-presentation/cheat-sheet.md:1: topic file name "cheat-sheet.md" is taken by a page of every layer (/layers/<layer>/cheat-sheet): rename the file',
    ]);
  });

  it('duplicate heading ids', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\n## Keys\n`)).toEqual(['content/06-presentation/kms.md:11: duplicate heading id "#keys" (first used on line 9)']);
  });

  it('a link to a topic that does not exist', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\nSee [it](missing.md).\n`)).toEqual([
      'content/06-presentation/kms.md:11: link to topic "presentation/missing", which does not exist',
    ]);
  });

  it('a link to a heading that does not exist', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\nSee [it](#nowhere).\n`)).toEqual([
      'content/06-presentation/kms.md:11: link to "#nowhere", which is not a heading of topic "presentation/kms"',
    ]);
  });

  it('links that are neither relative nor https', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\n[a](http://example.com) [b](javascript:alert(1)) [c](/layers/x)\n`)).toEqual([
      'content/06-presentation/kms.md:11: link "http://example.com" is not allowed: use https:// or a relative path to a .md file',
      'content/06-presentation/kms.md:11: link "javascript:alert(1)" is not allowed: use https:// or a relative path to a .md file',
      'content/06-presentation/kms.md:11: link "/layers/x" must be a relative path to a .md file, e.g. other-topic.md#heading',
    ]);
  });

  it('raw HTML, block and inline', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\n<div>x</div>\n\nA <b>bold</b> word.\n`)).toEqual([
      'content/06-presentation/kms.md:11: raw HTML is not allowed: <div>x</div>',
      'content/06-presentation/kms.md:13: raw HTML is not allowed: <b>',
      'content/06-presentation/kms.md:13: raw HTML is not allowed: </b>',
    ]);
  });

  it('a mermaid block without a title', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n\n\`\`\`mermaid\nflowchart LR\n  A-->B\n\`\`\`\n`)).toEqual([
      'content/06-presentation/kms.md:11: mermaid diagram needs a title: ```mermaid title="What it shows"',
    ]);
  });

  it('a question with no correct option', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS.replace('[x]', '[ ]'))}`)).toEqual([
      'content/06-presentation/kms.md:13: question has no correct option: mark one with - [x]',
    ]);
  });

  it('a multiple-choice question with two correct options', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS.replace('- [ ] B', '- [x] B'))}`)).toEqual([
      'content/06-presentation/kms.md:13: multiple-choice question has 2 correct options: mark exactly one, or use type: multiple',
    ]);
  });

  it('a multiple-response stem whose "Choose N" does not match', () => {
    const meta = 'type: multiple\ndomain: data-protection\ndifficulty: easy\nteaches: #keys';
    const text = `${FRONT}\n## Keys\n${question(GOOD_OPTIONS.replace('- [ ] B', '- [x] B').replace('- [ ] C', '- [x] C'), meta)}`.replace('Which one?', 'Which ones? (Choose two.)');
    expect(issuesFor(text)).toEqual(['content/06-presentation/kms.md:13: stem says "Choose two" but 3 options are marked correct']);
  });

  it('an option without an explanation', () => {
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS.replace('- [ ] D\n\n  Wrong.\n', '- [ ] D\n'))}`)).toEqual([
      'content/06-presentation/kms.md:31: option "D" has no explanation: add an indented paragraph after a blank line',
    ]);
  });

  it('an ordering question that cannot be scored', () => {
    const meta = 'type: ordering\ndomain: data-protection\ndifficulty: easy\nteaches: #keys';
    expect(issuesFor(`${FRONT}\n## Keys\n${question('1. First\n\n   Because.\n2. Second\n\n   Then.\n', meta)}`)).toEqual([
      'content/06-presentation/kms.md:22: ordering question needs 3 to 5 steps to be scored (found 2)',
    ]);
  });

  it('a matching question with a repeated prompt', () => {
    const meta = 'type: matching\ndomain: data-protection\ndifficulty: easy\nteaches: #keys';
    const table = '| Prompt | Answer | Why |\n| --- | --- | --- |\n| A | X | a |\n| A | Y | b |\n| C | Z | c |\n';
    expect(issuesFor(`${FRONT}\n## Keys\n${question(table, meta)}`)).toEqual([
      'content/06-presentation/kms.md:25: matching prompt "A" appears twice: it cannot be scored',
    ]);
  });

  it('question metadata: unknown type and a teaches that points nowhere', () => {
    const meta = 'type: essay\ndomain: data-protection\ndifficulty: easy\nteaches: #nowhere';
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS, meta)}`)).toEqual([
      'content/06-presentation/kms.md:15: question metadata "type": Invalid option: expected one of "single"|"multiple"|"ordering"|"matching"',
    ]);
    const meta2 = 'type: single\ndomain: data-protection\ndifficulty: easy\nteaches: #nowhere';
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS, meta2)}`)).toEqual([
      'content/06-presentation/kms.md:18: link to "#nowhere", which is not a heading of topic "presentation/kms"',
    ]);
  });

  it('a duplicate question id across files', () => {
    const other = { path: 'content/06-presentation/acm.md', text: `${FRONT.replace('KMS', 'ACM')}\n## Keys\n${question(GOOD_OPTIONS)}` };
    expect(issuesFor(`${FRONT}\n## Keys\n${question(GOOD_OPTIONS)}`, [other])).toEqual([
      'content/06-presentation/acm.md:13: duplicate question id "q-one" (also in content/06-presentation/kms.md)',
    ]);
  });

  it('a related topic that does not exist', () => {
    expect(issuesFor(`${FRONT.replace('order: 1', 'order: 1\nrelated: [network/vpc]')}\n## Keys\n`)).toEqual([
      'content/06-presentation/kms.md:7: related topic "network/vpc" does not exist',
    ]);
  });

  it('a mermaid diagram that mermaid cannot parse, at the line it blames', async () => {
    const text = `${FRONT}\n## Keys\n\n\`\`\`mermaid title="Broken"\nflowchart LR\n  A --> B\n  B --> (((\n\`\`\`\n`;
    const course = compileCourse([
      { path: 'content/06-presentation/_layer.md', text: LAYER },
      { path: 'content/06-presentation/kms.md', text },
    ]);
    const issues = (await checkDiagrams(course.diagrams)).map(formatIssue);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/06-presentation\/kms\.md:14: mermaid diagram "Broken" does not parse: Parse error on line 3/);
  });

  it('a valid mermaid diagram passes', async () => {
    const issues = await checkDiagrams([{ file: 'x.md', line: 1, title: 'ok', source: 'sequenceDiagram\n  A->>B: hi' }]);
    expect(issues).toEqual([]);
  });
});
