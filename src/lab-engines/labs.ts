/**
 * The labs, one entry each: what the content pipeline checks a scenario with and what the lab pages run. A lab
 * is its state schema (what a shared link carries), its goals, and how a state is checked against a goal.
 */
import type { z } from 'zod/mini';
import type { LabName } from '../content/model.ts';
import type { GoalResult, LabDiagnostic, LabPick } from './lab-kind.ts';
import {
  applyPolicySolution,
  checkPolicyGoal,
  denyingStatement,
  policyGoalSchema,
  policyLabStateSchema,
  policySetupSchema,
  policySolutionSchema,
  policyStateFromSetup,
  runPolicyLab,
  withoutStatement,
  type PolicyGoal,
  type PolicyLabState,
} from './policy-lab.ts';
import {
  applyNetworkSolution,
  checkNetworkGoal,
  dropRule,
  networkGoalSchema,
  networkLabStateSchema,
  networkSetupSchema,
  networkSolutionSchema,
  networkStateFromSetup,
  runNetworkLab,
  type NetworkGoal,
  type NetworkLabState,
  type NetworkSetup,
  type NetworkSolution,
} from './network/index.ts';

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

export const policyLab: LabEngine<PolicyLabState, PolicyGoal> = {
  name: 'policy',
  stateSchema: policyLabStateSchema,
  goalSchema: policyGoalSchema,
  setupSchema: policySetupSchema as z.ZodMiniType<unknown>,
  solutionSchema: policySolutionSchema as z.ZodMiniType<unknown>,
  fromSetup: (setup) => policyStateFromSetup(setup as z.infer<typeof policySetupSchema>),
  applySolution: (state, solution) => applyPolicySolution(state, solution as z.infer<typeof policySolutionSchema>),
  diagnostics: (state) => runPolicyLab(state).diagnostics,
  check: checkPolicyGoal,
  answer(state) {
    const decision = runPolicyLab(state).decision;
    const deny = decision && denyingStatement(decision);
    return deny ? { document: deny.policy, rule: String(deny.index) } : null;
  },
  answerIsUnique(state, pick) {
    const after = runPolicyLab(withoutStatement(state, pick.document, Number(pick.rule))).decision;
    return !!after && after.decision !== 'explicit-deny';
  },
};

export const networkLab: LabEngine<NetworkLabState, NetworkGoal> = {
  name: 'network',
  stateSchema: networkLabStateSchema,
  goalSchema: networkGoalSchema,
  setupSchema: networkSetupSchema as z.ZodMiniType<unknown>,
  solutionSchema: networkSolutionSchema as z.ZodMiniType<unknown>,
  fromSetup: (setup) => networkStateFromSetup(setup as NetworkSetup),
  applySolution: (state, solution) => applyNetworkSolution(state, solution as NetworkSolution),
  diagnostics: (state) => runNetworkLab(state).diagnostics,
  check: checkNetworkGoal,
  answer(state) {
    const trace = runNetworkLab(state).trace;
    return (trace && dropRule(trace)) ?? null;
  },
  // Network ACL rules and routes decide by first match (lowest number, longest prefix), so the rule that drops a
  // flow is the only one that does: taking it away hands the decision to the next rule, not to a second answer.
  answerIsUnique: () => true,
};

/** A lab with its types erased, for code that handles every lab alike (the pipeline, the lab page). */
export type AnyLabEngine = LabEngine<unknown, { kind: string }>;

/** Every lab by its name (the URL segment `/labs/<name>` and the content folder `content/labs/<name>/`). */
export const LABS: Record<LabName, AnyLabEngine> = {
  policy: policyLab as unknown as AnyLabEngine,
  network: networkLab as unknown as AnyLabEngine,
};
