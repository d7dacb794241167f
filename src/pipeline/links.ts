import { posix } from 'node:path';
import { LAYER_SLUGS, type LayerSlug } from '../content/schema.ts';

/** A link inside the course that must point at an existing topic (and heading) once everything is compiled. */
export interface InternalLink {
  file: string;
  line: number;
  layer: LayerSlug;
  /** Topic slug, or null for the layer overview. */
  topic: string | null;
  section: string | null;
}

const LAYER_DIR = /^(\d\d)-([a-z-]+)$/;

/** Maps a content folder name like `06-presentation` to its layer, if it is one. */
export function layerOfDir(dir: string): { number: number; slug: LayerSlug } | null {
  const match = LAYER_DIR.exec(dir);
  if (!match) return null;
  const slug = LAYER_SLUGS.find((s) => s === match[2]);
  return slug ? { number: Number(match[1]), slug } : null;
}

/** Where a content file sits in the course: its layer and topic slug (null topic for `_layer.md`). */
export function locateFile(path: string): { layer: LayerSlug; topic: string | null } | null {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const layer = layerOfDir(parts.at(-2) ?? '');
  if (!layer || !name.endsWith('.md')) return null;
  if (name === '_layer.md') return { layer: layer.slug, topic: null };
  if (name.startsWith('_')) return null;
  return { layer: layer.slug, topic: name.slice(0, -3) };
}

/** The URL of a layer, topic or section: mirrors src/shared/paths.ts, which owns the public URL scheme. */
export function courseHref(layer: LayerSlug, topic: string | null, section: string | null): string {
  return `/layers/${layer}${topic ? `/${topic}` : ''}${section ? `#${section}` : ''}`;
}

export type ResolvedLink =
  | { kind: 'external'; href: string }
  | { kind: 'internal'; target: Omit<InternalLink, 'file' | 'line'> }
  | { kind: 'invalid'; reason: string };

/** Resolves a link written in `fromFile` to an external URL or a course location. */
export function resolveLink(fromFile: string, href: string): ResolvedLink {
  if (/^https:\/\/[^\s]+$/i.test(href)) return { kind: 'external', href };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return { kind: 'invalid', reason: `link "${href}" is not allowed: use https:// or a relative path to a .md file` };
  }
  const hashAt = href.indexOf('#');
  const pathPart = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const section = hashAt >= 0 ? href.slice(hashAt + 1) || null : null;
  const from = locateFile(fromFile);
  if (pathPart === '') {
    if (!from || !section) return { kind: 'invalid', reason: `link "${href}" points nowhere` };
    return { kind: 'internal', target: { ...from, section } };
  }
  if (pathPart.startsWith('/') || !pathPart.endsWith('.md')) {
    return { kind: 'invalid', reason: `link "${href}" must be a relative path to a .md file, e.g. other-topic.md#heading` };
  }
  const targetPath = posix.normalize(posix.join(posix.dirname(fromFile), pathPart));
  const target = locateFile(targetPath);
  if (!target) return { kind: 'invalid', reason: `link "${href}" does not point at a topic or layer file` };
  return { kind: 'internal', target: { ...target, section } };
}
