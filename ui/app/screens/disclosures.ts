// The disclosure register (GraphQL `disclosures`, newest first, filtered by recipient, purpose, subject and
// period, in cursor pages) and the retention purges (`purges`); neither needs a purpose.
import { h, table } from '../dom';
import { t, num } from '../i18n';
import { gql } from '../api';
import { go, type Params } from '../router';
import { errorBox, field, loading } from '../widgets';
import { DISCLOSURE, type Disclosure } from './exportForm';

type Page = { disclosures: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Disclosure }[] } };
type LabelCount = { name: string; count: number };
type Purge = { id: string; at: string; by: string; asOf: string; dryRun: boolean; sourceIds: string[]; entitiesDeleted: LabelCount[];
  entitiesTrimmed: LabelCount[]; relationshipsDeleted: LabelCount[]; relationshipsTrimmed: LabelCount[]; assertions: number; pages: number; summary: string };

const QUERY = `query Disclosures($recipient: String, $purpose: String, $subject: ID, $since: String, $until: String, $after: String) {
  disclosures(recipient: $recipient, purpose: $purpose, subject: $subject, since: $since, until: $until, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${DISCLOSURE} } } } }`;
const PURGES = `{ purges { id at by asOf dryRun sourceIds entitiesDeleted { name count } entitiesTrimmed { name count }
  relationshipsDeleted { name count } relationshipsTrimmed { name count } assertions pages summary } }`;
const FILTERS = ['recipient', 'purpose', 'subject', 'since', 'until'] as const;

export async function disclosuresScreen(root: HTMLElement, params: Params): Promise<void> {
  const q = params.query;
  const inputs = {
    recipient: h('input', { name: 'recipient', value: q.get('recipient') ?? '', size: 16 }),
    purpose: h('input', { name: 'purpose', value: q.get('purpose') ?? '', size: 16 }),
    subject: h('input', { name: 'subject', value: q.get('subject') ?? '', size: 28, placeholder: 'spoorId' }),
    since: h('input', { name: 'since', type: 'date', value: q.get('since') ?? '' }),
    until: h('input', { name: 'until', type: 'date', value: q.get('until') ?? '' }),
  };
  const results = h('div', { 'aria-live': 'polite' });
  root.append(h('h1', null, t('disclosuresTitle')), h('p', { class: 'intro' }, t('disclosuresIntro')),
    h('form', { class: 'toolbar', 'aria-label': t('filters'), onsubmit: (e: Event) => {
      e.preventDefault();
      go(['disclosures'], Object.fromEntries(FILTERS.map((k) => [k, inputs[k].value.trim()])));
    } }, field(t('recipient'), inputs.recipient), field(t('purpose'), inputs.purpose), field(t('subject'), inputs.subject),
      field(t('since'), inputs.since), field(t('until'), inputs.until), h('button', { type: 'submit' }, t('apply'))),
    results);
  await disclosurePage(results, Object.fromEntries(FILTERS.map((k) => [k, q.get(k) || null])), null);
}

async function disclosurePage(results: HTMLElement, vars: Record<string, unknown>, after: string | null): Promise<void> {
  const status = loading();
  results.append(status);
  try {
    const { disclosures: d } = await gql<Page>(QUERY, { ...vars, after });
    status.remove();
    if (!after) results.append(h('p', null, h('strong', { 'data-testid': 'disclosure-count' }, t('disclosuresCount', { n: num(d.totalCount) }))));
    if (d.edges.length) results.append(disclosuresTable(d.edges.map((e) => e.node)));
    if (d.pageInfo.hasNextPage) {
      const more: HTMLButtonElement = h('button', { type: 'button', class: 'secondary', onclick: () => {
        more.remove();
        void disclosurePage(results, vars, d.pageInfo.endCursor);
      } }, t('more'));
      results.append(more);
    }
  } catch (e) {
    status.replaceWith(errorBox(e));
  }
}

/** Disclosures as a table (the register, and the subject report's "disclosed to"). */
export function disclosuresTable(list: Disclosure[]): HTMLTableElement {
  const el = table(null, [t('at'), t('by'), t('recipient'), t('purpose'), t('legalBasis'), t('format'), t('contents'), 'SHA-256'], [], 'disclosures');
  for (const d of list) {
    el.tBodies[0].append(h('tr', { 'data-disclosure': d.id },
      h('td', null, h('time', { datetime: d.at }, d.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), h('div', { class: 'muted' }, d.id)),
      h('td', null, d.by, h('div', { class: 'muted' }, d.organisation)),
      h('td', null, d.recipient), h('td', null, d.purpose), h('td', null, d.legalBasis), h('td', null, d.format),
      // The scope names every entity given: it opens on demand.
      h('td', null, t('contentsN', { e: num(d.entities), r: num(d.relationships), b: num(d.bytes) }),
        h('details', null, h('summary', null, t('scope')), h('div', { class: 'scope-text' }, d.scope))),
      h('td', null, h('code', { class: 'hash', title: d.sha256 }, d.sha256))));
  }
  return el;
}

export async function purgesScreen(root: HTMLElement): Promise<void> {
  const out = h('div', { 'aria-live': 'polite' }, loading());
  root.append(h('h1', null, t('purgesTitle')), h('p', { class: 'intro' }, t('purgesIntro')), out);
  try {
    const { purges } = await gql<{ purges: Purge[] }>(PURGES);
    const counts = (l: LabelCount[]) => (l.length ? l.map((c) => `${c.name} ${num(c.count)}`).join(', ') : '—');
    out.replaceChildren(h('p', null, h('strong', { 'data-testid': 'purge-count' }, t('purgesCount', { n: num(purges.length) }))),
      purges.length ? table(null, [t('at'), t('by'), t('asOf'), t('expiredSources'), t('deleted'), t('trimmed'), t('summary')],
        purges.map((p) => [
          [h('time', { datetime: p.at }, p.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), h('div', { class: 'muted' }, p.id)],
          p.by, [p.asOf, p.dryRun ? [' ', h('span', { class: 'badge' }, t('dryRun'))] : null],
          [num(p.sourceIds.length), p.sourceIds.length ? h('details', null, h('summary', null, t('show')), p.sourceIds.map((s) => h('div', null, h('code', null, s)))) : null],
          [counts(p.entitiesDeleted), h('div', { class: 'muted' }, counts(p.relationshipsDeleted))],
          [counts(p.entitiesTrimmed), h('div', { class: 'muted' }, counts(p.relationshipsTrimmed))],
          [p.summary, h('div', { class: 'muted' }, t('assertionsPages', { a: num(p.assertions), p: num(p.pages) }))],
        ]), 'purges') : h('p', null, t('purgesNone')));
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}
