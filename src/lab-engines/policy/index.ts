/**
 * The policy lab's evaluation engine: pure functions, no UI. Parse policy JSON with
 * `parsePolicy`, then put a request through AWS's documented evaluation logic with
 * `evaluateRequest`, which returns the decision and a step-by-step trace.
 */
export { parsePolicy, MAX_POLICY_LENGTH, type ParseResult } from './policy-parser.ts';
export { evaluateRequest } from './decision.ts';
export type { Decision, OrgLevel, PolicyInputs, Stage, StepOutcome, TraceStep } from './decision-model.ts';
export type { StatementRef } from './policy-eval.ts';
export type { ConditionFailure } from './conditions.ts';
export type { ConditionTest, Diagnostic, NamedPolicy, PolicyDocument, PolicyKind, PrincipalSpec, Statement, ValueList } from './policy-model.ts';
export type { AuthRequest, ContextValue, RequestPrincipal } from './request.ts';
export type { GrantKind } from './principal.ts';
export { SUPPORTED_OPERATORS, KNOWN_UNSUPPORTED_OPERATORS } from './condition-names.ts';
