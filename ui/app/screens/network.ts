// Network explorer (Cytoscape.js): starts from an entity and its neighbours, expands a node on
// Enter/double-click, filters by kind, switches layouts, finds paths between two entities (`paths`) and
// highlights the key figures of `networkAround` (or `networkOf` for a typology's result).
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { h, clear } from '../dom';
import { t, num } from '../i18n';
import { gql } from '../api';
import { go, href, type Params } from '../router';
import { REF, entityLink, errorBox, field, kindLabel, loading, type EntityRef } from '../widgets';
import { graphStyle, KIND_COLOURS } from './networkStyle';
import { exportButton } from './exportForm';

type Neighbours = { entity: { spoorId: string; kind: string; caption: string;
  neighbours: { totalCount: number; edges: { node: { type: string; direction: string; key: string | null; other: EntityRef } }[] } } | null };
type KeyFigure = { rank: number; entity: EntityRef; betweenness: number; explanation: string };
type Analysis = { entities: number; ties: number; explanation: string; keyFigures: { edges: { node: KeyFigure }[] }; keyLocations: { location: EntityRef; explanation: string }[] };
type PathResult = { paths: { explanation: string; paths: { totalCount: number; edges: { node: { entities: EntityRef[]; evidence: { steps: { from: EntityRef; type: string; to: EntityRef; key: string | null }[] } } }[] } } };

const NEIGHBOURS = `query N($id: ID!) { entity(spoorId: $id) { spoorId kind caption
  neighbours(first: 150, types: null) { totalCount edges { node { type direction key other { ${REF} } } } } } }`;
const ANALYSIS_FIELDS = `entities ties explanation keyFigures { edges { node { rank entity { ${REF} } betweenness explanation } } }
  keyLocations { location { ${REF} } explanation }`;
const AROUND = `query A($id: ID!) { networkAround(entity: $id, hops: 2, first: 10) { ${ANALYSIS_FIELDS} } }`;
const OF = `query O($ids: [ID!]!) { networkOf(entities: $ids, first: 10) { ${ANALYSIS_FIELDS} } }`;
const PATHS = `query P($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 5) { explanation paths { totalCount
  edges { node { entities { ${REF} } evidence { steps { from { ${REF} } type to { ${REF} } key } } } } } } }`;
const LAYOUTS = ['cose', 'concentric', 'breadthfirst', 'circle', 'grid'];

/** What the end-to-end test (and a console user) can drive: the graph, and adding elements to it. */
export type GraphApi = { cy: Core; add: (els: ElementDefinition[]) => void; layout: (name: string) => Promise<void> };
declare global { interface Window { spoorGraph?: GraphApi } }

export async function networkScreen(root: HTMLElement, params: Params): Promise<() => void> {
  const centre = params.path[1];
  const members = params.query.get('of')?.split(',').filter(Boolean) ?? [];
  const title = h('h1', null, t('loading'));
  const container = h('div', { class: 'graph', id: 'graph', tabindex: 0, role: 'application', 'aria-label': t('expandHint') });
  const counts = h('p', { class: 'muted', 'data-testid': 'graph-counts', 'aria-live': 'polite' });
  const kindFilters = h('fieldset', { class: 'kinds' }, h('legend', null, t('filterKinds')));
  const selectedPanel = h('div', { class: 'selected', 'aria-live': 'polite' });
  const figures = h('div', { class: 'figures-panel' });
  const pathOut = h('div', { class: 'path-out', 'aria-live': 'polite' });
  const layoutSelect = h('select', null, LAYOUTS.map((l) => h('option', { value: l }, l)));
  const nodeSelect = h('select', { id: 'node-select' });
  const pathTo = h('input', { id: 'path-to', placeholder: 'spoorId', size: 28 });
  const pathFrom = h('input', { id: 'path-from', value: centre ?? members[0] ?? '', size: 28 });
  root.append(title,
    h('div', { class: 'toolbar' }, field(t('layout'), layoutSelect), field(t('selected'), nodeSelect),
      h('button', { type: 'button', id: 'expand-button', onclick: () => expandSelected() }, t('expand')),
      // Export what the explorer shows (the kinds filtered out are left out), or the centre with its hops.
      exportButton({ centre: centre ?? null, shown: () => cy.nodes().filter((n) => n.style('display') !== 'none').map((n) => n.id()) })),
    h('div', { class: 'explorer' }, container,
      h('aside', { class: 'side' }, counts, kindFilters, selectedPanel,
        h('form', { class: 'path-form', onsubmit: (e: Event) => { e.preventDefault(); void findPath(); } },
          field(t('pathFrom'), pathFrom), field(t('pathTo'), pathTo), h('button', { type: 'submit' }, t('findPath'))),
        pathOut, figures)),
    h('p', { class: 'muted' }, t('expandHint')));

  const cy = cytoscape({ container, style: graphStyle(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
  const hidden = new Set<string>();
  const expanded = new Set<string>();

  function addRef(r: EntityRef, extra: string[] = []): void {
    if (cy.destroyed()) return;
    if (cy.getElementById(r.spoorId).empty()) {
      cy.add({ group: 'nodes', data: { id: r.spoorId, label: r.caption, kind: r.kind }, classes: extra.join(' ') });
    } else extra.forEach((c) => cy.getElementById(r.spoorId).addClass(c));
  }
  function addEdge(from: string, to: string, type: string, key: string | null): void {
    if (cy.destroyed()) return;
    const id = `${from}|${type}|${to}|${key ?? ''}`;
    if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: from, target: to, type } });
  }
  function refresh(): void {
    if (cy.destroyed()) return; // the user left while a query was under way
    counts.textContent = t('nodes', { n: num(cy.nodes().length), e: num(cy.edges().length) });
    const kinds = [...new Set(cy.nodes().map((n) => n.data('kind') as string))].sort();
    clear(kindFilters, h('legend', null, t('filterKinds')), kinds.map((k) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: !hidden.has(k), 'data-kind': k, onchange: (e: Event) => {
        if ((e.target as HTMLInputElement).checked) hidden.delete(k); else hidden.add(k);
        cy.nodes().forEach((n) => { n.style('display', hidden.has(n.data('kind')) ? 'none' : 'element'); });
      } }), h('span', { class: 'swatch', style: `background:${KIND_COLOURS[k] ?? '#777'}` }), kindLabel(k))));
    cy.nodes().forEach((n) => { n.style('display', hidden.has(n.data('kind')) ? 'none' : 'element'); });
    const selected = nodeSelect.value;
    clear(nodeSelect, cy.nodes().sort((a, b) => String(a.data('label')).localeCompare(b.data('label'))).map((n) =>
      h('option', { value: n.id(), selected: n.id() === selected }, `${n.data('label')} (${kindLabel(n.data('kind'))})`)));
  }
  async function runLayout(name: string): Promise<void> {
    if (cy.destroyed()) return;
    const big = cy.nodes().length > 600;
    const l = cy.layout({ name: big && name === 'cose' ? 'concentric' : name, animate: false, fit: true,
      ...(name === 'cose' ? { nodeRepulsion: () => 8000, idealEdgeLength: () => 80, numIter: 500 } : {}) } as cytoscape.LayoutOptions);
    const done = l.promiseOn('layoutstop');
    l.run();
    await done;
  }
  async function expand(id: string): Promise<void> {
    if (expanded.has(id)) return;
    expanded.add(id);
    counts.textContent = t('loading');
    try {
      const { entity } = await gql<Neighbours>(NEIGHBOURS, { id });
      if (!entity) return;
      addRef(entity);
      for (const { node } of entity.neighbours.edges) {
        addRef(node.other);
        if (node.direction === 'OUT') addEdge(id, node.other.spoorId, node.type, node.key);
        else addEdge(node.other.spoorId, id, node.type, node.key);
      }
      cy.getElementById(id).addClass('expanded');
      refresh();
      await runLayout(layoutSelect.value);
    } catch (e) {
      counts.replaceWith(errorBox(e));
    }
  }
  function select(id: string): void {
    cy.nodes().unselect();
    const n = cy.getElementById(id);
    if (n.empty()) return;
    n.select();
    nodeSelect.value = id;
    const ref: EntityRef = { spoorId: id, kind: n.data('kind'), caption: n.data('label') };
    clear(selectedPanel, h('h2', null, t('selected')), h('p', null, entityLink(ref), ' ', h('span', { class: 'badge' }, kindLabel(ref.kind))),
      h('p', { class: 'actions' },
        h('button', { type: 'button', onclick: () => void expand(id) }, t('expand')),
        h('button', { type: 'button', onclick: () => { pathTo.value = id; pathTo.focus(); } }, t('pickPathEnd')),
        h('a', { href: href(['entity', id]) }, t('openProfile'))));
  }
  function expandSelected(): void {
    const id = nodeSelect.value;
    if (id) void expand(id);
  }
  async function findPath(): Promise<void> {
    clear(pathOut, loading());
    cy.elements().removeClass('on-path');
    try {
      const { paths } = await gql<PathResult>(PATHS, { from: pathFrom.value.trim(), to: pathTo.value.trim() });
      const list = h('ol', { 'data-testid': 'paths' });
      for (const { node } of paths.paths.edges) {
        node.entities.forEach((e) => addRef(e, ['on-path']));
        for (const s of node.evidence.steps) {
          addEdge(s.from.spoorId, s.to.spoorId, s.type, s.key);
          cy.getElementById(`${s.from.spoorId}|${s.type}|${s.to.spoorId}|${s.key ?? ''}`).addClass('on-path');
        }
        list.append(h('li', null, node.evidence.steps.map((s, i) => [i ? ' ' : '', i ? '' : entityLink(s.from), ` —${s.type}— `, entityLink(s.to)])));
      }
      clear(pathOut, h('p', null, paths.explanation), paths.paths.totalCount ? list : h('p', null, t('pathNone')));
      refresh();
      await runLayout(layoutSelect.value);
    } catch (e) {
      clear(pathOut, errorBox(e));
    }
  }
  async function keyFigures(): Promise<void> {
    clear(figures, h('h2', null, t('keyFigures')), loading());
    try {
      const a = members.length
        ? (await gql<{ networkOf: Analysis }>(OF, { ids: members })).networkOf
        : (await gql<{ networkAround: Analysis }>(AROUND, { id: centre })).networkAround;
      const list = h('ol', { class: 'key-figures', 'data-testid': 'key-figures' });
      for (const { node } of a.keyFigures.edges) {
        addRef(node.entity, ['key-figure']);
        list.append(h('li', null, h('button', { type: 'button', class: 'link', onclick: () => select(node.entity.spoorId) }, node.entity.caption),
          h('p', { class: 'muted' }, node.explanation)));
      }
      clear(figures, h('h2', null, t('keyFigures')), h('p', null, a.explanation), list,
        a.keyLocations.length ? [h('h3', null, t('keyLocations')), h('ul', null, a.keyLocations.slice(0, 5).map((l) => h('li', null, entityLink(l.location))))] : null);
      refresh();
      await runLayout(layoutSelect.value);
    } catch (e) {
      clear(figures, h('h2', null, t('keyFigures')), errorBox(e));
    }
  }

  cy.on('tap', 'node', (e) => select(e.target.id()));
  cy.on('dbltap', 'node', (e) => void expand(e.target.id()));
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') expandSelected();
    if (e.key === 'Escape') { cy.nodes().unselect(); selectedPanel.replaceChildren(); }
  });
  nodeSelect.addEventListener('change', () => select(nodeSelect.value));
  nodeSelect.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); expandSelected(); } });
  layoutSelect.addEventListener('change', () => void runLayout(layoutSelect.value));
  window.spoorGraph = {
    cy,
    add: (els) => { cy.batch(() => cy.add(els)); refresh(); },
    layout: runLayout,
  };

  if (members.length) {
    title.textContent = t('networkOfTitle', { n: members.length });
    await keyFigures();
    await runLayout('cose');
  } else if (centre) {
    await expand(centre);
    const c = cy.getElementById(centre);
    title.textContent = t('networkTitle', { name: c.nonempty() ? c.data('label') : centre });
    c.addClass('centre');
    select(centre);
    void keyFigures();
  } else {
    go(['search']);
  }
  return () => { cy.destroy(); delete window.spoorGraph; };
}
