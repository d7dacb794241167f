import { useEffect, useState } from 'react';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

/** Asks the browser to keep site storage (so it is not evicted after days without a visit) and reports the answer. */
export function usePersistence(): Persistence {
  const [state, setState] = useState<Persistence>('unknown');
  useEffect(() => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persist || !storage.persisted) return void setState('unsupported');
    let live = true;
    void storage
      .persisted()
      .then((already) => already || storage.persist())
      .then((granted) => live && setState(granted ? 'granted' : 'denied'))
      .catch(() => live && setState('denied'));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
