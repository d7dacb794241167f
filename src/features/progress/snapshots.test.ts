import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { PROGRESS_KEY } from './progress-storage';
import { listSnapshots, SNAPSHOTS_KEPT, takeSnapshot } from './snapshots';

describe('snapshots', () => {
  it('copies the stored value byte for byte, keeps the newest few, and lists them newest first', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'v0' });
    for (let i = 1; i <= SNAPSHOTS_KEPT + 2; i++) {
      storage.setItem(PROGRESS_KEY, `v${i}`);
      takeSnapshot(storage, 'import', 1000 + i);
    }
    const snapshots = listSnapshots(storage);
    expect(snapshots).toHaveLength(SNAPSHOTS_KEPT);
    expect(snapshots[0]).toMatchObject({ at: 1000 + SNAPSHOTS_KEPT + 2, reason: 'import', raw: `v${SNAPSHOTS_KEPT + 2}` });
  });

  it('takes nothing when nothing is stored, and throws on a full storage so the caller can refuse to go on', () => {
    expect(takeSnapshot(memoryStorage(), 'reset')).toBeNull();
    expect(() => takeSnapshot(memoryStorage({ [PROGRESS_KEY]: 'x' }, { full: true }), 'reset')).toThrow();
  });
});
