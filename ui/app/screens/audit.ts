// The privacy jurist's view of the consultation log (GraphQL `consultations`, needs no purpose): every request,
// answered, refused or failed, oldest first, filtered by user, purpose (case), subject and period, in cursor pages.
// The filters live in the address, so a filtered view can be bookmarked and Back works.
import { h, table } from '../dom';
import { t, tOr, num } from '../i18n';
import { gql } from '../api';
import { go, href, type Params } from '../router';
import { errorBox, field, loading } from '../widgets';
import { can } from '../session';

export type Consultation = { seq: number; at: string; channel: string; user: string; roles: string[]; organisation: string; purpose: string;
  legalBasis: string; requestId: string; operationType: string; operationName: string; document: string | null; variables: string;
  fields: string[]; outcome: string; reason: string; returnedIds: string[]; hash: string };
export const CONSULTATION = `seq at channel user roles organisation purpose legalBasis requestId operationType operationName document variables
  fields outcome reason returnedIds hash`;
type Page = { consultations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Consultation }[] } };

const QUERY = `query Consultations($user: String, $purpose: String, $subject: ID, $since: String, $until: String, $first: Int, $after: String) {
  consultations(user: $user, purpose: $purpose, subject: $subject, since: $since, until: $until, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CONSULTATION} } } } }`;
const FILTERS = ['user', 'purpose', 'subject', 'since', 'until'] as const;
const PAGE = 50;

export async function auditScreen(root: HTMLElement, params: Params): Promise<void> {
  const q = params.query;
  const inputs = {
    user: h('input', { name: 'user', value: q.get('user') ?? '', size: 16, autocomplete: 'off' }),
    purpose: h('input', { name: 'purpose', value: q.get('purpose') ?? '', size: 16, autocomplete: 'off' }),
    subject: h('input', { name: 'subject', value: q.get('subject') ?? '', size: 28, placeholder: 'spoorId', autocomplete: 'off' }),
    since: h('input', { name: 'since', type: 'date', value: q.get('since') ?? '' }),
    until: h('input', { name: 'until', type: 'date', value: q.get('until') ?? '' }),
  };
  const results = h('div', { id: 'audit-results', 'aria-live': 'polite' });
  root.append(h('h1', null, t('auditTitle')), h('p', { class: 'intro' }, t('auditIntro')),
    h('form', { class: 'toolbar', 'aria-label': t('filters'), onsubmit: (e: Event) => {
      e.preventDefault();
      go(['audit'], Object.fromEntries(FILTERS.map((k) => [k, inputs[k].value.trim()])));
    } }, field(t('user'), inputs.user), field(t('purpose'), inputs.purpose), field(t('subject'), inputs.subject),
      field(t('since'), inputs.since), field(t('until'), inputs.until), h('button', { type: 'submit' }, t('apply'))),
    results);
  const vars = Object.fromEntries(FILTERS.map((k) => [k, q.get(k) || null]));
  await page(results, vars, null);
  inputs.user.focus();
}

async function page(results: HTMLElement, vars: Record<string, unknown>, after: string | null): Promise<void> {
  const status = loading();
  results.append(status);
  try {
    const { consultations: c } = await gql<Page>(QUERY, { ...vars, first: PAGE, after });
    status.remove();
    if (!after) results.append(h('p', null, h('strong', { 'data-testid': 'consultation-count' }, t('consultationsCount', { n: num(c.totalCount) }))));
    if (c.edges.length) results.append(consultationsTable(c.edges.map((e) => e.node)));
    if (c.pageInfo.hasNextPage) {
      const more: HTMLButtonElement = h('button', { type: 'button', class: 'secondary', 'data-testid': 'more', onclick: () => {
        more.remove();
        void page(results, vars, c.pageInfo.endCursor);
      } }, t('more'));
      results.append(more);
    }
  } catch (e) {
    status.replaceWith(errorBox(e));
  }
}

/** What was asked: the root fields without their arguments (`export`, `entity`), the arguments in the details. */
const fieldNames = (c: Consultation): string => c.fields.map((f) => f.split(/[\s({]/, 1)[0]).join(', ') || c.channel;

/**
 * The log's entries as a table; each entry's details (what was asked, variables, returned ids, hash) open in a
 * row of their own under it, so long query arguments never widen the columns.
 */
export function consultationsTable(entries: Consultation[]): HTMLTableElement {
  const tableEl = table(null, ['#', t('at'), t('user'), t('purpose'), t('operation'), t('outcome'), t('returned')], [], 'consultations');
  const body = tableEl.tBodies[0];
  for (const c of entries) {
    const detail = h('tr', { class: 'detail', hidden: true }, h('td', { colspan: 7 }, details(c)));
    const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', onclick: () => {
      detail.hidden = !detail.hidden;
      toggle.setAttribute('aria-expanded', String(!detail.hidden));
    } }, t('entitiesN', { n: num(c.returnedIds.length) }), ' · ', t('details'));
    body.append(h('tr', { class: 'entry', 'data-seq': c.seq, 'data-user': c.user, 'data-fields': fieldNames(c), 'data-outcome': c.outcome },
      h('td', null, String(c.seq)),
      h('td', { class: 'nowrap' }, h('time', { datetime: c.at }, c.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))),
      h('td', null, h('span', { class: 'nowrap' }, c.user), h('div', { class: 'muted' }, c.roles.join(', '), c.organisation ? ` · ${c.organisation}` : '')),
      h('td', null, h('span', { class: 'nowrap' }, c.purpose || '—'), c.legalBasis ? h('div', { class: 'muted nowrap' }, c.legalBasis) : null),
      h('td', null, h('span', { class: 'muted' }, c.operationType, ' '), h('strong', { class: 'op' }, fieldNames(c))),
      h('td', null, h('span', { class: `badge outcome-${c.outcome.toLowerCase()}` }, tOr('outcome_' + c.outcome, c.outcome)),
        c.reason ? h('div', { class: 'reason' }, c.reason) : null),
      h('td', { class: 'nowrap' }, toggle)), detail);
  }
  return tableEl;
}

function details(c: Consultation): HTMLElement {
  return h('dl', { class: 'props consultation-details' },
    h('dt', null, t('fields')), h('dd', null, c.fields.map((f) => h('code', { class: 'block' }, f))),
    c.variables && c.variables !== '{}' ? [h('dt', null, t('variables')), h('dd', null, h('code', { class: 'block' }, c.variables))] : null,
    h('dt', null, t('returned')), h('dd', null, c.returnedIds.length ? c.returnedIds.slice(0, 50).map((id, i) => [i ? ', ' : '', subjectLink(id)]) : '—',
      c.returnedIds.length > 50 ? ` … (${num(c.returnedIds.length)})` : ''),
    h('dt', null, t('requestId')), h('dd', null, h('code', null, c.requestId)),
    h('dt', null, 'HMAC'), h('dd', null, h('code', null, c.hash)));
}

/** A person (the jurist sees `persoon:` aliases, never BSN hashes) opens the data-subject report (the jurist may not open investigation screens); other ids filter the log. */
export function subjectLink(id: string): HTMLAnchorElement {
  return can('subjectReport') && /^(bsn|persoon|person):/.test(id)
    ? h('a', { href: href(['subject'], { person: id }) }, id)
    : h('a', { href: href(['audit'], { subject: id }) }, id);
}
