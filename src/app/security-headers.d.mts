// Types of security-headers.mjs (plain ESM so that scripts/serve.mjs can import it; the values live there only).
export type Directives = Readonly<Record<string, string>>;
export declare const CSP_DIRECTIVES: Directives;
export declare const HEADER_ONLY_DIRECTIVES: Directives;
export declare const serialisePolicy: (directives: Directives) => string;
export declare const metaContentSecurityPolicy: string;
export declare const headerContentSecurityPolicy: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
