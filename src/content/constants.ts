// Course-wide constants that ship to the browser (kept free of zod so the main bundle stays small).

/** The seven OSI layers, top to bottom; the slug is part of every course URL. */
export const LAYER_SLUGS = ['application', 'presentation', 'session', 'transport', 'network', 'data-link', 'physical', 'across-the-stack'] as const;
export type LayerSlug = (typeof LAYER_SLUGS)[number];

/** Pages every layer has beside its topics (`/layers/<layer>/cheat-sheet`): no topic may take these names. */
export const CHEAT_SHEET_SLUG = 'cheat-sheet';
export const RESERVED_TOPIC_SLUGS: readonly string[] = [CHEAT_SHEET_SLUG];

/** SCS-C03 exam domains with their published weights (percent of scored questions). */
export const DOMAINS = {
  detection: { name: 'Detection', weight: 16 },
  'incident-response': { name: 'Incident Response', weight: 14 },
  'infrastructure-security': { name: 'Infrastructure Security', weight: 18 },
  iam: { name: 'Identity and Access Management', weight: 20 },
  'data-protection': { name: 'Data Protection', weight: 18 },
  governance: { name: 'Security Foundations and Governance', weight: 14 },
} as const;
export type Domain = keyof typeof DOMAINS;
export const DOMAIN_SLUGS = Object.keys(DOMAINS) as Domain[];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
