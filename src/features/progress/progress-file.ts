// Export and import of the whole progress log as a versioned JSON file (format documented in the README).
// Import never trusts the file: size, nesting depth and dangerous keys are checked before anything is parsed into
// objects, then the same validation and migrations as stored data apply. A refused file changes nothing.
import { CURRENT_VERSION, type ProgressEvent } from '@/learning/progress-events';
import { parseUntrustedJson } from '@/shared/untrusted-json';
import { validateProgress } from './progress-storage';

export { jsonDepth } from '@/shared/untrusted-json';

/** Larger than years of daily study (10,000 answers is about 2 MB), small enough to parse without a stall. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The export nests four levels (file → events → event → chosen); anything far deeper is not ours. */
export const MAX_IMPORT_DEPTH = 8;

export type ImportResult = { ok: true; events: ProgressEvent[]; migratedFrom: number | null } | { ok: false; message: string };

/** The export file's content: the stored format plus when it was made. */
export function exportProgress(events: readonly ProgressEvent[], now = new Date()): string {
  return JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, exportedAt: now.toISOString(), events }, null, 1);
}

/** The file name of an export made at `now`. */
export const exportFileName = (now = new Date()): string => `seven-layers-progress-${now.toISOString().slice(0, 10)}.json`;


/** The stored format has no `exportedAt`; drop it (only when it is a string) so the strict schema can check the rest. */
function withoutExportTime(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('exportedAt' in data)) return data;
  const { exportedAt, ...rest } = data as Record<string, unknown>;
  return typeof exportedAt === 'string' ? rest : data;
}

/** Parses an import file's text; every refusal comes back as a message for the learner, never as an exception. */
export function parseProgressFile(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, message: 'The file could not be read as text.' };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, message: `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.` };
  const parsed = parseUntrustedJson(text, MAX_IMPORT_DEPTH);
  if (!parsed.ok) {
    if (parsed.problem === 'too-deep') return { ok: false, message: 'The file nests data far deeper than a Seven Layers export does.' };
    if (parsed.problem === 'forbidden-key') return { ok: false, message: `The file contains a "${parsed.key ?? ''}" key, which a Seven Layers export never has.` };
    return { ok: false, message: 'The file is not valid JSON (it may be damaged or cut off).' };
  }
  const data = parsed.value;
  const result = validateProgress(withoutExportTime(data));
  if (result.kind === 'newer') return { ok: false, message: `The file was made by a newer version of Seven Layers (format ${result.version}; this app reads up to ${CURRENT_VERSION}). Reload the app to update it, then import again.` };
  if (result.kind === 'bad') return { ok: false, message: `The file was not imported: ${result.reason}.` };
  return { ok: true, events: result.events, migratedFrom: result.migratedFrom };
}
