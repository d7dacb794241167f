import type { ReactNode } from 'react';
import type { LabPick } from '@/lab-engines/lab-kind';

/** What the scenario page hands each lab's workbench (kept apart so neither lab's page loads the other's code). */
export interface WorkbenchProps<S> {
  state: S;
  onChange(state: S): void;
  /** For a `find` goal before it is answered: no trace (it would give the answer away), a picker instead. */
  findMode: boolean;
  pick: LabPick | null;
  onPick(pick: LabPick): void;
  /** Checks the picked rule; `wrongPick` says the last one checked was not it. */
  onCheckPick(): void;
  wrongPick: boolean;
}

/** The picker's answer button and its verdict, right after the choices, where keyboard focus is. */
export function CheckPick({ pick, onCheckPick, wrongPick }: Pick<WorkbenchProps<unknown>, 'pick' | 'onCheckPick' | 'wrongPick'>): ReactNode {
  return (
    <>
      <p>
        <button type="button" className="button" disabled={pick === null} onClick={onCheckPick}>
          Check my answer
        </button>
      </p>
      <p role="status">{wrongPick ? 'Not that one: that statement or rule does not decide this. Read the documents again and pick another.' : ''}</p>
    </>
  );
}

