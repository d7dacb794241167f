import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BrowserCourseIndex, PartDetails, TopicDetails } from '../content/model.ts';
import { compileCourse, type CompiledCourse } from './course.ts';
import { ContentError, formatIssue } from './issues.ts';
import { loadContent } from './load.ts';
import { checkDiagrams } from './mermaid-check.ts';
import { outlineIndex } from './outline-index.ts';
import { searchIndexJson } from './search-documents.ts';

const PREFIX = 'virtual:course';
const RESOLVED = `\0${PREFIX}`;

/** A module whose default export is `value`; JSON.parse of a string is the fastest way to ship large data. */
const jsonModule = (value: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** `{ key: () => import(chunk) }` for every key: one chunk each. */
const loaderMap = (kind: string, keys: string[]): string =>
  `{${keys.map((k) => `${JSON.stringify(k)}: () => import(${JSON.stringify(`${PREFIX}/${kind}/${k}`)})`).join(',\n')}}`;

function loadersModule(course: CompiledCourse): string {
  // The maps of every topic body and question bank are modules of their own, imported only when a page has to
  // fetch one (a client-side navigation): a prerendered page hydrates from its own data without them.
  return [
    `export const loadTopicLoaders = () => import(${JSON.stringify(`${PREFIX}/topic-loaders`)});`,
    `export const loadQuestionLoaders = () => import(${JSON.stringify(`${PREFIX}/question-loaders`)});`,
    `export const layerLoaders = ${loaderMap('layer', [...course.layers.keys()])};`,
    `export const loadIntro = () => import(${JSON.stringify(`${PREFIX}/intro`)});`,
    `export const loadAllQuestions = () => import(${JSON.stringify(`${PREFIX}/all-questions`)});`,
    `export const loadTopicDetails = () => import(${JSON.stringify(`${PREFIX}/details`)});`,
    `export const loadPartDetails = () => import(${JSON.stringify(`${PREFIX}/parts`)});`,
    `export const loadOutline = () => import(${JSON.stringify(`${PREFIX}/outline`)});`,
    `export const loadLabs = () => import(${JSON.stringify(`${PREFIX}/labs`)});`,
  ].join('\n');
}

/** The index the main bundle carries: part and topic names only; everything else loads with the page that shows it. */
function browserIndex(course: CompiledCourse): BrowserCourseIndex {
  return {
    title: course.index.title,
    layers: course.index.layers.map((layer) => ({
      number: layer.number,
      slug: layer.slug,
      title: layer.title,
      topics: layer.topics.map((t) => ({ layer: t.layer, slug: t.slug, title: t.title })),
    })),
  };
}

function topicDetails(course: CompiledCourse): TopicDetails {
  const details: TopicDetails = {};
  for (const t of course.index.layers.flatMap((l) => l.topics)) {
    const { summary, services, tags, domains, skills, related, order, hasDiagram, questionCount } = t;
    details[`${t.layer}/${t.slug}`] = { summary, services, tags, domains, skills, related, order, hasDiagram, questionCount };
  }
  return details;
}

function partDetails(course: CompiledCourse): PartDetails {
  return {
    summary: course.index.summary,
    layers: Object.fromEntries(course.index.layers.map((l) => [l.slug, { summary: l.summary, services: l.services, threats: l.threats }])),
  };
}

/** Serves one virtual module of the compiled course by its id (without the prefix). */
function moduleFor(course: CompiledCourse, id: string): string | null {
  if (id === '' || id === '/index') return jsonModule(browserIndex(course));
  if (id === '/details') return jsonModule(topicDetails(course));
  if (id === '/parts') return jsonModule(partDetails(course));
  if (id === '/loaders') return loadersModule(course);
  if (id === '/topic-loaders') return `export const topicLoaders = ${loaderMap('topic', [...course.topics.keys()])};`;
  if (id === '/question-loaders') return `export const questionLoaders = ${loaderMap('questions', [...course.questions.keys()])};`;
  if (id === '/intro') return jsonModule(course.intro);
  if (id === '/outline') return jsonModule(outlineIndex(course));
  if (id === '/labs') return jsonModule(course.labs);
  if (id === '/all-questions') return jsonModule([...course.questions.values()].flat());
  // A string, not parsed data: the browser hands it to MiniSearch.loadJSON as it is.
  if (id === '/search-index') return `export default ${JSON.stringify(searchIndexJson(course))};`;
  const [, kind, ...rest] = id.split('/');
  const key = rest.join('/');
  const data =
    kind === 'topic' ? course.topics.get(key) : kind === 'questions' ? course.questions.get(key) : kind === 'layer' ? course.layers.get(key as never) : undefined;
  return data === undefined ? null : jsonModule(data);
}

/**
 * Compiles `content/` into virtual modules: `virtual:course` (the small index), `virtual:course/loaders`
 * (lazy imports, one chunk per topic body and per question bank), `virtual:course/search-index` (the MiniSearch
 * index as JSON, its own chunk loaded on first search). A build with content problems fails with
 * every `file:line: message`; the dev server shows them in its overlay and recovers when the file is fixed.
 */
export function coursePlugin(options: { contentDir?: string } = {}): Plugin {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let course: CompiledCourse | null = null;
  let failure: ContentError | null = null;
  let checkDiagramsOnBuild = true;

  const compile = (): CompiledCourse => {
    const compiled = compileCourse(loadContent(resolve(root, contentDir), root), contentDir);
    failure = compiled.issues.length ? new ContentError(compiled.issues) : null;
    course = compiled;
    return compiled;
  };

  const reportDiagrams = async (server: ViteDevServer, compiled: CompiledCourse): Promise<void> => {
    const issues = await checkDiagrams(compiled.diagrams);
    if (issues.length && course === compiled) {
      failure = new ContentError(issues);
      server.ws.send({ type: 'error', err: { message: failure.message, stack: '' } });
      server.config.logger.error(issues.map(formatIssue).join('\n'));
    }
  };

  return {
    name: 'seven-layers-course',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      checkDiagramsOnBuild = !config.build.ssr; // the client build already checked them
    },
    async buildStart() {
      const compiled = compile();
      if (failure) throw failure;
      if (checkDiagramsOnBuild && process.env.SKIP_DIAGRAM_CHECK !== '1') {
        const issues = await checkDiagrams(compiled.diagrams);
        if (issues.length) throw new ContentError(issues);
      }
    },
    resolveId(id) {
      return id === PREFIX || id.startsWith(`${PREFIX}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const compiled = course ?? compile();
      if (failure) throw failure;
      const code = moduleFor(compiled, id.slice(RESOLVED.length));
      if (code === null) throw new Error(`Unknown course module ${id.slice(1)}`);
      return code;
    },
    configureServer(server) {
      const dir = resolve(root, contentDir);
      server.watcher.add(dir);
      const onChange = (file: string): void => {
        if (!file.startsWith(dir) || !file.endsWith('.md')) return;
        const compiled = compile();
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
        }
        if (failure) {
          server.config.logger.error(failure.message);
          server.ws.send({ type: 'error', err: { message: failure.message, stack: '' } });
          return;
        }
        server.ws.send({ type: 'full-reload' });
        void reportDiagrams(server, compiled);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
