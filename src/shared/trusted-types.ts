// Trusted Types: with `require-trusted-types-for 'script'` in the CSP, the browser refuses strings at HTML and
// script sinks (innerHTML, script src, …) unless a policy vouches for them. Our own code never uses those sinks;
// mermaid does (it builds SVG with innerHTML), so the default policy passes HTML only through a sanitizer that
// the diagram chunk registers (DOMPurify), and refuses HTML everywhere else.

type Sanitizer = (html: string) => string;
let sanitizeHtml: Sanitizer | null = null;

/** Called by the diagram renderer before mermaid runs. */
export function registerHtmlSanitizer(sanitizer: Sanitizer): void {
  sanitizeHtml = sanitizer;
}

interface TrustedTypesFactory {
  createPolicy: (name: string, rules: Record<string, (input: string) => string>) => unknown;
  defaultPolicy?: unknown;
}

/** Installs the default policy once, where the browser has Trusted Types. */
export function installTrustedTypes(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createHTML: (input) => {
      if (!sanitizeHtml) throw new TypeError('HTML from a string is not allowed here');
      return sanitizeHtml(input);
    },
    createScript: () => {
      throw new TypeError('Scripts from strings are not allowed');
    },
    createScriptURL: (input) => {
      const url = new URL(input, document.baseURI);
      if (url.origin !== location.origin) throw new TypeError(`Script URL from another origin refused: ${url.origin}`);
      return url.href;
    },
  });
}
