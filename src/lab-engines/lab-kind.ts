/**
 * What every lab offers the pipeline and the pages: its state (all the learner can change, and all a shared
 * link carries), the goals a scenario can set, and how a run of the state is checked against a goal. The
 * policy lab and the network lab each implement it once (policy-lab.ts, network/lab.ts).
 */

/** A document the learner edits: one policy, one route table, one security group, … as JSON text. */
export interface LabDocument {
  id: string;
  kind: string;
  name: string;
  /** Set by a scenario for documents the learner may read but not change (e.g. the central team's SCP). */
  locked?: boolean;
  text: string;
}

/** A problem in one document, at a 1-based line and column. */
export interface LabDiagnostic {
  severity: 'error' | 'unsupported' | 'warning';
  message: string;
  line: number;
  column: number;
}

/** Something the learner points at when a goal asks "which rule decides it?": a document and a rule in it. */
export interface LabPick {
  /** The document's `name` as the trace names it. */
  document: string;
  /** The statement index (policy lab) or the rule number / id (network lab). */
  rule: string;
}

/** One check a goal makes: the scenario's request (or flow), or one of its probes. */
export interface GoalCheck {
  label: string;
  expected: string;
  actual: string;
  ok: boolean;
}

/** Whether the state meets the goal, check by check; `blocked` says why nothing could be checked. */
export interface GoalResult {
  met: boolean;
  checks: GoalCheck[];
  blocked?: string;
}

/** At most this many documents in one lab state (a shared link with more is refused). */
export const MAX_LAB_DOCUMENTS = 24;
