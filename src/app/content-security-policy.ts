// The security policy for TypeScript code. The values live in ./security-headers.mjs (plain ESM, so that
// scripts/serve.mjs sends the same headers without a build step); this module re-exports them with their types.
// vite.config.ts adds `metaContentSecurityPolicy` to every built page; security-headers.test.ts keeps README.md and
// SECURITY.md in step with `SECURITY_HEADERS`.
export {
  CSP_DIRECTIVES,
  HEADER_ONLY_DIRECTIVES,
  SECURITY_HEADERS,
  headerContentSecurityPolicy,
  metaContentSecurityPolicy,
  serialisePolicy,
  type Directives,
} from './security-headers.mjs';
