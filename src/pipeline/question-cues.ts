// Surface cues a test-wise reader could use to guess a key without knowing AWS: option length, word overlap with
// the stem, absolute words; and stem length. Pure, so `npm run content:stats` and the course tests share it.
import type { Question } from '../engine/registry.ts';
import { isMultipleResponse, isSingleChoice, type ChoiceOption } from '../engine/types/choice/index.ts';
import { blocksText, inlineText } from '../content/plain-text.ts';

/** Words that make a statement sweeping; test-wise readers avoid options that use them. */
const ABSOLUTES = /\b(always|never|only|all|none|every|must|cannot|guarantees?|completely|entirely|any)\b/gi;
const STOP = new Set(
  'a an the and or of to in on for with by at from as is are be it its this that which who what when where how can does do not no into than then their there they them your you use uses using used'.split(' '),
);

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9][a-z0-9:.\-/]*/g) ?? [];
const contentWords = (text: string): string[] => words(text).filter((w) => w.length > 2 && !STOP.has(w));

/** Number of words in a question's stem. */
export const stemWords = (q: Question): number => words(blocksText(q.stem)).length;

const optionText = (o: ChoiceOption): string => inlineText(o.text);

/** 1 = the longest option, by characters; ties share the better rank. */
export function lengthRank(options: ChoiceOption[], option: ChoiceOption): number {
  const length = optionText(option).length;
  return 1 + options.filter((o) => optionText(o).length > length).length;
}

/** Share of an option's content words that also appear in the stem. */
function overlap(option: ChoiceOption, stem: Set<string>): number {
  const own = contentWords(optionText(option));
  return own.length ? own.filter((w) => stem.has(w)).length / own.length : 0;
}

const absolutes = (option: ChoiceOption): number => optionText(option).match(ABSOLUTES)?.length ?? 0;

/**
 * Expected score of a strategy that picks the option(s) with the best value of `score` (ties split evenly):
 * 1 when the key alone has the best value, 1/k when it shares it with k-1 distractors, 0 otherwise.
 */
function pickBest(options: ChoiceOption[], score: (o: ChoiceOption) => number): number {
  const best = Math.max(...options.map(score));
  const top = options.filter((o) => score(o) === best);
  return top.filter((o) => o.correct).length / top.length;
}

/** What the cue report measures, over the whole bank or one file. */
export interface CueReport {
  questions: number;
  medianStemWords: number;
  /** Questions whose stem is under the 45-word bar. */
  shortStems: number;
  single: number;
  /** Share of single-choice keys at each length rank (1 = longest); none may exceed 35%. */
  keyLengthRank: [number, number, number, number];
  /** Expected accuracy on single choice of always picking the longest option, the second longest, … */
  strategies: { longest: number; secondLongest: number; mostStemOverlap: number; fewestAbsolutes: number };
  multiple: number;
  /** Share of multiple-response questions where every right option is longer than every wrong one (≤ 15%). */
  multipleRightAllLonger: number;
}

const share = (n: number, of: number): number => (of ? n / of : 0);

/** Measures the surface cues of a set of questions. */
export function cueReport(questions: Question[]): CueReport {
  const singles = questions.filter(isSingleChoice);
  const multiples = questions.filter(isMultipleResponse);
  const ranks = [0, 0, 0, 0];
  const totals = { longest: 0, secondLongest: 0, mostStemOverlap: 0, fewestAbsolutes: 0 };
  for (const q of singles) {
    const key = q.options.find((o) => o.correct);
    if (!key) continue;
    const rank = Math.min(4, lengthRank(q.options, key));
    ranks[rank - 1] = (ranks[rank - 1] ?? 0) + 1;
    const stem = new Set(contentWords(blocksText(q.stem)));
    totals.longest += pickBest(q.options, (o) => optionText(o).length);
    totals.secondLongest += pickBest(q.options, (o) => -Math.abs(lengthRank(q.options, o) - 2));
    totals.mostStemOverlap += pickBest(q.options, (o) => overlap(o, stem));
    totals.fewestAbsolutes += pickBest(q.options, (o) => -absolutes(o));
  }
  let allLonger = 0;
  for (const q of multiples) {
    const len = (o: ChoiceOption) => optionText(o).length;
    const shortestRight = Math.min(...q.options.filter((o) => o.correct).map(len));
    const longestWrong = Math.max(...q.options.filter((o) => !o.correct).map(len));
    if (shortestRight > longestWrong) allLonger++;
  }
  const stems = questions.map(stemWords).sort((a, b) => a - b);
  const n = singles.length;
  return {
    questions: questions.length,
    medianStemWords: stems.length ? (stems[Math.floor((stems.length - 1) / 2)]! + stems[Math.ceil((stems.length - 1) / 2)]!) / 2 : 0,
    shortStems: stems.filter((w) => w < MIN_MEDIAN_STEM_WORDS).length,
    single: n,
    keyLengthRank: ranks.map((r) => share(r, n)) as CueReport['keyLengthRank'],
    strategies: {
      longest: share(totals.longest, n),
      secondLongest: share(totals.secondLongest, n),
      mostStemOverlap: share(totals.mostStemOverlap, n),
      fewestAbsolutes: share(totals.fewestAbsolutes, n),
    },
    multiple: multiples.length,
    multipleRightAllLonger: share(allLonger, multiples.length),
  };
}

/** The bars the bank must meet (issue: questions a test-wise reader cannot game). */
export const MIN_MEDIAN_STEM_WORDS = 45;
export const MAX_KEY_RANK_SHARE = 0.35;
export const MAX_STRATEGY_SCORE = 0.35;
export const MAX_MULTIPLE_ALL_LONGER = 0.15;

/** Every bar the report breaks, in words; empty when the bank is within bounds. */
export function cueViolations(report: CueReport): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (report.medianStemWords < MIN_MEDIAN_STEM_WORDS) out.push(`median stem is ${report.medianStemWords} words; the bar is ${MIN_MEDIAN_STEM_WORDS}`);
  report.keyLengthRank.forEach((s, i) => {
    if (s > MAX_KEY_RANK_SHARE) out.push(`${pct(s)} of single-choice keys are length rank ${i + 1}; at most ${pct(MAX_KEY_RANK_SHARE)}`);
  });
  for (const [name, score] of Object.entries(report.strategies)) {
    if (score > MAX_STRATEGY_SCORE) out.push(`picking by "${name}" scores ${pct(score)} on single choice; at most ${pct(MAX_STRATEGY_SCORE)}`);
  }
  if (report.multipleRightAllLonger > MAX_MULTIPLE_ALL_LONGER) {
    out.push(`${pct(report.multipleRightAllLonger)} of multiple-response questions have every right option longer than every wrong one; at most ${pct(MAX_MULTIPLE_ALL_LONGER)}`);
  }
  return out;
}

/** One question's own cues, for the per-file audit authors run while writing. */
export function questionCues(q: Question): string[] {
  const out: string[] = [];
  const wordsInStem = stemWords(q);
  if (wordsInStem < MIN_MEDIAN_STEM_WORDS) out.push(`stem ${wordsInStem} words`);
  if (isSingleChoice(q)) {
    const key = q.options.find((o) => o.correct);
    if (key) out.push(`key length rank ${lengthRank(q.options, key)}`);
    const keyAbs = key ? absolutes(key) : 0;
    if (q.options.some((o) => !o.correct && absolutes(o) > 0) && keyAbs === 0) out.push('only distractors use absolute words');
  }
  if (isMultipleResponse(q)) {
    const len = (o: ChoiceOption) => optionText(o).length;
    if (Math.min(...q.options.filter((o) => o.correct).map(len)) > Math.max(...q.options.filter((o) => !o.correct).map(len))) {
      out.push('every right option is longer than every wrong one');
    }
  }
  if (!q.skill) out.push('no skill:');
  return out;
}
