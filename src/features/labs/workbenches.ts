import type { ComponentType } from 'react';
import type { LabName } from '@/content/model';
import { NetworkWorkbench } from './network-workbench';
import { PolicyWorkbench, type WorkbenchProps } from './policy-workbench';

/** Each lab's workbench: its inputs and its result, for the state the scenario page holds (checked by its schema). */
export const WORKBENCHES: Record<LabName, ComponentType<WorkbenchProps<unknown>>> = {
  policy: PolicyWorkbench as unknown as ComponentType<WorkbenchProps<unknown>>,
  network: NetworkWorkbench as unknown as ComponentType<WorkbenchProps<unknown>>,
};
