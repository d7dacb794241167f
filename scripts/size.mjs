#!/usr/bin/env node
// Reports what the built app makes a browser download, from dist/ (sizes are deterministic, so budgets are
// checked here, not timings). `--check` exits 1 when a budget is exceeded. `--json` prints the numbers only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Every JS file a page loads before it is interactive: its scripts, its preloads, and their static imports. */
function pageScripts(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const tags = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  // Pages list their scripts in one meta tag that public/boot.js starts after the first paint.
  const listed = /<meta name="seven-layers:scripts" content="([^"]*)">/.exec(html)?.[1]?.split(' ').map((f) => f.replace(/^\//, '')) ?? [];
  const start = [...tags, ...listed];
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file);
  };
  start.forEach(visit);
  return files;
}

const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
const firstTopic = (withDiagram) => {
  for (const layer of readdirSync(join(dist, 'layers'))) {
    const dir = join(dist, 'layers', layer);
    for (const topic of readdirSync(dir)) {
      if (topic === 'cheat-sheet') continue; // every layer's printable page, not a topic
      const page = join(dir, topic, 'index.html');
      if (!existsSync(page)) continue;
      if (readFileSync(page, 'utf8').includes('class="diagram"') === withDiagram) return page;
    }
  }
  return null;
};

const entry = manifest['index.html'];
const entryFiles = new Set([entry.file]);
// The bundler folds mermaid's core into the chunk of our renderer, the only module that imports it.
const rendererKey = Object.keys(manifest).find((k) => k.endsWith('render-mermaid.ts'));
const mermaidKey = Object.keys(manifest).find((k) => /mermaid\/dist\/mermaid\.core\.mjs$/.test(k)) ?? rendererKey;
const mermaidFile = mermaidKey ? manifest[mermaidKey].file : null;
const diagramFiles = new Set();
const visitAll = (key) => {
  const chunk = manifest[key];
  if (!chunk || diagramFiles.has(chunk.file)) return;
  diagramFiles.add(chunk.file);
  (chunk.imports ?? []).forEach(visitAll);
};
if (rendererKey) visitAll(rendererKey);

// Every topic of the course has a diagram; mermaid only loads once one is on screen, so the JS a topic page needs
// before it is interactive is the same with or without diagrams.
const plainTopic = firstTopic(false) ?? firstTopic(true);
const diagramTopic = firstTopic(true);
const home = pageScripts(join(dist, 'index.html'));
const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css')).map((f) => `assets/${f}`);
const report = {
  entryJsGzipKB: kb(sum(entryFiles)),
  homeJsGzipKB: kb(sum(home)),
  homeTotalGzipKB: kb(sum(home) + css.reduce((n, f) => n + gz(f), 0) + gz('index.html')),
  topicPage: plainTopic,
  topicWithoutDiagramJsGzipKB: plainTopic ? kb(sum(pageScripts(plainTopic))) : null,
  topicWithDiagramJsGzipKB: diagramTopic ? kb(sum(pageScripts(diagramTopic))) : null,
  mermaidCoreGzipKB: mermaidFile ? kb(gz(mermaidFile)) : null,
  diagramRendererTotalGzipKB: kb(sum(diagramFiles)),
  cssGzipKB: kb(css.reduce((n, f) => n + gz(f), 0)),
  mermaidInEntry: mermaidFile ? [...home].includes(mermaidFile) || (plainTopic ? pageScripts(plainTopic).has(mermaidFile) : false) : false,
};

const budgets = [
  ['JS for a topic page without diagrams ≤ 120 KB gzip', report.topicWithoutDiagramJsGzipKB !== null && report.topicWithoutDiagramJsGzipKB <= 120],
  ["mermaid's core is not loaded up front", report.mermaidInEntry === false && mermaidFile !== null],
  ['CSS ≤ 20 KB gzip', report.cssGzipKB <= 20],
  ['everything the home page loads ≤ 170 KB gzip', report.homeTotalGzipKB <= 170],
];

/** What the topic page's JavaScript is made of, by package (or our own folder), largest first. */
function composition(files) {
  const path = join(dist, '.vite', 'module-sizes.json');
  if (!existsSync(path)) return [];
  const sizes = JSON.parse(readFileSync(path, 'utf8'));
  const groups = new Map();
  for (const file of files) {
    for (const [id, bytes] of Object.entries(sizes[file] ?? {})) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
      const group = pkg ?? (id.startsWith('virtual:course') ? 'virtual:course (the course index)' : id.split('/').slice(0, 3).join('/'));
      groups.set(group, (groups.get(group) ?? 0) + bytes);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log('Built sizes (gzip, level 9):');
  for (const [key, value] of Object.entries(report)) console.log(`  ${key.padEnd(30)} ${value}`);
  if (plainTopic) {
    console.log('A topic page\'s JavaScript by package or folder (each module gzipped alone):');
    for (const [group, bytes] of composition(pageScripts(plainTopic)).slice(0, 16)) console.log(`  ${group.padEnd(44)} ${kb(bytes)}`);
  }
  console.log('Budgets:');
  for (const [name, ok] of budgets) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}`);
}
if (process.argv.includes('--check') && budgets.some(([, ok]) => !ok)) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}
