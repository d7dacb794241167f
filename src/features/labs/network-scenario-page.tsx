import type { AnyLabEngine } from '@/lab-engines/lab-engine';
import { networkLab } from '@/lab-engines/network-lab-engine';
import { scenarioRoute } from './lab-scenario';
import { NetworkWorkbench } from './network-workbench';

/** `/labs/network/:scenario`: a network lab scenario, or its free play. */
export const { loader, handle, Component } = scenarioRoute('network', networkLab as unknown as AnyLabEngine, NetworkWorkbench);
