declare module 'virtual:course' {
  const index: import('../content/model').BrowserCourseIndex;
  export default index;
}
declare module 'virtual:course/loaders' {
  type Loader<T> = () => Promise<{ default: T }>;
  export const loadTopicLoaders: () => Promise<{ topicLoaders: Record<string, Loader<import('../content/model').TopicBody>> }>;
  export const loadQuestionLoaders: () => Promise<{ questionLoaders: Record<string, Loader<import('../engine/registry').Question[]>> }>;
  export const layerLoaders: Record<string, Loader<import('../content/model').LayerBody>>;
  export const loadIntro: Loader<{ toc: import('../content/model').TocEntry[]; blocks: import('../content/model').Block[] }>;
  export const loadAllQuestions: Loader<import('../engine/registry').Question[]>;
  export const loadTopicDetails: Loader<import('../content/model').TopicDetails>;
  export const loadOutline: Loader<import('../content/model').OutlineIndex>;
  export const loadPartDetails: Loader<import('../content/model').PartDetails>;
  /** Every lab scenario (both labs), loaded by the lab pages only. */
  export const loadLabs: Loader<import('../content/model').LabScenario[]>;
}
declare module 'virtual:course/search-index' {
  /** JSON.stringify of the course's MiniSearch index (see src/content/search-model.ts for its options). */
  const json: string;
  export default json;
}
