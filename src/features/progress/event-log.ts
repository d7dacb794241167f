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
  return [...byId.values()].sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
}
