#!/usr/bin/env node
// Writes the service worker's precache list into dist/sw.js after prerendering: every page's HTML, every JS and
// CSS chunk (topic bodies, question banks, mermaid), the manifest and the icons. Hashed files under assets/ need
// no revision; everything else gets a hash of its content, so a changed page is fetched again on update.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const INJECTION_POINT = 'self.__WB_MANIFEST';
const PRECACHED = /\.(html|js|css|svg|png|webmanifest|woff2)$/;
const SKIPPED = new Set(['sw.js', '.vite']);
// One page per question (hundreds) and the layer cheat sheets (every topic of a layer again, 0.4 MB each):
// offline, the app shell renders them from the precached chunks, so their HTML is not worth a first-visit download.
const SHELL_RENDERED = /^(questions\/.+|layers\/[^/]+\/cheat-sheet)\/index\.html$/;

/** Every file under dir, as paths relative to dist with forward slashes. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    const file = relative(dist, path).split(sep).join('/');
    return PRECACHED.test(entry.name) && !SHELL_RENDERED.test(file) ? [file] : [];
  });
}

const entries = files(dist)
  .sort()
  .map((file) => ({
    url: `/${file}`,
    revision: file.startsWith('assets/') ? null : createHash('md5').update(readFileSync(join(dist, file))).digest('hex'),
  }));

const swPath = join(dist, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
if (!sw.includes(INJECTION_POINT)) {
  console.error(`${swPath} has no ${INJECTION_POINT}: was it built, and is this script run only once per build?`);
  process.exit(1);
}
writeFileSync(swPath, sw.replace(INJECTION_POINT, JSON.stringify(entries)));

const raw = entries.reduce((n, e) => n + readFileSync(join(dist, e.url)).length, 0);
const gz = entries.reduce((n, e) => n + gzipSync(readFileSync(join(dist, e.url))).length, 0);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
console.log(`precache: ${entries.length} files, ${mb(raw)} MiB (${mb(gz)} MiB gzip to download once) written into ${swPath}`);
