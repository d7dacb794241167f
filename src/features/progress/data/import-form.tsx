import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { MAX_IMPORT_BYTES, parseProgressFile } from '../progress-file';
import { useProgressStore } from '../progress-store';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Chooses a progress file and merges it into the log or replaces the log with it. */
export function ImportForm({ disabled }: { disabled: boolean }): ReactNode {
  const change = useProgressStore((s) => s.change);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage({ kind: 'error', text: 'Choose a progress file first.' });
    setBusy(true);
    try {
      // Refuse a huge file before reading it into memory.
      if (file.size > MAX_IMPORT_BYTES) return setMessage({ kind: 'error', text: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.` });
      const parsed = parseProgressFile(await file.text());
      if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
      const merge = form.get('mode') !== 'replace';
      const result = await change(parsed.events, 'import', merge);
      const undo = result.ok && result.snapshotKey ? ' Your progress from before the import is kept as a snapshot below.' : '';
      setMessage(result.ok ? { kind: 'ok', text: `Imported ${parsed.events.length} events (${merge ? 'merged with' : 'replacing'} your progress).${undo}` } : { kind: 'error', text: result.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="import-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Import</h3>
      <p>
        <label htmlFor={`${id}-file`}>Progress file (.json)</label>
        <br />
        <input id={`${id}-file`} name="file" type="file" accept="application/json,.json" disabled={disabled} />
      </p>
      <fieldset disabled={disabled}>
        <legend>How to import</legend>
        <label>
          <input type="radio" name="mode" value="merge" defaultChecked /> Merge with my progress (keeps everything from both)
        </label>
        <br />
        <label>
          <input type="radio" name="mode" value="replace" /> Replace my progress with the file
        </label>
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={disabled || busy}>
          Import progress
        </button>
      </p>
      <div role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'form-error' : undefined}>
        {message?.text}
      </div>
    </form>
  );
}
