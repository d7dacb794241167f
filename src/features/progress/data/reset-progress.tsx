import { useState, type ReactNode } from 'react';
import { useProgressStore } from '../progress-store';
import { restoreSnapshot } from './restore';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'done'; snapshotKey: string | null } | { kind: 'message'; text: string };

/** Reset with a confirmation step, then an undo that brings the log back (keeping anything recorded since). */
export function ResetProgress({ disabled, onChanged }: { disabled: boolean; onChanged: () => void }): ReactNode {
  const change = useProgressStore((s) => s.change);
  const count = useProgressStore((s) => s.events.length);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const reset = async () => {
    const result = await change([], 'reset', false);
    setStep(result.ok ? { kind: 'done', snapshotKey: result.snapshotKey } : { kind: 'message', text: result.message });
    onChanged();
  };
  const undo = async (key: string) => {
    const result = await restoreSnapshot(window.localStorage, key, true);
    setStep({ kind: 'message', text: result.ok ? 'Your progress is back.' : result.message });
    onChanged();
  };

  return (
    <div className="reset-progress">
      <h3>Reset</h3>
      {step.kind === 'confirm' ? (
        <div role="group" aria-label="Confirm reset">
          <p>
            <strong>Reset all progress?</strong> This clears {count} recorded events in every open tab. A snapshot is kept so you can undo.
          </p>
          <button type="button" className="button button-danger" onClick={() => void reset()}>
            Yes, reset my progress
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button button-quiet" disabled={disabled} onClick={() => setStep({ kind: 'confirm' })}>
          Reset all progress…
        </button>
      )}
      <div role="status">
        {step.kind === 'done' && (
          <p>
            Your progress was reset.{' '}
            {step.snapshotKey && (
              <button type="button" className="button" onClick={() => void undo(step.snapshotKey ?? '')}>
                Undo reset
              </button>
            )}
          </p>
        )}
        {step.kind === 'message' && <p>{step.text}</p>}
      </div>
    </div>
  );
}
