import type { z } from 'zod/mini';
import type { LabEngine } from './lab-engine.ts';
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

/** The policy lab, for the pipeline and its pages (a module of its own, so a network lab page never loads it). */
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

