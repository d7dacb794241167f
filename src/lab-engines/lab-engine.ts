/**
 * What a lab offers the pipeline and the pages: its state schema (what a shared link carries), its goals, and how a
 * state is checked against a goal. Each lab implements it once (policy-lab-engine.ts, network-lab-engine.ts).
 */
import type { z } from 'zod/mini';
import type { GoalResult, LabDiagnostic, LabPick } from './lab-kind.ts';

export interface LabEngine<State, Goal extends { kind: string }> {
  name: string;
  stateSchema: z.ZodMiniType<State>;
  goalSchema: z.ZodMiniType<Goal>;
  setupSchema: z.ZodMiniType<unknown>;
  solutionSchema: z.ZodMiniType<unknown>;
  fromSetup(setup: unknown): State;
  applySolution(state: State, solution: unknown): State;
  /** Each document's diagnostics, by document id. */
  diagnostics(state: State): Record<string, LabDiagnostic[]>;
  check(state: State, goal: Goal, pick?: LabPick): GoalResult;
  /** For `find` goals: the rule that decides, or null when the state has none. */
  answer(state: State): LabPick | null;
  /** For `find` goals: whether taking the answer's rule away changes the outcome (so there is one answer). */
  answerIsUnique(state: State, pick: LabPick): boolean;
}

/** A lab with its types erased, for code that handles every lab alike (the pipeline, the scenario page). */
export type AnyLabEngine = LabEngine<unknown, { kind: string }>;
