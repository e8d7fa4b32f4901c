// Hash routing (#/entity/<id>?tab=…): the server serves only index.html at /, no fallback route needed.
export type Params = { path: string[]; query: URLSearchParams };
/** A screen renders into `root`; it may return a function that releases what it holds (a graph, a timer). */
export type Screen = (root: HTMLElement, params: Params) => void | (() => void) | Promise<void | (() => void)>;

export function current(): Params {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, q] = raw.split('?', 2);
  return { path: path ? path.split('/').map(decodeURIComponent) : [], query: new URLSearchParams(q ?? '') };
}

export function href(path: (string | number)[], query: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return '#/' + path.map((p) => encodeURIComponent(String(p))).join('/') + (qs ? '?' + qs : '');
}

export function go(path: (string | number)[], query: Record<string, string | number | undefined> = {}): void {
  location.hash = href(path, query);
}
