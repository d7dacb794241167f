// Route data travels from the prerenderer to the client in a JSON block that is never executed, so the
// Content-Security-Policy can forbid inline scripts.
export const HYDRATION_ID = 'route-data';

export interface HydrationPayload {
  /** The path the HTML was rendered for; a shell served for another path must not hydrate. */
  path: string;
  loaderData: Record<string, unknown>;
}

const normalise = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Serialises the payload so that no `</script>` or `<!--` inside the data can end the block. */
export function serialiseHydration(payload: HydrationPayload): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/json" id="${HYDRATION_ID}">${json}</script>`;
}

/** The hydration data of this HTML, or null when it was rendered for another path (or not at all). */
export function readHydration(doc: Document, pathname: string): { loaderData: Record<string, unknown> } | null {
  const text = doc.getElementById(HYDRATION_ID)?.textContent;
  if (!text) return null;
  try {
    const payload = JSON.parse(text) as HydrationPayload;
    if (normalise(decodeURI(payload.path)) !== normalise(decodeURI(pathname))) return null;
    return { loaderData: payload.loaderData };
  } catch {
    return null;
  }
}
