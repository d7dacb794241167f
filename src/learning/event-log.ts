// Operations on the event log that ship in the main bundle (no zod here: validation loads with storage).
import type { ProgressEvent } from './progress-events';

/** A new event's id: unique across tabs and devices. */
export function newEventId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The union of two logs by event id, in time order: how tabs and imports combine, never last-writer-wins. */
export function mergeEvents(a: readonly ProgressEvent[], b: readonly ProgressEvent[]): ProgressEvent[] {
  const byId = new Map<string, ProgressEvent>();
  for (const event of a) byId.set(event.id, event);
  for (const event of b) if (!byId.has(event.id)) byId.set(event.id, event);
  const merged = [...byId.values()].sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
  // The latest snapshot holds everything older ones did: answers, reviews and snapshots it covers are dropped.
  const snapshot = latestSnapshot(merged);
  if (!snapshot) return merged;
  return merged.filter((e) => (e.type === 'compacted' ? e === snapshot : !isCompactable(e) || e.at > snapshot.until));
}

/** Answers and reviews are what a compaction snapshot replaces. */
export const isCompactable = (e: ProgressEvent): boolean => e.type === 'answered' || e.type === 'reviewed';

/** The latest compaction snapshot of the log, if any. */
export function latestSnapshot(events: readonly ProgressEvent[]): Extract<ProgressEvent, { type: 'compacted' }> | null {
  let latest: Extract<ProgressEvent, { type: 'compacted' }> | null = null;
  for (const e of events) if (e.type === 'compacted' && (!latest || e.until > latest.until)) latest = e;
  return latest;
}

/** The latest exam date the learner set (YYYY-MM-DD), or null. */
export function selectExamDate(events: readonly ProgressEvent[]): string | null {
  let date: string | null = null;
  for (const e of events) if (e.type === 'exam-date-set') date = e.date;
  return date;
}

const after = (x: ProgressEvent, y: ProgressEvent): boolean => x.at > y.at || (x.at === y.at && x.id.localeCompare(y.id) > 0);

/**
 * `mergeEvents(log, events)` for a log that is already merged (in order, snapshot applied): new events that all come
 * after its last one, none a snapshot, are appended without sorting the log again (recording an answer in a log of
 * 16,000 events); anything else is a full merge.
 */
export function appendEvents(log: readonly ProgressEvent[], events: readonly ProgressEvent[]): ProgressEvent[] {
  if (events.length === 0) return [...log];
  let last = log[log.length - 1];
  const snapshot = last ? latestSnapshot(log) : null;
  const ids = new Set<string>();
  for (const e of events) {
    if (e.type === 'compacted' || (last && !after(e, last)) || ids.has(e.id) || (snapshot && isCompactable(e) && e.at <= snapshot.until)) return mergeEvents(log, events);
    ids.add(e.id);
    last = e;
  }
  return [...log, ...events];
}

/** The lab scenarios the learner has solved, as `lab/scenario` (each counts once, however often solved). */
export function selectSolvedLabs(events: readonly ProgressEvent[]): Set<string> {
  const solved = new Set<string>();
  for (const e of events) if (e.type === 'lab-solved') solved.add(`${e.lab}/${e.scenario}`);
  return solved;
}
