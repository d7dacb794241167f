// The compiled course: plain JSON produced at build time by src/pipeline and rendered by src/ui/markdown.
import type { Difficulty, Domain, LayerSlug } from './constants';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'link'; href: string; external: boolean; children: Inline[] }
  | { type: 'break' };

export type CalloutKind = 'exam' | 'trap' | 'changed' | 'note';

/** A token of a code block highlighted at build time. */
export interface CodeToken {
  kind: 'key' | 'string' | 'number' | 'literal' | 'punct' | 'plain';
  text: string;
}

export interface ListItem {
  checked: boolean | null;
  children: Block[];
}

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; depth: 2 | 3 | 4; id: string; text: string; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'code'; lang: string; value: string; tokens: CodeToken[] | null }
  | { type: 'mermaid'; id: string; title: string; source: string }
  | { type: 'callout'; kind: CalloutKind; children: Block[] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'table'; align: ('left' | 'right' | 'center' | null)[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'thematicBreak' };

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** What the main bundle knows of a topic: enough for lists, navigation and search suggestions. */
export interface TopicSummary {
  layer: LayerSlug;
  slug: string;
  title: string;
  summary: string;
  services: string[];
  tags: string[];
  domains: Domain[];
  /** Skills of the SCS-C03 outline the topic teaches (src/content/blueprint.ts). */
  skills: string[];
  related: string[];
  order: number;
  hasDiagram: boolean;
  questionCount: number;
}

/** A topic's full body, loaded as its own chunk when its route opens. */
export interface TopicBody {
  layer: LayerSlug;
  slug: string;
  toc: TocEntry[];
  blocks: Block[];
  /** Lab scenarios that practise this topic ("Try it in the lab"), from the scenarios' `teaches`. */
  labs: LabLink[];
}

/** The two labs: policy evaluation and a packet through a VPC. */
export type LabName = 'policy' | 'network';

/** A scenario named from a topic page, with the section of the topic it practises. */
export interface LabLink {
  lab: LabName;
  slug: string;
  title: string;
  section: string;
}

/**
 * A lab scenario as compiled from `content/labs/<lab>/<slug>.md`. `setup` is the lab's state and `goal` one of
 * its goals, both checked by the pipeline with the lab's engine (src/lab-engines/labs.ts); the page parses them
 * with the same schemas. `solution` is the setup with the reference fix applied, or the rule a `find` goal wants.
 */
export interface LabScenario {
  lab: LabName;
  slug: string;
  title: string;
  summary: string;
  skills: string[];
  order: number;
  teaches: { layer: LayerSlug; topic: string; section: string; topicTitle: string; sectionTitle: string }[];
  goal: { kind: string };
  setup: unknown;
  solution: { state: unknown } | { pick: { document: string; rule: string } };
  brief: Block[];
  debrief: Block[];
}

export interface LayerSummary {
  number: number;
  slug: LayerSlug;
  title: string;
  summary: string;
  services: string[];
  threats: string[];
  topics: TopicSummary[];
}

export interface LayerBody {
  slug: LayerSlug;
  toc: TocEntry[];
  blocks: Block[];
}

export interface CourseIndex {
  title: string;
  summary: string;
  layers: LayerSummary[];
}

/** What the main bundle carries of a topic: enough for the sidebar, breadcrumbs and links (the rest loads lazily). */
export type TopicEntry = Pick<TopicSummary, 'layer' | 'slug' | 'title'>;
export type LayerEntry = Pick<LayerSummary, 'number' | 'slug' | 'title'> & { topics: TopicEntry[] };
/** The course index in the main bundle (`virtual:course`): every part and topic by name, nothing more. */
export interface BrowserCourseIndex {
  title: string;
  layers: LayerEntry[];
}

/** The parts of a topic kept out of the main bundle (`virtual:course/details`), by `layer/topic`. */
export type TopicDetails = Record<string, Omit<TopicSummary, 'layer' | 'slug' | 'title'>>;

/** What the pages that show the parts need beyond their names (`virtual:course/parts`): small, for home and layers. */
export interface PartDetails {
  summary: string;
  layers: Record<string, Pick<LayerSummary, 'summary' | 'services' | 'threats'>>;
}

/**
 * The fields every question has, whatever its type. A question is these plus its type's own fields: each type
 * module declares its question (src/engine/types/<name>/index.ts) and the `Question` union is derived from the
 * registry (src/engine/registry.ts), so the content model names no question type.
 */
export interface QuestionBase {
  id: string;
  layer: LayerSlug;
  topic: string;
  domain: Domain;
  /** The skill of the SCS-C03 outline it tests, e.g. "4.2.5". */
  skill: string | null;
  difficulty: Difficulty;
  /** The section that teaches it. */
  teaches: { layer: LayerSlug; topic: string; section: string };
  stem: Block[];
  explanation: Block[];
}

/** A place in the course that teaches a skill: a topic section (or a whole topic when `section` is null). */
export interface OutlinePlace {
  layer: LayerSlug;
  topic: string;
  topicTitle: string;
  section: string | null;
  sectionTitle: string | null;
}

/** The outline's skills joined to the course (`virtual:course/outline`, built at compile time). */
export interface OutlineIndex {
  /** By skill id: the places that teach it, topics first, then the sections its questions point at. */
  places: Record<string, OutlinePlace[]>;
  /** Every question as [id, layer, skill], for per-skill counts, accuracy and recall in the browser. */
  questions: [id: string, layer: LayerSlug, skill: string | null][];
}
