import type { z } from 'zod/mini';
import type { LabEngine } from './lab-engine.ts';
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

/** The network lab, for the pipeline and its pages (a module of its own, so a policy lab page never loads it). */
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

