// Snapshots: the stored value exactly as it was before a migration, an import, a reset or a restore, so any of
// them can be undone. The newest few are kept; an older one is dropped only after a new one is safely written.
import { PROGRESS_KEY } from './progress-format';

export const SNAPSHOT_PREFIX = 'seven-layers:progress:snapshot:';
export const SNAPSHOTS_KEPT = 3;

export type SnapshotReason = 'migration' | 'import' | 'reset' | 'restore';

export interface Snapshot {
  key: string;
  at: number;
  reason: SnapshotReason;
  raw: string;
}

const keyOf = (at: number, reason: SnapshotReason): string => `${SNAPSHOT_PREFIX}${at}:${reason}`;

/** Every snapshot, newest first. */
export function listSnapshots(storage: Storage): Snapshot[] {
  const found: Snapshot[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const match = key ? /^seven-layers:progress:snapshot:(\d+):(migration|import|reset|restore)$/.exec(key) : null;
    if (!key || !match) continue;
    found.push({ key, at: Number(match[1]), reason: match[2] as SnapshotReason, raw: storage.getItem(key) ?? '' });
  }
  return found.sort((a, b) => b.at - a.at);
}

/**
 * Copies the stored progress to a new snapshot. Returns its key, null when there was nothing to copy, or throws
 * (a full storage) so the caller can refuse the change it was about to make.
 */
export function takeSnapshot(storage: Storage, reason: SnapshotReason, now = Date.now()): string | null {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return null;
  const key = keyOf(now, reason);
  storage.setItem(key, raw);
  for (const old of listSnapshots(storage).slice(SNAPSHOTS_KEPT)) storage.removeItem(old.key);
  return key;
}
