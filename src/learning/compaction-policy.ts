// When the progress log is compacted (kept apart from compaction.ts so the progress store checks it without loading FSRS).

/** Compact when the log passes this many events (about 1.5 M characters: a third of what localStorage allows). */
export const COMPACT_AFTER_EVENTS = 9_000;
/** Answers and reviews of the last 90 days stay as events (history screens show them one by one). */
export const KEEP_DAYS = 90;
