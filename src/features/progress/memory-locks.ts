// Web Locks in memory for tests (never imported by app code), shared by the "tabs" of a test as the browser's are by
// the tabs of an origin: per name, exclusive requests are granted one at a time in request order, shared ones
// together; a lock is held until the callback's promise settles; `ifAvailable` gets null instead of waiting.
interface Waiter {
  mode: LockMode;
  grant: () => void;
}

interface Held {
  mode: LockMode;
  count: number;
  queue: Waiter[];
}

/** A LockManager as the Web Locks API specifies it (without `steal` and `signal`), for one origin. */
export function memoryLocks(): LockManager & { held: (name: string) => boolean } {
  const locks = new Map<string, Held>();
  const entry = (name: string): Held => {
    let held = locks.get(name);
    if (!held) locks.set(name, (held = { mode: 'exclusive', count: 0, queue: [] }));
    return held;
  };
  const grantable = (held: Held, mode: LockMode): boolean => held.count === 0 || (held.mode === 'shared' && mode === 'shared' && held.queue.length === 0);
  const release = (name: string): void => {
    const held = entry(name);
    held.count--;
    while (held.queue.length && (held.count === 0 || (held.mode === 'shared' && held.queue[0]?.mode === 'shared'))) {
      const next = held.queue.shift() as Waiter;
      held.mode = next.mode;
      held.count++;
      next.grant();
      if (next.mode === 'exclusive') break;
    }
  };

  const request = (async (name: string, ...rest: unknown[]): Promise<unknown> => {
    const callback = (rest.length > 1 ? rest[1] : rest[0]) as LockGrantedCallback<unknown>;
    const options = (rest.length > 1 ? rest[0] : {}) as LockOptions;
    const mode: LockMode = options.mode ?? 'exclusive';
    const held = entry(name);
    if (grantable(held, mode)) {
      held.mode = mode;
      held.count++;
    } else if (options.ifAvailable) {
      return callback(null);
    } else {
      await new Promise<void>((grant) => held.queue.push({ mode, grant }));
    }
    try {
      return await callback({ name, mode } as Lock);
    } finally {
      release(name);
    }
  }) as LockManager['request'];

  return {
    request,
    query: () =>
      Promise.resolve({
        held: [...locks].filter(([, h]) => h.count > 0).map(([name, h]) => ({ name, mode: h.mode, clientId: 'memory' })),
        pending: [...locks].flatMap(([name, h]) => h.queue.map((w) => ({ name, mode: w.mode, clientId: 'memory' }))),
      }),
    held: (name) => (locks.get(name)?.count ?? 0) > 0,
  };
}
