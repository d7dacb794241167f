// Migrations of the stored progress format. Each step takes data of version N to version N + 1; a value from a
// newer version is never passed here (it is left untouched and the app opens read-only).
import { CURRENT_VERSION } from '@/learning/progress-events';

export type Migrations = Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;

export const migrations: Migrations = {
  /**
   * Format 2 added the `compacted` snapshot event (review history folded into card states). A format-1 log is a
   * valid format-2 log as it is; the bump exists so that an older copy of the app (another tab, a cached
   * version), which cannot read snapshots, opens a newer log read-only instead of setting it aside as damaged.
   */
  1: (v1) => ({ ...v1, version: 2 }),
  /** Format 3 added `lab-solved` (a lab scenario solved); a format-2 log is valid as it is, as for format 2. */
  2: (v2) => ({ ...v2, version: 3 }),
};

/** Applies every step from the data's version up to `target`; throws if a step is missing or does not advance. */
export function migrate(data: Record<string, unknown>, steps: Migrations = migrations, target = CURRENT_VERSION): Record<string, unknown> {
  let current = data;
  let version = Number(current.version);
  while (version < target) {
    const step = steps[version];
    if (!step) throw new Error(`there is no migration from format ${version}`);
    current = step(current);
    const next = Number(current.version);
    if (next !== version + 1) throw new Error(`the migration from format ${version} did not produce format ${version + 1}`);
    version = next;
  }
  return current;
}
