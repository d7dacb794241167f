// Restoring a snapshot: its events replace the log (with `keepNewer`, events recorded since are kept too, which is
// what "undo" of a reset means). Restoring takes a snapshot of its own first, so it can be undone as well.
import { mergeEvents } from '@/learning/event-log';
import type { ProgressEvent } from '@/learning/progress-events';
import { parseProgressFile } from '../progress-file';
import { useProgressStore, type ChangeResult } from '../progress-store';

/** Restores the snapshot stored under `key`. */
export async function restoreSnapshot(storage: Storage, key: string, keepNewer: boolean): Promise<ChangeResult> {
  const raw = storage.getItem(key);
  if (raw === null) return { ok: false, message: 'That snapshot is no longer there.' };
  const parsed = parseProgressFile(raw);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const since = Number(/:(\d+):/.exec(key)?.[1] ?? 0);
  const current: ProgressEvent[] = keepNewer ? useProgressStore.getState().events.filter((e) => e.at >= since) : [];
  return useProgressStore.getState().change(mergeEvents(parsed.events, current), 'restore', false);
}
