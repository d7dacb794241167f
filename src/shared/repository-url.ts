// Reads package.json `repository` (its usual spellings) into the repository's web address. Pure: vite.config.ts
// runs it at build time, and it is unit-tested.

/** The repository's web address from package.json `repository`, or null when it names none (or not GitHub). */
export function repositoryWebUrl(repository: unknown): string | null {
  const raw = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null && 'url' in repository ? String((repository as { url: unknown }).url) : '';
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  const url = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw) ?? /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw);
  return url ? `https://github.com/${url[1]}/${url[2]}` : null;
}
