import { useEffect, useState, type ReactNode } from 'react';
import { useProgressStore } from '../progress-store';
import { listSetAside } from '../progress-storage';
import { listSnapshots, type Snapshot } from '../snapshots';
import { exportFileName, exportProgress } from '../progress-file';
import { downloadText } from './download';
import { ImportForm } from './import-form';
import { ResetProgress } from './reset-progress';
import { restoreSnapshot } from './restore';
import { usePersistence } from './use-persistence';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const REASONS: Record<Snapshot['reason'], string> = { migration: 'before an update of the format', import: 'before an import', reset: 'before a reset', restore: 'before a restore' };

/** Export, import, reset, snapshots, set-aside data and the browser's storage persistence. */
export function ProgressData(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const readOnly = useProgressStore((s) => s.status !== 'ready');
  const persistence = usePersistence();
  const [revision, setRevision] = useState(0);
  const [stored, setStored] = useState<{ snapshots: Snapshot[]; setAside: { key: string; raw: string }[] }>({ snapshots: [], setAside: [] });
  const [message, setMessage] = useState('');
  useEffect(() => setStored({ snapshots: listSnapshots(window.localStorage), setAside: listSetAside(window.localStorage) }), [events, revision]);
  const refresh = () => setRevision((r) => r + 1);

  const restore = async (key: string) => {
    const result = await restoreSnapshot(window.localStorage, key, false);
    setMessage(result.ok ? 'Snapshot restored. Your progress before the restore is kept as a snapshot too.' : result.message);
    refresh();
  };

  return (
    <section aria-labelledby="data-title" className="progress-data">
      <h2 id="data-title">Your data</h2>
      <p>
        Progress is stored only in this browser.{' '}
        {persistence === 'granted' && 'The browser has agreed to keep it (persistent storage).'}
        {(persistence === 'denied' || persistence === 'unsupported') && (
          <strong>This browser may delete it after some time without a visit (Safari does after 7 days), so export it now and then.</strong>
        )}
      </p>
      <h3>Export</h3>
      <p>
        <button type="button" className="button" onClick={() => downloadText(exportProgress(events), exportFileName())}>
          Export progress ({events.length} events)
        </button>
      </p>
      <ImportForm disabled={readOnly} />
      <ResetProgress disabled={readOnly} onChanged={refresh} />
      <h3>Snapshots</h3>
      {stored.snapshots.length === 0 ? (
        <p>No snapshots yet. One is taken before every import, reset, restore or format update.</p>
      ) : (
        <ul>
          {stored.snapshots.map((s) => (
            <li key={s.key}>
              {when(s.at)}, {REASONS[s.reason]}{' '}
              <button type="button" className="button button-quiet" disabled={readOnly} onClick={() => void restore(s.key)}>
                Restore<span className="visually-hidden"> the snapshot of {when(s.at)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status">{message}</div>
      {stored.setAside.length > 0 && (
        <>
          <h3>Damaged data kept aside</h3>
          <ul>
            {stored.setAside.map((s) => (
              <li key={s.key}>
                Set aside {when(Number(s.key.split(':').pop()))}{' '}
                <button type="button" className="button button-quiet" onClick={() => downloadText(s.raw, `seven-layers-damaged-${s.key.split(':').pop()}.txt`, 'text/plain')}>
                  Download the damaged data
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
