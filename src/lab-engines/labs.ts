/** Every lab by its name, for code that needs them all (the content pipeline, tests); a lab page imports only its own. */
import type { LabName } from '../content/model.ts';
import type { AnyLabEngine } from './lab-engine.ts';
import { networkLab } from './network-lab-engine.ts';
import { policyLab } from './policy-lab-engine.ts';

export type { AnyLabEngine, LabEngine } from './lab-engine.ts';

/** The URL segment `/labs/<name>` and the content folder `content/labs/<name>/` name each lab. */
export const LABS: Record<LabName, AnyLabEngine> = {
  policy: policyLab as unknown as AnyLabEngine,
  network: networkLab as unknown as AnyLabEngine,
};
