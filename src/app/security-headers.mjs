// The one source of the security policy, in plain ESM so that `node scripts/serve.mjs` can import it without a build
// step; src/app/content-security-policy.ts re-exports it with types for the app, vite.config.ts puts the <meta>
// policy into every built page, and src/app/security-headers.test.ts checks that README.md ("Security response
// headers") and SECURITY.md state exactly these headers. Change a value here, then copy the table that test prints.

/** Directives a <meta> tag can carry (the policy every built page carries). */
export const CSP_DIRECTIVES = Object.freeze({
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
  'trusted-types': 'default dompurify',
});

/** Directives only a response header can carry. */
export const HEADER_ONLY_DIRECTIVES = Object.freeze({
  'frame-ancestors': "'none'",
});

/** A policy as its header or attribute value: `name value; name value`. */
export const serialisePolicy = (directives) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy in the <meta> tag of every built page (the dev server's hot reload needs inline scripts, so not there). */
export const metaContentSecurityPolicy = serialisePolicy(CSP_DIRECTIVES);

/** The same policy as a response header, with what only a header can say. */
export const headerContentSecurityPolicy = serialisePolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/**
 * The response headers a host sends with every file (the README shows them as a CloudFront response headers
 * policy; scripts/serve.mjs sends exactly these). Browsers ignore Strict-Transport-Security over plain HTTP, so the
 * local server sending it changes nothing there.
 */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': headerContentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
