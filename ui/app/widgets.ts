// Pieces several screens show alike: links to entities, indicators with their explanation, sources.
import { h, table, type Child } from './dom';
import { t, tOr, num } from './i18n';
import { href } from './router';
import { ApiError } from './api';

export type EntityRef = { spoorId: string; kind: string; caption: string };
export type Indicator = { name: string; explanation: string; value: number; threshold: number | null; fired: boolean; weight: number };
export type Source = { sourceId: string; kind: string; title: string | null; documentId: string | null; partner: string; legalBasis: string; caseId: string };
export type Assertion = { source: Source; locator: string; page: number | null; snippet: string | null; confidence: number };
export type EvidencePath = { description: string; steps: { from: EntityRef; type: string; to: EntityRef; properties: { name: string; value: string }[]; sources: Assertion[] }[] };

export const REF = 'spoorId kind caption';
export const SOURCE = 'sourceId kind title documentId partner legalBasis caseId';
export const ASSERTION = `source { ${SOURCE} } locator page snippet confidence`;
export const INDICATOR = 'name explanation value threshold fired weight';
export const EVIDENCE = `description steps { from { ${REF} } type to { ${REF} } properties { name value } sources { ${ASSERTION} } }`;

export function kindLabel(kind: string): string {
  const key = 'kind_' + kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return tOr(key, kind);
}

export function entityLink(ref: EntityRef): HTMLAnchorElement {
  return h('a', { href: href(['entity', ref.spoorId]), 'data-entity': ref.spoorId }, ref.caption);
}

export function documentLink(a: { source: Source; page: number | null }): HTMLAnchorElement | null {
  if (!a.source.documentId || !a.page) return null;
  return h('a', { href: href(['document', 'document:' + a.source.documentId, a.page]), class: 'page-link' }, t('openPage', { n: a.page }));
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function errorBox(e: unknown): HTMLElement {
  const refused = e instanceof ApiError && e.refused;
  return h('p', { class: 'error', role: 'alert' }, `${refused ? t('refused') + ' (' + refused + ')' : t('error')}: `,
    e instanceof Error ? e.message : String(e));
}

export function indicatorsTable(indicators: Indicator[]): HTMLTableElement {
  return table(t('indicators'), [t('indicator'), t('value'), t('threshold'), t('fired'), t('explanation')],
    indicators.map((i) => [i.name, num(i.value, 2), i.threshold == null ? '—' : num(i.threshold, 2),
      h('span', { class: i.fired ? 'fired' : 'not-fired' }, i.fired ? t('yes') : t('no')), i.explanation]), 'indicators');
}

export function assertionsTable(caption: string, assertions: Assertion[]): HTMLTableElement {
  return table(caption, [t('source'), t('partner'), t('legalBasis'), t('locator'), t('snippet')],
    assertions.map((a) => [
      [a.source.title ?? a.source.sourceId, ' ', h('span', { class: 'muted' }, `(${a.source.kind})`)],
      a.source.partner, a.source.legalBasis,
      [a.locator, ' ', documentLink(a)],
      a.snippet ? h('q', { class: 'snippet' }, a.snippet) : '—',
    ]), 'sources');
}

export function sourcesList(sources: Source[]): HTMLElement {
  return h('ul', { class: 'source-list' }, sources.map((s) =>
    h('li', null, s.title ?? s.sourceId, ' — ', s.partner, ', ', s.legalBasis, ', ', t('caseId').toLowerCase(), ' ', s.caseId,
      s.documentId ? [' ', h('a', { href: href(['document', 'document:' + s.documentId, 1]) }, t('openPage', { n: 1 }))] : null)));
}

export function evidenceList(paths: EvidencePath[], max = 10): HTMLElement {
  return h('ol', { class: 'evidence' }, paths.slice(0, max).map((p) =>
    h('li', null, p.description, h('ul', null, p.steps.map((s) =>
      h('li', null, entityLink(s.from), ` —${s.type}→ `, entityLink(s.to), ' ',
        s.properties.map((pr) => `${pr.name}: ${pr.value}`).join(', '), ' ',
        s.sources.slice(0, 2).map((a) => [h('span', { class: 'muted' }, `[${a.source.title ?? a.source.kind} ${a.locator}]`), ' ', documentLink(a)])))))));
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', null, title), children);
}

/** A labelled form field. */
export function field(label: string, input: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', null, label), input);
}
