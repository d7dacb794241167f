// How a part of the course is named: one of the seven OSI layers, or the cross-layer part (number 0) that holds
// what acts on the whole stack at once (governance, detection pipelines, incident response, backup).

interface PartLike {
  number: number;
  title: string;
}

/** Whether this part is the cross-layer part rather than an OSI layer. */
export const isCrossLayer = (part: PartLike | undefined): boolean => part?.number === 0;

/** "Layer 3: Network", or "Across the stack". */
export const partLabel = (part: PartLike): string => (isCrossLayer(part) ? part.title : `Layer ${part.number}: ${part.title}`);

/** "3 · Network" (breadcrumbs, lists), or "Across the stack". */
export const partShortLabel = (part: PartLike): string => (isCrossLayer(part) ? part.title : `${part.number} · ${part.title}`);

/** "Layer 3" (eyebrows), or "Cross-layer". */
export const partEyebrow = (part: PartLike): string => (isCrossLayer(part) ? 'Across the stack' : `Layer ${part.number}`);
