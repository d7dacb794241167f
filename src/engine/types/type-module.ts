// The contract of a question type. Everything a type needs lives in its folder under src/engine/types/<name>/:
// `index.ts`, the pure part (reading its Markdown block, presentation, completeness, grading, verdicts, the stored
// answer encoding, keys, confusions; it runs in Node for the content pipeline and in the browser), and
// `input.tsx`, its answer controls. src/engine/registry.ts registers the pure part with one line, and the `Question`
// union is derived from what it registers.
import type { BlockContent, DefinitionContent, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline, QuestionBase } from '../../content/model.ts';

/** An answer as stored in the progress log (`chosen`): a list of strings, encoded by the question's type. */
export type Answer = string[];

/** The order in which a question's parts are shown, fixed by a seed. */
export interface Presentation {
  /** The ids of the parts in display order: option ids (choice), step ids (ordering, the starting order), pair ids (matching). */
  order: string[];
  /** The choices offered for every part, in display order (matching: the answers in each select); empty for most types. */
  answers: string[];
}

/** What the learner's answer says about one part of a question, after Check or in a review. */
export interface Verdict {
  /** right: a right option, a step in its place, a right match; wrong: a wrong choice, a misplaced step, a wrong or missing match; neutral: a wrong option left alone. */
  state: 'right' | 'wrong' | 'neutral';
  /** Whether the learner chose (placed, matched) this part. */
  chosen: boolean;
  /** The right answer for this part in words, where the type has one (the position a step belongs at, 1 first; the answer of a prompt). */
  expected: string;
}

/** The fields every question has, whatever its type (the content model's part of a question). */
export type { QuestionBase };
/** A question of any type, registered or not: a type module declares its own as `QuestionBase & { type: …; …its fields }`. */
export type AnyQuestion = QuestionBase & { type: string };
/** What a type module reads from its Markdown block: the question's fields beyond the common ones. */
export type TypeFields<Q extends AnyQuestion> = Omit<Q, keyof QuestionBase | 'type'>;

type MdNode = RootContent | BlockContent | DefinitionContent;

/** What the content pipeline lends a type module while it reads Markdown (so the module imports no pipeline code). */
export interface MarkdownReader {
  /** Reports a content error at a line (`content/…/file.md:LINE: message`). */
  report(line: number | undefined, message: string): void;
  lineOf(node: { position?: { start: { line: number } } } | undefined): number | undefined;
  /** Plain text of a Markdown node (mdast-util-to-string). */
  text(node: Nodes): string;
  blocks(nodes: MdNode[]): Block[];
  inlines(nodes: PhrasingContent[]): Inline[];
}

/** One question's answer block, handed to its type module to read. */
export interface ReadInput<T extends string = string> {
  type: T;
  /** The node `find` pointed at. */
  block: RootContent;
  /** Plain text of the stem (e.g. for "Choose two"). */
  stem: string;
  /** Line of the question's `###` heading, where question-wide errors are reported. */
  headingLine: number | undefined;
  reader: MarkdownReader;
}

/** Everything type-specific about one question type. Method syntax: a module may serve several `type:` values. */
export interface QuestionTypeModule<Q extends AnyQuestion = AnyQuestion> {
  /** The folder under src/engine/types that holds it; its input component is found by this name. */
  readonly name: string;
  /** The `type:` values of the question metadata it reads (choice: single and multiple). */
  readonly types: readonly Q['type'][];
  /** Reading its Markdown block after the stem, with the errors it reports. */
  readonly read: {
    /** Index of the answer block among the nodes after the metadata paragraph, or -1. */
    find(nodes: RootContent[], type: Q['type']): number;
    /** The error when `find` finds nothing (reported on the heading's line). */
    missing(type: Q['type']): string;
    /** The type's fields, or null after reporting why the block cannot be scored. */
    parse(input: ReadInput<Q['type']>): TypeFields<Q> | null;
  };
  /** How the question is shown for a seed (the seeded shuffle of its parts). */
  present(q: Q, seed: string): Presentation;
  /** The answer a learner starts from (ordering starts from the shuffled order). */
  initialAnswer(q: Q, p: Presentation): Answer;
  /** Whether the answer is complete enough to check. */
  isComplete(q: Q, a: Answer): boolean;
  /** All-or-nothing grading, as on the exam: right only when the whole answer is right. */
  isCorrect(q: Q, a: Answer): boolean;
  /** The right answer, in the stored form of a learner's answer. */
  correctAnswer(q: Q): Answer;
  /** Per option, step or row (by its id): what the answer says about it. */
  verdicts(q: Q, a: Answer): Map<string, Verdict>;
  /** Keys 1–9 and A–I: the answer after the key for the `index`-th shown part (0 first), or null when the key does nothing. */
  pick(q: Q, p: Presentation, a: Answer, index: number): Answer | null;
  /** The (wrong, right) pairs of services or concepts a wrong answer implies; `namesIn` finds the names in a text. */
  confusions(q: Q, a: Answer, namesIn: (text: string) => ReadonlySet<string>): [wrong: string, right: string][];
  /** The course's editorial rules for a question of this type that reads (the exam's shape, e.g. how many options), checked by `npm run content:check`. */
  courseRules?(q: Q): string[];
}

/** Declares a type module (checks it against the contract, keeps its own question type). */
export const defineQuestionType = <Q extends AnyQuestion>(module: QuestionTypeModule<Q>): QuestionTypeModule<Q> => module;

// Helpers shared by type modules: only what several types read the same way.

/** A list item whose first paragraph is the text and whose further blocks explain it (options, steps). */
export function readExplainedItem(item: ListItem, what: string, reader: MarkdownReader): { text: Inline[]; explanation: Block[] } | null {
  const [first, ...explanation] = item.children;
  if (first?.type !== 'paragraph') {
    reader.report(reader.lineOf(item), `${what} must start with its text`);
    return null;
  }
  if (explanation.length === 0) {
    reader.report(reader.lineOf(item), `${what} "${reader.text(first).slice(0, 50)}" has no explanation: add an indented paragraph after a blank line`);
    return null;
  }
  return { text: reader.inlines(first.children), explanation: reader.blocks(explanation) };
}

/** The same strings, each once, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set(a).size === a.length && new Set([...a, ...b]).size === a.length;
