// Copying and sharing links to the exact place a learner is looking at.

/** The absolute URL of this page (or `path`) at `hash`: what a shared link must land on. */
export function absoluteLink(hash?: string, path?: string): string {
  const url = new URL(path ?? window.location.pathname, window.location.origin);
  url.hash = hash ?? '';
  return url.href;
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares through the Web Share API where the browser has it, and copies the link where it does not. */
export async function shareLink(data: { title: string; url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Any other refusal (no user activation, unsupported data): fall back to copying.
    }
  }
  return (await copyText(data.url)) ? 'copied' : 'failed';
}
