// Kept apart from the zod schemas (progress-events.ts) so the first page load, which needs the version to write
// a new learner's first event, does not load the validation code.

/** The version of the stored format; bump it (and add a migration in features/progress) whenever an older app could misread the log. */
export const CURRENT_VERSION = 3;
