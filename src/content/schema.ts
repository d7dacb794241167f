import { z } from 'zod';

import { skillById } from './blueprint.ts';
import { DIFFICULTIES, DOMAIN_SLUGS, LAYER_SLUGS, type Domain } from './constants.ts';

export { DOMAINS, LAYER_SLUGS } from './constants.ts';
export type { Difficulty, Domain, LayerSlug } from './constants.ts';

export const layerSlugSchema = z.enum(LAYER_SLUGS);
export const domainSchema = z.enum(DOMAIN_SLUGS as [Domain, ...Domain[]]);
export const difficultySchema = z.enum(DIFFICULTIES);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A skill of the SCS-C03 outline by its id, e.g. `4.2.5` (src/content/blueprint.ts). */
export const skillIdSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((id) => skillById(id) !== undefined, { error: (issue) => `unknown skill ${String(issue.input)}` });

/** Front matter of a layer overview (`_layer.md`). */
export const layerFrontmatterSchema = z.strictObject({
  /** The layer's name, e.g. "Application". */
  title: nonEmpty,
  /** One sentence on what the layer is. */
  summary: nonEmpty,
  /** AWS services shown for this layer on the OSI stack. */
  services: z.array(nonEmpty).min(1),
  /** Threats that live at this layer. */
  threats: z.array(nonEmpty).min(1),
});
export type LayerFrontmatter = z.infer<typeof layerFrontmatterSchema>;

/** Front matter of a topic file. */
export const topicFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  /** AWS services this topic teaches (feeds the services index). */
  services: z.array(nonEmpty),
  tags: z.array(nonEmpty).default([]),
  /** Exam domains the topic serves. */
  domains: z.array(domainSchema).min(1),
  /** Other topics as `layer-slug/topic-slug`. */
  related: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'must be layer-slug/topic-slug')).default([]),
  /** Position within the layer, 1 first. */
  order: z.number().int().positive(),
  /** Skills of the SCS-C03 outline this topic teaches, e.g. `[3.2.7, 5.3.4]`. */
  skills: z.array(skillIdSchema).default([]),
});
export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>;

/** Front matter of a lab scenario (`content/labs/<lab>/<slug>.md`). */
export const labFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  skills: z.array(skillIdSchema).min(1),
  /** Sections that teach what the scenario practises, as `layer-slug/topic-slug#heading-id`; each links back. */
  teaches: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must be layer-slug/topic-slug#heading-id')).min(1),
  order: z.number().int().positive(),
});
export type LabFrontmatter = z.infer<typeof labFrontmatterSchema>;

/** Front matter of the course introduction (`_course.md`). */
export const courseFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
});


/**
 * The `key: value` paragraph under each question heading, but for `type:`: its values are the registered question
 * types, which the content pipeline adds from the registry (src/pipeline/questions.ts).
 */
export const questionMetaSchema = z.strictObject({
  domain: domainSchema,
  difficulty: difficultySchema,
  /** Link to the section that teaches it: `#id` or `topic.md#id`. */
  teaches: nonEmpty,
  /** The skill of the SCS-C03 outline it tests, e.g. `4.2.5`; it must belong to `domain`. */
  skill: skillIdSchema.optional(),
});

export const questionIdSchema = slug;
