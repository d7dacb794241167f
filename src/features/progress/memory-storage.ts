// A Storage in memory for tests (never imported by app code): setItem can be made to throw QuotaExceededError.
/** A Storage backed by a Map; `full` makes every write throw as a full browser storage does. */
export function memoryStorage(initial: Record<string, string> = {}, options: { full?: boolean } = {}): Storage & { full: boolean } {
  const data = new Map(Object.entries(initial));
  return {
    full: options.full ?? false,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}
