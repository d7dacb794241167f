import type { ComponentType, ReactNode } from 'react';
import type { Question, QuestionType } from '@/content/model';
import { ChoiceInput } from './choice-input';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';
import type { Answer, Presentation } from '@/engine/question-types';

export interface QuestionInputProps {
  question: Question;
  presentation: Presentation;
  answer: Answer;
  onChange: (answer: Answer) => void;
  /** Show right/wrong and every explanation (after Check, or in a review). */
  revealed: boolean;
  /** A name unique on the page, for radio groups. */
  name: string;
}

const inputs = { single: ChoiceInput, multiple: ChoiceInput, ordering: OrderingInput, matching: MatchingInput } satisfies Record<QuestionType, ComponentType<QuestionInputProps>>;

/** The answer controls of a question, by its type. */
export function QuestionInput(props: QuestionInputProps): ReactNode {
  const Input = inputs[props.question.type];
  return <Input {...props} />;
}
