// Matching: a table `| Prompt | Answer | Why |` of 3 to 7 rows; the learner picks an answer for every prompt.
// Stored answer: one `pairId=answer` string per matched prompt (`p1`, `p2`, … by row), read and written only here.
import type { Table } from 'mdast';
import type { Inline } from '../../../content/model.ts';
import { seededShuffle } from '../../seeded-random.ts';
import { defineQuestionType, type Answer, type QuestionBase, type ReadInput, type TypeFields, type Verdict } from '../type-module.ts';

export interface MatchingPair {
  id: string;
  prompt: Inline[];
  answer: string;
  explanation: Inline[];
}

/** `answers`: every answer a prompt may take, each once (a table may use one for several prompts). */
export type MatchingQuestion = QuestionBase & { type: 'matching'; pairs: MatchingPair[]; answers: string[] };

/** The stored answer as a map from pair id to the answer chosen for it (entries without `=` are ignored). */
export function decodeMatching(a: Answer): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const entry of a) {
    const at = entry.indexOf('=');
    if (at > 0) chosen.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return chosen;
}

/** A map from pair id to answer, in the stored form (prompts without an answer are left out). */
export const encodeMatching = (chosen: ReadonlyMap<string, string>): Answer => [...chosen].filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`);

function parse({ block, reader }: ReadInput<'matching'>): TypeFields<MatchingQuestion> | null {
  const table = block as Table;
  const [head, ...rows] = table.children;
  const headers = head?.children.map((c) => reader.text(c).trim().toLowerCase()) ?? [];
  if (headers.join('|') !== 'prompt|answer|why') {
    reader.report(reader.lineOf(table), 'matching table needs the columns | Prompt | Answer | Why |');
    return null;
  }
  if (rows.length < 3 || rows.length > 7) {
    reader.report(reader.lineOf(table), `matching question needs 3 to 7 rows to be scored (found ${rows.length})`);
    return null;
  }
  const pairs: MatchingPair[] = [];
  const prompts = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const [prompt, answer, why] = row.children;
    const promptText = prompt ? reader.text(prompt).trim() : '';
    const answerText = answer ? reader.text(answer).trim() : '';
    if (!promptText || !answerText || !why || !reader.text(why).trim()) {
      reader.report(reader.lineOf(row), 'matching row needs a prompt, an answer and a why');
      continue;
    }
    if (prompts.has(promptText)) reader.report(reader.lineOf(row), `matching prompt "${promptText}" appears twice: it cannot be scored`);
    prompts.add(promptText);
    pairs.push({ id: `p${i + 1}`, prompt: reader.inlines(prompt?.children ?? []), answer: answerText, explanation: reader.inlines(why.children) });
  }
  if (pairs.length !== rows.length) return null;
  if (new Set(pairs.map((p) => p.answer)).size < 2) reader.report(reader.lineOf(table), 'matching question needs at least two different answers');
  return { pairs, answers: [...new Set(pairs.map((p) => p.answer))] };
}

export const matching = defineQuestionType<MatchingQuestion>({
  name: 'matching',
  types: ['matching'],
  read: {
    // The last table: a table in the stem comes before it.
    find: (nodes) => nodes.findLastIndex((n) => n.type === 'table'),
    missing: () => 'matching question has no table: write | Prompt | Answer | Why | rows',
    parse,
  },
  present: (q, seed) => ({ order: seededShuffle(q.pairs.map((p) => p.id), `${seed}:${q.id}`), answers: seededShuffle(q.answers, `${seed}:${q.id}:answers`) }),
  initialAnswer: () => [],
  isComplete: (q, a) => {
    const chosen = decodeMatching(a);
    return q.pairs.every((p) => Boolean(chosen.get(p.id)));
  },
  isCorrect: (q, a) => {
    const chosen = decodeMatching(a);
    return chosen.size === q.pairs.length && q.pairs.every((p) => chosen.get(p.id) === p.answer);
  },
  correctAnswer: (q) => encodeMatching(new Map(q.pairs.map((p) => [p.id, p.answer]))),
  // By pair id: right when the prompt got its answer; a prompt left unmatched is wrong.
  verdicts: (q, a) => {
    const chosen = decodeMatching(a);
    return new Map(q.pairs.map((p): [string, Verdict] => [p.id, { state: chosen.get(p.id) === p.answer ? 'right' : 'wrong', chosen: chosen.has(p.id), expected: p.answer }]));
  },
  pick: () => null,
  // The answer given for a prompt against its right answer is one pair.
  confusions: (q, a) =>
    [...decodeMatching(a)].flatMap(([pairId, given]) => {
      const right = q.pairs.find((p) => p.id === pairId)?.answer;
      return right && given && right !== given ? [[given, right] as [string, string]] : [];
    }),
});
