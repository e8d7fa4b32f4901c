// The two drawings of the money-trail view, as SVG with a text alternative (title/desc) for screen readers.
import { sankey, sankeyLeft, sankeyLinkHorizontal, type SankeyNode, type SankeyLink } from 'd3-sankey';
import { euro, t } from '../i18n';
import type { Trail } from './trail';

const NS = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...kids: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const k of kids) el.append(k);
  return el;
}

type N = { id: string; label: string };
type L = { source: string; target: string; value: number };

/** Amounts per hop between accounts; one column per hop depth, so the diagram is acyclic even when the money comes back. */
export function sankeySvg(trails: Trail[], backward: boolean): SVGSVGElement {
  const nodes = new Map<string, N>();
  const links = new Map<string, L>();
  const seenHop = new Set<string>();
  for (const tr of trails) {
    const hops = backward ? [...tr.hops] : tr.hops;
    hops.forEach((hp, i) => {
      const a = `${hp.from.spoorId}@${i}`;
      const b = `${hp.to.spoorId}@${i + 1}`;
      nodes.set(a, { id: a, label: hp.from.holders[0]?.caption ?? hp.from.caption });
      nodes.set(b, { id: b, label: hp.to.holders[0]?.caption ?? hp.to.caption });
      // The same transfer shared by several trails counts once.
      const hopKey = `${a}>${b}>${hp.date}>${hp.amount}`;
      if (seenHop.has(hopKey)) return;
      seenHop.add(hopKey);
      const k = `${a}>${b}`;
      const l = links.get(k) ?? { source: a, target: b, value: 0 };
      l.value += hp.amount;
      links.set(k, l);
    });
  }
  const width = 1000;
  const height = Math.max(240, Math.min(900, nodes.size * 26));
  const layout = sankey<N, L>().nodeId((n) => n.id).nodeAlign(sankeyLeft).nodeWidth(14).nodePadding(10).extent([[1, 1], [width - 260, height - 6]]);
  const graph = layout({ nodes: [...nodes.values()].map((n) => ({ ...n })), links: [...links.values()].map((l) => ({ ...l })) });
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'sankey', role: 'img', 'data-testid': 'sankey' },
    svg('title', {}, `${t('flow')}: ${graph.links.length} ${t('hop').toLowerCase()}`));
  const path = sankeyLinkHorizontal<N, L>();
  for (const l of graph.links as SankeyLink<N, L>[]) {
    const s = l.source as SankeyNode<N, L>;
    const d = l.target as SankeyNode<N, L>;
    root.append(svg('path', { d: path(l) ?? '', fill: 'none', stroke: '#1f5fa8', 'stroke-opacity': 0.35, 'stroke-width': Math.max(1, l.width ?? 1) },
      svg('title', {}, `${s.label} → ${d.label}: ${euro(l.value)}`)));
  }
  for (const n of graph.nodes as SankeyNode<N, L>[]) {
    const x0 = n.x0 ?? 0, x1 = n.x1 ?? 0, y0 = n.y0 ?? 0, y1 = n.y1 ?? 0;
    root.append(svg('rect', { x: x0, y: y0, width: x1 - x0, height: Math.max(1, y1 - y0), fill: '#1d6b3a' }, svg('title', {}, `${n.label}: ${euro(n.value ?? 0)}`)),
      svg('text', { x: x1 + 4, y: (y0 + y1) / 2, 'dominant-baseline': 'middle', 'font-size': 12, fill: '#111' }, `${n.label} ${euro(n.value ?? 0)}`));
  }
  return root;
}

/** Every hop of every trail on a time axis, one row per trail, dot area by amount. */
export function timelineSvg(trails: Trail[]): SVGSVGElement {
  const hops = trails.flatMap((tr, row) => tr.hops.map((hp) => ({ row, date: Date.parse(hp.date), hp })));
  const min = Math.min(...hops.map((x) => x.date));
  const max = Math.max(...hops.map((x) => x.date), min + 86_400_000);
  const maxAmount = Math.max(...hops.map((x) => x.hp.amount));
  const width = 1000, left = 10, right = 20, rowH = 18;
  const height = 30 + trails.length * rowH;
  const x = (d: number) => left + ((d - min) / (max - min)) * (width - left - right);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'hop-timeline', role: 'img', 'data-testid': 'hop-timeline' },
    svg('title', {}, t('timelineOfHops')));
  for (const d of [min, (min + max) / 2, max]) {
    root.append(svg('text', { x: Math.min(x(d), width - 80), y: height - 6, 'font-size': 11, fill: '#333' }, new Date(d).toISOString().slice(0, 10)));
  }
  trails.forEach((tr, row) => {
    const y = 12 + row * rowH;
    const xs = tr.hops.map((hp) => x(Date.parse(hp.date)));
    root.append(svg('line', { x1: Math.min(...xs), x2: Math.max(...xs), y1: y, y2: y, stroke: '#9aa3ad' }));
  });
  for (const { row, date, hp } of hops) {
    root.append(svg('circle', { cx: x(date), cy: 12 + row * rowH, r: 2 + 6 * Math.sqrt(hp.amount / maxAmount), fill: '#a0163a', 'fill-opacity': 0.8 },
      svg('title', {}, `${hp.date}: ${hp.from.caption} → ${hp.to.caption} ${euro(hp.amount)}`)));
  }
  return root;
}
