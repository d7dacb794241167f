import type { AnyLabEngine } from '@/lab-engines/lab-engine';
import { policyLab } from '@/lab-engines/policy-lab-engine';
import { scenarioRoute } from './lab-scenario';
import { PolicyWorkbench } from './policy-workbench';

/** `/labs/policy/:scenario`: a policy lab scenario, or its free play. */
export const { loader, handle, Component } = scenarioRoute('policy', policyLab as unknown as AnyLabEngine, PolicyWorkbench);
