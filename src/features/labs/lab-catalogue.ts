import { data } from 'react-router';
import { loadLabs } from 'virtual:course/loaders';
import type { LabName, LabScenario } from '@/content/model';

/** What each lab is for, as its page and the labs index say it. */
export const LAB_INFO: Record<LabName, { title: string; question: string; summary: string }> = {
  policy: {
    title: 'Policy lab',
    question: 'Will AWS allow this request, and why?',
    summary:
      'Put a request through AWS’s policy evaluation logic step by step: SCPs and RCPs along the organization path, permissions boundaries, session policies, identity-based policies, resource-based and key policies, VPC endpoint policies. See which statement decided each step and which condition failed.',
  },
  network: {
    title: 'Network lab',
    question: 'Where is this packet dropped, and by which rule?',
    summary:
      'Trace a flow through a small VPC hop by hop, out and back: security groups (stateful), network ACLs (stateless, numbered rules, ephemeral ports on the return path), route tables, internet and NAT gateways, gateway endpoints and a transit gateway, with the VPC Flow Logs records each interface writes.',
  },
};

export const LAB_NAMES = Object.keys(LAB_INFO) as LabName[];

/** The scenario slug of a lab's free play: the lab with no goal, to try anything. */
export const FREE_PLAY = 'free';

export const isLabName = (value: string | undefined): value is LabName => LAB_NAMES.includes(value as LabName);

/** Every scenario of a lab, in its list order; a 404 for a lab that does not exist. */
export async function scenariosOf(lab: string | undefined): Promise<{ lab: LabName; scenarios: LabScenario[] }> {
  if (!isLabName(lab)) throw data({ missing: `labs/${lab ?? ''}` }, { status: 404 });
  const all = (await loadLabs()).default;
  return { lab, scenarios: all.filter((s) => s.lab === lab) };
}

/** Every scenario of both labs. */
export async function allScenarios(): Promise<LabScenario[]> {
  return (await loadLabs()).default;
}
