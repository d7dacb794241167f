// The one module that touches the browser storage of progress. zustand's persist is not used on purpose: it
// overwrites corrupt or newer data and merges tabs by last-writer-wins, and a learner's history must survive all three.
import { mergeEvents } from './event-log';
import { CURRENT_VERSION, storedProgressSchema, type ProgressEvent } from './progress-events';

export const PROGRESS_KEY = 'seven-layers:progress';
export const QUARANTINE_PREFIX = 'seven-layers:progress:set-aside:';

export type StoredState =
  | { kind: 'empty' }
  | { kind: 'ok'; events: ProgressEvent[] }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'newer'; version: number };

/** Migrations from each older version to the next; version 1 is the first format, so there are none yet. */
export const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(data: Record<string, unknown>): Record<string, unknown> {
  let current = data;
  let version = Number(current.version);
  while (version < CURRENT_VERSION) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    current = step(current);
    version = Number(current.version);
  }
  return current;
}

/** Reads and validates what is stored, without changing it. */
export function readStored(storage: Storage): StoredState {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'it is not valid JSON (it may have been cut off)' };
  }
  if (typeof data !== 'object' || data === null || (data as { app?: unknown }).app !== 'seven-layers') {
    return { kind: 'corrupt', raw, reason: 'it is not Seven Layers progress' };
  }
  const version = Number((data as { version?: unknown }).version);
  if (!Number.isInteger(version) || version < 1) return { kind: 'corrupt', raw, reason: 'it has no valid version' };
  if (version > CURRENT_VERSION) return { kind: 'newer', version };
  try {
    const parsed = storedProgressSchema.safeParse(migrate(data as Record<string, unknown>));
    if (parsed.success) return { kind: 'ok', events: parsed.data.events };
    return { kind: 'corrupt', raw, reason: `it does not match the expected format (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  } catch (error) {
    return { kind: 'corrupt', raw, reason: error instanceof Error ? error.message : 'migration failed' };
  }
}

/** Copies a damaged value under its own key before anything could overwrite it; returns that key. */
export function setAside(storage: Storage, raw: string, now = Date.now()): string {
  const key = `${QUARANTINE_PREFIX}${now}`;
  storage.setItem(key, raw);
  return key;
}

export type WriteResult = { ok: true; events: ProgressEvent[] } | { ok: false; reason: 'quota' | 'blocked'; events: ProgressEvent[] };

/**
 * Merges `events` into what is stored now (the union by id) and writes the result. Never writes over a value it
 * cannot read (corrupt or newer): that is the caller's to resolve.
 */
export function writeMerged(storage: Storage, events: readonly ProgressEvent[]): WriteResult {
  const stored = readStored(storage);
  if (stored.kind === 'corrupt' || stored.kind === 'newer') return { ok: false, reason: 'blocked', events: [...events] };
  const merged = mergeEvents(stored.kind === 'ok' ? stored.events : [], events);
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, events: merged }));
    return { ok: true, events: merged };
  } catch {
    return { ok: false, reason: 'quota', events: merged };
  }
}

/** Runs `task` under a cross-tab Web Lock where the browser has them, so read-merge-write never interleaves. */
export async function withProgressLock<T>(task: () => T): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(PROGRESS_KEY, () => task());
}
