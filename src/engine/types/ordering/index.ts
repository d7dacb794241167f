// Ordering: an ordered list of 3 to 5 steps written in the right order, each with an indented explanation.
// Stored answer: the step ids (`s1`, `s2`, … in the Markdown's order) in the learner's order.
import type { List } from 'mdast';
import type { Block, Inline } from '../../../content/model.ts';
import { seededShuffle } from '../../seeded-random.ts';
import { defineQuestionType, readExplainedItem, type QuestionBase, type ReadInput, type TypeFields, type Verdict } from '../type-module.ts';

export interface OrderingStep {
  id: string;
  text: Inline[];
  explanation: Block[];
}

/** The steps are in the right order. */
export type OrderingQuestion = QuestionBase & { type: 'ordering'; steps: OrderingStep[] };

function parse({ block, reader }: ReadInput<'ordering'>): TypeFields<OrderingQuestion> | null {
  const list = block as List;
  const steps: OrderingStep[] = [];
  for (const [i, item] of list.children.entries()) {
    const parts = readExplainedItem(item, 'step', reader);
    if (parts) steps.push({ id: `s${i + 1}`, ...parts });
  }
  if (list.children.length < 3 || list.children.length > 5) {
    reader.report(reader.lineOf(list), `ordering question needs 3 to 5 steps to be scored (found ${list.children.length})`);
    return null;
  }
  const texts = steps.map((s) => JSON.stringify(s.text));
  if (new Set(texts).size !== texts.length) reader.report(reader.lineOf(list), 'ordering question has two identical steps: it cannot be scored');
  return steps.length === list.children.length ? { steps } : null;
}

const rightOrder = (q: OrderingQuestion): string[] => q.steps.map((s) => s.id);

export const ordering = defineQuestionType<OrderingQuestion>({
  name: 'ordering',
  types: ['ordering'],
  read: {
    // The last ordered list: an ordered list in the stem comes before it.
    find: (nodes) => nodes.findLastIndex((n) => n.type === 'list' && Boolean(n.ordered)),
    missing: () => 'ordering question has no steps: write them as an ordered list (1. 2. 3.) in the right order',
    parse,
  },
  present: (q, seed) => {
    const ids = rightOrder(q);
    let order = seededShuffle(ids, `${seed}:${q.id}`);
    // Never start in the right order: that would give the answer away.
    if (order.every((id, i) => id === ids[i])) order = [...order.slice(1), ...order.slice(0, 1)];
    return { order, answers: [] };
  },
  initialAnswer: (_q, p) => [...p.order],
  isComplete: (q, a) => a.length === q.steps.length,
  isCorrect: (q, a) => a.length === q.steps.length && q.steps.every((s, i) => a[i] === s.id),
  correctAnswer: rightOrder,
  // By step id: right when the step is where it belongs; `expected` is its right position (1 first).
  verdicts: (q, a) =>
    new Map(
      q.steps.map((s, place): [string, Verdict] => {
        const at = a.indexOf(s.id);
        return [s.id, { state: at === place ? 'right' : 'wrong', chosen: at >= 0, expected: String(place + 1) }];
      }),
    ),
  pick: () => null,
  confusions: () => [],
});
