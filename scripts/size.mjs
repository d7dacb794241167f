#!/usr/bin/env node
// Reports what the built app makes a browser download, from dist/ (sizes are deterministic, so budgets are
// checked here, not timings). `--check` exits 1 when a budget is exceeded. `--json` prints the numbers only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const examPage = join(dist, 'exam', 'index.html');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Modules every page imports with import() as soon as it has started (src/main.tsx), before the network is idle:
 * they count, as a browser downloads them on a first visit all the same. A browser test
 * (tests/e2e/first-visit-size.spec.ts) checks that this measure lists exactly what Chromium loads until the network
 * is idle, so a script started some other way cannot escape it.
 */
const STARTED_ON_EVERY_PAGE = ['src/features/offline/register-service-worker.ts'];

/**
 * Every JS file a first visit of a page runs before the network is idle: its blocking script (public/boot.js),
 * its preloads, the scripts boot.js starts, what src/main.tsx imports once started, and their static imports.
 */
function pageScripts(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const tags = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  // Pages list their scripts in one meta tag that public/boot.js starts after the first paint.
  const listed = /<meta name="seven-layers:scripts" content="([^"]*)">/.exec(html)?.[1]?.split(' ').map((f) => f.replace(/^\//, '')) ?? [];
  const started = STARTED_ON_EVERY_PAGE.map((key) => {
    if (!manifest[key]) throw new Error(`scripts/size.mjs: ${key} is not in the build manifest`);
    return manifest[key].file;
  });
  const start = [...tags, ...listed, ...started];
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

/**
 * A lab's own JavaScript: what one of its scenario pages runs on a first visit, plus the editor it imports once
 * hydrated, less what a topic page runs anyway. The scenario itself arrives in the page's HTML.
 */
function labOwnScripts(lab, topicFiles) {
  const labsDir = join(dist, 'labs', lab);
  const scenario = existsSync(labsDir) ? readdirSync(labsDir).find((d) => d !== 'free' && existsSync(join(labsDir, d, 'index.html'))) : undefined;
  if (!scenario) return null;
  const files = pageScripts(join(labsDir, scenario, 'index.html'));
  const editorKey = Object.keys(manifest).find((k) => k.endsWith('src/features/labs/editor/json-editor.tsx'));
  if (!editorKey) throw new Error('scripts/size.mjs: the lab editor is not in the build manifest');
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  visit(editorKey);
  return new Set([...files].filter((f) => !topicFiles.has(f)));
}
const labFiles = Object.fromEntries(['policy', 'network'].map((lab) => [lab, plainTopic ? labOwnScripts(lab, pageScripts(plainTopic)) : null]));
const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css')).map((f) => `assets/${f}`);
const report = {
  entryJsGzipKB: kb(sum(entryFiles)),
  homeJsGzipKB: kb(sum(home)),
  homeTotalGzipKB: kb(sum(home) + css.reduce((n, f) => n + gz(f), 0) + gz('index.html')),
  topicPage: plainTopic,
  topicWithoutDiagramJsGzipKB: plainTopic ? kb(sum(pageScripts(plainTopic))) : null,
  topicWithDiagramJsGzipKB: diagramTopic ? kb(sum(pageScripts(diagramTopic))) : null,
  examJsGzipKB: kb(sum(pageScripts(examPage))),
  mermaidCoreGzipKB: mermaidFile ? kb(gz(mermaidFile)) : null,
  diagramRendererTotalGzipKB: kb(sum(diagramFiles)),
  cssGzipKB: kb(css.reduce((n, f) => n + gz(f), 0)),
  policyLabOwnJsGzipKB: labFiles.policy ? kb(sum(labFiles.policy)) : null,
  networkLabOwnJsGzipKB: labFiles.network ? kb(sum(labFiles.network)) : null,
  mermaidInEntry: mermaidFile ? [...home].includes(mermaidFile) || (plainTopic ? pageScripts(plainTopic).has(mermaidFile) : false) : false,
};

// The topic page's budget, the aim of issue 15 (108.6 today): react-dom, react-router, React and the scheduler are
// about 89 of it (react-router without the features the app never uses, scripts/react-router-build.ts), our code ~20.
const TOPIC_JS_BUDGET_KB = 110;
const budgets = [
  [`JS for a topic page without diagrams ≤ ${TOPIC_JS_BUDGET_KB} KB gzip`, report.topicWithoutDiagramJsGzipKB !== null && report.topicWithoutDiagramJsGzipKB <= TOPIC_JS_BUDGET_KB],
  ["mermaid's core is not loaded up front", report.mermaidInEntry === false && mermaidFile !== null],
  ['CSS ≤ 20 KB gzip', report.cssGzipKB <= 20],
  ...['policy', 'network'].map((lab) => {
    const value = report[`${lab}LabOwnJsGzipKB`];
    return [`the ${lab} lab's own JS (a scenario page and its editor, beyond a topic page's) ≤ 120 KB gzip`, value !== null && value <= 120];
  }),
  ['everything the home page loads ≤ 170 KB gzip', report.homeTotalGzipKB <= 170],
];

/**
 * What a page's JavaScript is made of, by package (or our own folder), largest first, in KB that add up to the
 * page's total: each chunk's gzip size is shared among its modules in proportion to their code gzipped alone
 * (.vite/module-sizes.json, code before minification). A file the bundler did not make (public/boot.js) is its own line.
 */
function composition(files) {
  const path = join(dist, '.vite', 'module-sizes.json');
  if (!existsSync(path)) return [];
  const sizes = JSON.parse(readFileSync(path, 'utf8'));
  const groups = new Map();
  const add = (group, bytes) => groups.set(group, (groups.get(group) ?? 0) + bytes);
  for (const file of files) {
    const modules = Object.entries(sizes[file] ?? {});
    const alone = modules.reduce((n, [, bytes]) => n + bytes, 0);
    if (alone === 0) {
      add(file, gz(file));
      continue;
    }
    for (const [id, bytes] of modules) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
      const group = pkg ?? (id.startsWith('virtual:course') ? 'virtual:course (the course index)' : id.split('/').slice(0, 3).join('/'));
      add(group, (bytes / alone) * gz(file));
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

if (process.argv.includes('--scripts')) {
  // The files a first visit of one page runs, as URL paths: `--scripts dist/exam/index.html`.
  const page = process.argv[process.argv.indexOf('--scripts') + 1];
  console.log(JSON.stringify([...pageScripts(page)].map((f) => `/${f}`).sort()));
} else if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log('Built sizes (gzip, level 9):');
  for (const [key, value] of Object.entries(report)) console.log(`  ${key.padEnd(30)} ${value}`);
  if (plainTopic) {
    console.log("A topic page's JavaScript on a first visit, by package or folder (KB gzip, adding up to the total):");
    const rows = composition(pageScripts(plainTopic));
    for (const [group, bytes] of rows.slice(0, 24)) console.log(`  ${group.padEnd(44)} ${kb(bytes)}`);
    const rest = rows.slice(24).reduce((n, [, bytes]) => n + bytes, 0);
    if (rest > 0) console.log(`  ${`${rows.length - 24} more`.padEnd(44)} ${kb(rest)}`);
  }
  for (const [lab, files] of Object.entries(labFiles)) {
    if (!files) continue;
    console.log(`The ${lab} lab's own JavaScript, by package or folder (KB gzip):`);
    for (const [group, bytes] of composition(files).slice(0, 12)) console.log(`  ${group.padEnd(44)} ${kb(bytes)}`);
  }
  console.log('Budgets:');
  for (const [name, ok] of budgets) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}`);
}
if (process.argv.includes('--check') && budgets.some(([, ok]) => !ok)) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}
