// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/content/pipeline/course';
import { loadContent } from '../../src/content/pipeline/load';
import { decodeLabState, encodeLabState, MAX_LINK_CHARS } from '../../src/features/labs/lab-link';
import { LABS } from '../../src/lab-engines/labs';

describe('the course\'s lab scenarios in links', () => {
  it('every scenario, as it starts and as solved, fits in a link with room to spare, and comes back intact', async () => {
    const scenarios = compileCourse(loadContent('content')).labs;
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
    let longest = 0;
    for (const s of scenarios) {
      for (const state of [s.setup, 'state' in s.solution ? s.solution.state : s.setup]) {
        const param = await encodeLabState(state);
        longest = Math.max(longest, param.length);
        expect(await decodeLabState(param, LABS[s.lab].stateSchema)).toEqual({ ok: true, state });
      }
    }
    expect(longest).toBeLessThan(MAX_LINK_CHARS / 2);
  });
});
