import { loadAllQuestions, loadQuestionLoaders } from 'virtual:course/loaders';
import type { Question } from '@/engine/question-types';

/** The question banks of some topics (`layer/topic` keys), or the whole bank when `topics` is null. */
export async function loadQuestions(topics: string[] | null): Promise<Question[]> {
  if (topics === null) return (await loadAllQuestions()).default;
  const { questionLoaders } = await loadQuestionLoaders();
  const banks = await Promise.all(topics.map(async (key) => (await questionLoaders[key]?.())?.default ?? []));
  return banks.flat();
}
