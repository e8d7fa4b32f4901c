// A tiny element builder: every text goes in as a text node (never as HTML), so data from the graph
// cannot inject markup. The one exception, server-escaped search snippets, uses `trustedHtml`.
export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** HTML the server escaped itself (search snippets: text escaped, matches in <mark>). */
export function trustedHtml(html: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.innerHTML = html;
  span.querySelectorAll('*').forEach((n) => { if (n.tagName !== 'MARK') n.replaceWith(document.createTextNode(n.textContent ?? '')); });
  return span;
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A table from a header row and rows of cells. */
export function table(caption: string | null, head: string[], rows: Child[][], cls = ''): HTMLTableElement {
  return h('table', { class: cls || null },
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}
