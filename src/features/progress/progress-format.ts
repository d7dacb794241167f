// The outside of the stored progress log, with no validation code: the app starts, and a new learner records a first
// answer, without loading zod (its start-up cost blocked a phone's main thread for ~35 ms).
import type { ProgressEvent } from './progress-events';

/** The localStorage key of the log. */
export const PROGRESS_KEY = 'seven-layers:progress';

/** The version of the stored format; bump it (and add a migration) whenever an older app could misread the log. */
export const CURRENT_VERSION = 1;

/** The stored form of a log. */
export const serialiseProgress = (events: readonly ProgressEvent[]): string => JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, events });
