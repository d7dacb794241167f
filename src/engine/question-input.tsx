// The answer controls of a question: the `input.tsx` of its type's folder (src/engine/types/<name>/input.tsx),
// found by the folder name of the registered module, so registering a type in src/engine/registry.ts is enough.
import type { ComponentType, ReactNode } from 'react';
import { registry, type Question } from './registry';
import type { AnyQuestion, Answer, Presentation } from './types/type-module';

export interface QuestionInputProps<Q extends AnyQuestion = Question> {
  question: Q;
  presentation: Presentation;
  answer: Answer;
  onChange: (answer: Answer) => void;
  /** Show right/wrong and every explanation (after Check, or in a review). */
  revealed: boolean;
  /** A name unique on the page, for radio groups. */
  name: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each input takes its own type's question
type AnyInput = ComponentType<QuestionInputProps<any>>;

const files = import.meta.glob<AnyInput>('./types/*/input.tsx', { eager: true, import: 'default' });

/** Input components by type module name (the folder they are in). */
export const inputsByModule: Readonly<Record<string, AnyInput>> = Object.fromEntries(Object.entries(files).map(([path, input]) => [path.split('/')[2] ?? path, input]));

/** The answer controls of a question, by its type. */
export function QuestionInput(props: QuestionInputProps): ReactNode {
  const Input = inputsByModule[registry.of(props.question).name];
  if (!Input) throw new Error(`question type "${props.question.type}" has no input: src/engine/types/${registry.of(props.question).name}/input.tsx`);
  return <Input {...props} />;
}
