// The Content-Security-Policy every built page carries in a <meta> tag (the dev server needs inline scripts for
// hot reload, so the tag is added at build time only). Keep SECURITY.md and the README's host headers in step.

/** Directives a <meta> tag can carry. */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // No 'unsafe-inline' and no 'unsafe-eval': every script is a file of ours; route data is a non-executed JSON block.
  'script-src': "'self'",
  // mermaid writes a <style> element and style attributes into each SVG it draws, and prerendered table cells
  // carry text-align styles; style attributes and elements cannot run script, so this is the one relaxation.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  // Trusted Types: HTML and script sinks accept only values vouched for by our default policy (src/app/trusted-types.ts)
  // or DOMPurify's own policy.
  'require-trusted-types-for': "'script'",
  'trusted-types': "default dompurify",
};

/** Directives only a response header can carry (a host adds them; see the README's deployment section). */
export const HEADER_ONLY_DIRECTIVES: Record<string, string> = {
  'frame-ancestors': "'none'",
};

const serialise = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const metaContentSecurityPolicy = serialise(CSP_DIRECTIVES);
export const headerContentSecurityPolicy = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
