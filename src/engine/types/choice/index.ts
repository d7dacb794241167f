// Multiple choice (`type: single`, one right option) and multiple response (`type: multiple`, "Choose two"):
// a task list of options, `- [x]` right and `- [ ] wrong`, each with an indented explanation.
// Stored answer: the chosen option ids (`a`, `b`, … by position in the Markdown).
import type { List } from 'mdast';
import type { Block, Inline } from '../../../content/model.ts';
import { inlineText } from '../../../content/plain-text.ts';
import { seededShuffle } from '../../seeded-random.ts';
import { defineQuestionType, readExplainedItem, sameSet, type QuestionBase, type ReadInput, type TypeFields, type Verdict } from '../type-module.ts';

export interface ChoiceOption {
  id: string;
  text: Inline[];
  correct: boolean;
  explanation: Block[];
}

export type ChoiceQuestion = QuestionBase & { type: 'single' | 'multiple'; options: ChoiceOption[] };

const LETTERS = 'abcdefghij';
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const CHOOSE = /\bChoose (two|three|four|five|\d)\b/i;

const correctIds = (q: ChoiceQuestion): string[] => q.options.filter((o) => o.correct).map((o) => o.id);

/** Multiple choice: one right option. */
export const isSingleChoice = (q: { type: string }): q is ChoiceQuestion & { type: 'single' } => q.type === 'single';
/** Multiple response: "Choose two" or more. */
export const isMultipleResponse = (q: { type: string }): q is ChoiceQuestion & { type: 'multiple' } => q.type === 'multiple';

/** How many options a question asks for (1 for multiple choice). */
export const choicesToMake = (q: ChoiceQuestion): number => q.options.filter((o) => o.correct).length;

function parse({ type, block, stem, headingLine: line, reader }: ReadInput<ChoiceQuestion['type']>): TypeFields<ChoiceQuestion> | null {
  const list = block as List;
  const options: ChoiceOption[] = [];
  list.children.forEach((item, i) => {
    if (item.checked === null || item.checked === undefined) {
      reader.report(reader.lineOf(item), 'every option must be a task item: - [x] for right, - [ ] for wrong');
      return;
    }
    const parts = readExplainedItem(item, 'option', reader);
    if (parts) options.push({ id: LETTERS[i] ?? String(i), correct: item.checked, ...parts });
  });
  if (options.length !== list.children.length) return null;
  const correct = options.filter((o) => o.correct).length;
  if (correct === 0) reader.report(line, 'question has no correct option: mark one with - [x]');
  else if (type === 'single' && correct > 1) {
    reader.report(line, `multiple-choice question has ${correct} correct options: mark exactly one, or use type: multiple`);
  } else if (type === 'multiple') {
    const word = CHOOSE.exec(stem)?.[1]?.toLowerCase();
    const asked = word ? (NUMBER_WORDS[word] ?? Number(word)) : null;
    if (asked === null) reader.report(line, `multiple-response stem must say how many to choose, e.g. "(Choose ${correct === 3 ? 'three' : 'two'}.)"`);
    else if (asked !== correct) reader.report(line, `stem says "Choose ${word}" but ${correct} option${correct === 1 ? ' is' : 's are'} marked correct`);
    if (correct < 2) reader.report(line, 'multiple-response question needs at least two correct options');
  }
  if (options.length < 2) reader.report(line, 'question needs at least two options');
  return correct === 0 ? null : { options };
}

export const choice = defineQuestionType<ChoiceQuestion>({
  name: 'choice',
  types: ['single', 'multiple'],
  read: {
    find: (nodes) => nodes.findIndex((n) => n.type === 'list' && n.children.some((item) => item.checked !== null && item.checked !== undefined)),
    missing: (type) => `${type === 'single' ? 'multiple-choice' : 'multiple-response'} question has no options: write them as a task list (- [x] right, - [ ] wrong)`,
    parse,
  },
  present: (q, seed) => ({ order: seededShuffle(q.options.map((o) => o.id), `${seed}:${q.id}`), answers: [] }),
  initialAnswer: () => [],
  isComplete: (q, a) => a.length === choicesToMake(q),
  isCorrect: (q, a) => sameSet(a, correctIds(q)),
  correctAnswer: correctIds,
  verdicts: (q, a) =>
    new Map(
      q.options.map((o): [string, Verdict] => {
        const chosen = a.includes(o.id);
        return [o.id, { state: o.correct ? 'right' : chosen ? 'wrong' : 'neutral', chosen, expected: o.correct ? 'chosen' : 'not chosen' }];
      }),
    ),
  pick: (q, p, a, index) => {
    const id = p.order[index];
    if (!id) return null;
    if (q.type === 'single') return [id];
    return a.includes(id) ? a.filter((x) => x !== id) : [...a, id];
  },
  // A wrong option naming X where a right option names Y is one (X, Y) pair.
  confusions: (q, a, namesIn) => {
    const right = new Set(q.options.filter((o) => o.correct).flatMap((o) => [...namesIn(inlineText(o.text))]));
    return q.options
      .filter((o) => !o.correct && a.includes(o.id))
      .flatMap((o) => [...namesIn(inlineText(o.text))].filter((w) => !right.has(w)))
      .flatMap((wrong) => [...right].map((r): [string, string] => [wrong, r]));
  },
  // The exam's shape: four options for multiple choice, five or more for multiple response.
  courseRules: (q) =>
    q.type === 'single'
      ? q.options.length !== 4 ? [`multiple-choice question "${q.id}" has ${q.options.length} options; the exam uses 4`] : []
      : q.options.length < 5 ? [`multiple-response question "${q.id}" has ${q.options.length} options; the exam uses 5 or more`] : [],
});
