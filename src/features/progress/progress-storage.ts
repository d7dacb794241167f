// Reading, validating and merging the stored progress log (plain writes and the cross-tab lock are in
// progress-format.ts). zustand's persist is not used on purpose: it overwrites corrupt or newer data and merges tabs
// by last-writer-wins, and a learner's history must survive all three.
import { mergeEvents } from '@/learning/event-log';
import { CURRENT_VERSION, PROGRESS_KEY, serialiseProgress, writeExactly, type WriteResult } from './progress-format';
import { storedProgressSchema, type ProgressEvent } from '@/learning/progress-events';
import { migrate, migrations, type Migrations } from './migrations';

export { PROGRESS_KEY, serialiseProgress, writeExactly, type WriteResult };
export const QUARANTINE_PREFIX = 'seven-layers:progress:set-aside:';

export type StoredState =
  | { kind: 'empty' }
  | { kind: 'ok'; events: ProgressEvent[]; migratedFrom: number | null }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'newer'; version: number };

/** Parsed, unvalidated data: the result of JSON.parse, or the reason it failed. */
export type ParsedProgress = { kind: 'ok'; events: ProgressEvent[]; migratedFrom: number | null } | { kind: 'bad'; reason: string } | { kind: 'newer'; version: number };

/** Validates parsed JSON as Seven Layers progress, migrating older versions forward (shared by storage and import). */
export function validateProgress(data: unknown, steps: Migrations = migrations): ParsedProgress {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { app?: unknown }).app !== 'seven-layers') {
    return { kind: 'bad', reason: 'it is not Seven Layers progress' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'bad', reason: 'it has no valid version number' };
  if (version > CURRENT_VERSION) return { kind: 'newer', version };
  try {
    const parsed = storedProgressSchema.safeParse(migrate(data as Record<string, unknown>, steps));
    if (parsed.success) return { kind: 'ok', events: parsed.data.events, migratedFrom: version < CURRENT_VERSION ? version : null };
    const issue = parsed.error.issues[0];
    return { kind: 'bad', reason: `it does not match the expected format (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})` };
  } catch (error) {
    return { kind: 'bad', reason: error instanceof Error ? error.message : 'migration failed' };
  }
}

/** Reads and validates what is stored, without changing it. */
export function readStored(storage: Storage, steps: Migrations = migrations): StoredState {
  return parseStored(storage.getItem(PROGRESS_KEY), steps);
}

/** Validates a stored value (as read from storage) without touching storage. */
export function parseStored(raw: string | null, steps: Migrations = migrations): StoredState {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'it is not valid JSON (it may have been cut off)' };
  }
  const result = validateProgress(data, steps);
  return result.kind === 'bad' ? { kind: 'corrupt', raw, reason: result.reason } : result;
}

/** Copies a damaged value under its own key before anything could overwrite it; returns that key. */
export function setAside(storage: Storage, raw: string, now = Date.now()): string {
  const key = `${QUARANTINE_PREFIX}${now}`;
  storage.setItem(key, raw);
  return key;
}

/** Values set aside earlier, newest first. */
export function listSetAside(storage: Storage): { key: string; raw: string }[] {
  const found: { key: string; raw: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) found.push({ key, raw: storage.getItem(key) ?? '' });
  }
  return found.sort((a, b) => b.key.localeCompare(a.key));
}

/**
 * Merges `events` into what is stored now (the union by id) and writes the result. Never writes over a value it
 * cannot read (corrupt or newer): that is the caller's to resolve.
 */
export function writeMerged(storage: Storage, events: readonly ProgressEvent[]): WriteResult {
  const stored = readStored(storage);
  if (stored.kind === 'corrupt' || stored.kind === 'newer') return { ok: false, reason: 'blocked', events: [...events] };
  const merged = mergeEvents(stored.kind === 'ok' ? stored.events : [], events);
  return writeExactly(storage, merged);
}
