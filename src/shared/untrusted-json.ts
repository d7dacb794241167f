// Parsing JSON that came from outside (an imported file, a shared link): depth and dangerous keys are checked
// before anything becomes objects, and every refusal is a reason, never an exception.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}

class ForbiddenKeyError extends Error {}

export type UntrustedJson = { ok: true; value: unknown } | { ok: false; problem: 'too-deep' | 'forbidden-key' | 'invalid'; key?: string };

/** Parses JSON text that nests at most `maxDepth` levels and has no `__proto__`, `constructor` or `prototype` key. */
export function parseUntrustedJson(text: string, maxDepth: number): UntrustedJson {
  if (jsonDepth(text) > maxDepth) return { ok: false, problem: 'too-deep' };
  try {
    // zod drops a `__proto__` key silently, so refuse dangerous keys here, at any depth, while parsing.
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, problem: 'forbidden-key', key: error.message };
    return { ok: false, problem: 'invalid' };
  }
}
