// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCourse } from './course.ts';
import { formatIssue } from './issues.ts';
import type { SourceFile } from './load.ts';

const LAYER: SourceFile = {
  path: 'content/05-session/_layer.md',
  text: '---\ntitle: Session\nsummary: Who is asking.\nservices: [AWS IAM]\nthreats: [Stolen keys]\n---\n\nText.\n',
};
const TOPIC: SourceFile = {
  path: 'content/05-session/policy-evaluation.md',
  text: '---\ntitle: Policy evaluation\nsummary: How AWS decides.\nservices: [AWS IAM]\ndomains: [iam]\norder: 1\nskills: [4.2.3]\n---\n\n## The evaluation order\n\nDeny first.\n',
};

const request = {
  principal: { type: 'user', arn: 'arn:aws:iam::111122223333:user/alice', account: '111122223333' },
  action: 's3:GetObject',
  resource: { arn: 'arn:aws:s3:::reports/q3.csv', account: '111122223333' },
  context: {},
};
const allowGet = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] };
const empty = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] };

interface Parts {
  front?: string;
  setup?: unknown;
  goal?: unknown;
  solution?: unknown;
  debrief?: string;
  extra?: string;
}

function scenario(parts: Parts = {}, path = 'content/labs/policy/read-reports.md'): SourceFile {
  const front = parts.front ?? 'title: Read the reports\nsummary: Let Alice read.\nskills: [4.2.3]\nteaches: [session/policy-evaluation#the-evaluation-order]\norder: 1';
  const block = (name: string, value: unknown) => (value === undefined ? '' : `\`\`\`${name}\n${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n\`\`\`\n\n`);
  const setup = parts.setup ?? { request, policies: [{ id: 'alice', kind: 'identity', name: 'AliceAccess', document: empty }] };
  const goal = parts.goal ?? { kind: 'allow', probes: [{ label: 'Deleting stays denied', change: { action: 's3:DeleteObject' } }] };
  const solution = parts.solution ?? { policies: [{ id: 'alice', document: allowGet }] };
  return {
    path,
    text: `---\n${front}\n---\n\nAlice must read the reports.\n\n${parts.extra ?? ''}${block('lab-setup', setup)}${block('lab-goal', goal)}${block('lab-solution', solution)}${parts.debrief ?? '## Debrief\n\nAn Allow in her identity policy is enough [see](../../05-session/policy-evaluation.md#the-evaluation-order).\n'}`,
  };
}

const compile = (...labs: SourceFile[]) => compileCourse([LAYER, TOPIC, ...labs]);
const messages = (...labs: SourceFile[]) => compile(...labs).issues.map(formatIssue);

describe('lab scenarios in the content pipeline', () => {
  it('compiles a valid scenario, with its solved state, and links the topic back to it', () => {
    const course = compile(scenario());
    expect(course.issues).toEqual([]);
    expect(course.labs).toHaveLength(1);
    const [lab] = course.labs;
    expect(lab).toMatchObject({ lab: 'policy', slug: 'read-reports', goal: { kind: 'allow' }, teaches: [{ topicTitle: 'Policy evaluation', sectionTitle: 'The evaluation order' }] });
    expect(JSON.stringify(lab?.solution)).toContain('s3:GetObject');
    expect(course.topics.get('session/policy-evaluation')?.labs).toEqual([{ lab: 'policy', slug: 'read-reports', title: 'Read the reports', section: 'the-evaluation-order' }]);
  });

  it('fails a setup that already meets the goal', () => {
    const setup = { request, policies: [{ id: 'alice', kind: 'identity', name: 'AliceAccess', document: allowGet }] };
    expect(messages(scenario({ setup }))).toEqual([expect.stringMatching(/read-reports\.md:\d+: lab-goal: the setup already meets the goal/)]);
  });

  it('fails a solution that does not meet the goal, naming the failing check', () => {
    const lazy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    expect(messages(scenario({ solution: { policies: [{ id: 'alice', document: lazy }] } }))).toEqual([
      expect.stringMatching(/lab-solution does not meet the goal \(Deleting stays denied: expected denied, got allowed\)/),
    ]);
  });

  it('reports invalid JSON at its line in the file, and a policy the engine rejects by document and line', () => {
    const bad = messages(scenario({ goal: '{ "kind": "allow", }' }));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/read-reports\.md:(\d+): lab-goal: invalid JSON/);
    const file = scenario({ goal: '{ "kind": "allow", }' });
    const line = Number(/:(\d+):/.exec(bad[0] ?? '')?.[1]);
    expect(file.text.split('\n')[line - 1]).toContain('"kind": "allow", }');
    const typo = { request, policies: [{ id: 'alice', kind: 'identity', name: 'AliceAccess', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Actions: 's3:*', Resource: '*' }] } }] };
    expect(messages(scenario({ setup: typo }))).toEqual([
      expect.stringMatching(/lab-setup: document "alice" line 6, column 7: statement 0: unknown element "Actions"/),
      expect.stringMatching(/lab-setup: document "alice" line 4, column 5: statement 0: Action or NotAction is required/),
    ]);
  });

  it('checks front matter, teaches targets, blocks and the debrief', () => {
    expect(messages(scenario({ front: 'title: X\nsummary: Y\nskills: [9.9.9]\nteaches: [session/policy-evaluation#the-evaluation-order]\norder: 1' }))).toEqual([expect.stringMatching(/unknown skill 9\.9\.9/)]);
    expect(messages(scenario({ front: 'title: X\nsummary: Y\nskills: [4.2.3]\nteaches: [session/policy-evaluation#no-such]\norder: 1' }))).toEqual([expect.stringMatching(/teaches "session\/policy-evaluation#no-such": "#no-such" is not a section/)]);
    expect(messages(scenario({ front: 'title: X\nsummary: Y\nskills: [4.2.3]\nteaches: [session/nothing#x]\norder: 1' }))).toEqual([expect.stringMatching(/topic "session\/nothing" does not exist/)]);
    expect(messages(scenario({ debrief: '' }))).toEqual([expect.stringMatching(/needs a "## Debrief" section/)]);
    expect(messages(scenario({ extra: '```lab-goal\n{"kind":"allow","probes":[]}\n```\n\n' }))).toEqual([expect.stringMatching(/a second ```lab-goal block/)]);
    expect(messages(scenario({ debrief: '## Debrief\n\n[broken](../../05-session/missing.md)\n' }))).toEqual([expect.stringMatching(/link to topic "session\/missing", which does not exist/)]);
    expect(messages(scenario({}, 'content/labs/dns/x.md'))).toEqual(['content/labs/dns/x.md:1: a lab scenario lives at labs/policy/<slug>.md or labs/network/<slug>.md']);
  });

  it('a find goal must have exactly one deciding statement, and the solution must name it', () => {
    const denyTwice = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:Get*', Resource: '*' }] };
    const denyOnce = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:Get*', Resource: '*' }] };
    const setup = (doc: object) => ({ request, policies: [{ id: 'alice', kind: 'identity', name: 'AliceAccess', document: doc }] });
    const goal = { kind: 'find' };
    expect(messages(scenario({ setup: setup(denyOnce), goal, solution: { pick: { document: 'AliceAccess', rule: '1' } } }))).toEqual([]);
    expect(messages(scenario({ setup: setup(denyOnce), goal, solution: { pick: { document: 'AliceAccess', rule: '0' } } }))).toEqual([expect.stringMatching(/the rule that decides is AliceAccess 1, not AliceAccess 0/)]);
    expect(messages(scenario({ setup: setup(denyTwice), goal, solution: { pick: { document: 'AliceAccess', rule: '0' } } }))).toEqual([expect.stringMatching(/more than one answer/)]);
    expect(messages(scenario({ setup: setup(allowGet), goal, solution: { pick: { document: 'AliceAccess', rule: '0' } } }))).toEqual([expect.stringMatching(/there is no rule to find/)]);
  });
});
