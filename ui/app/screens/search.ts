// Search: names and document text (GraphQL `search`), the query kept in the address so Back works.
import { h, trustedHtml } from '../dom';
import { t, tOr, num } from '../i18n';
import { gql } from '../api';
import { go, href, type Params } from '../router';
import { errorBox, field, kindLabel, loading, REF, type EntityRef } from '../widgets';

const TYPES = ['PERSON', 'COMPANY', 'ORGANIZATION', 'ADDRESS', 'PLACE', 'VEHICLE', 'REAL_ESTATE', 'AD', 'DOCUMENT'];

type Hit = { rank: number; score: number; entity: EntityRef; field: string; value: string; page: number | null; pagesMatched: number | null; snippet: string | null };
type Result = { search: { understood: string; hits: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Hit }[] } } };

const QUERY = `query Search($q: String!, $types: [SearchType!], $fuzzy: Boolean, $phonetic: Boolean, $after: String) {
  search(query: $q, types: $types, fuzzy: $fuzzy, phonetic: $phonetic, first: 20, after: $after) {
    understood hits { totalCount pageInfo { hasNextPage endCursor }
      edges { node { rank score entity { ${REF} } field value page pagesMatched snippet } } } } }`;

export function searchScreen(root: HTMLElement, params: Params): void {
  const q = params.query.get('q') ?? '';
  const type = params.query.get('type') ?? '';
  const fuzzy = params.query.get('fuzzy') !== '0';
  const phonetic = params.query.get('phonetic') !== '0';
  const input = h('input', { type: 'search', name: 'q', value: q, required: true, autocomplete: 'off', id: 'search-input' });
  const select = h('select', { name: 'type' }, h('option', { value: '' }, t('searchAll')),
    TYPES.map((k) => h('option', { value: k, selected: k === type }, tOr('kind_' + k, k))));
  const fz = h('input', { type: 'checkbox', checked: fuzzy });
  const ph = h('input', { type: 'checkbox', checked: phonetic });
  const results = h('div', { id: 'search-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'search-form', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    go(['search'], { q: input.value.trim(), type: select.value, fuzzy: fz.checked ? undefined : '0', phonetic: ph.checked ? undefined : '0' });
  } }, field(t('searchLabel'), input), field(t('searchTypes'), select),
    h('label', { class: 'check' }, fz, t('fuzzy')), h('label', { class: 'check' }, ph, t('phonetic')),
    h('button', { type: 'submit' }, t('searchButton')));
  root.append(h('h1', null, t('searchTitle')), h('p', { class: 'intro' }, t('searchIntro')), form, results);
  input.focus();
  if (q) void run(results, { q, types: type ? [type] : null, fuzzy, phonetic }, null);
}

async function run(results: HTMLElement, vars: Record<string, unknown>, after: string | null): Promise<void> {
  const status = loading();
  results.append(status);
  try {
    const { search } = await gql<Result>(QUERY, { ...vars, after });
    status.remove();
    if (!after) {
      results.append(h('p', { class: 'muted' }, t('understood', { understood: search.understood }), ' — ',
        h('strong', { 'data-testid': 'hit-count' }, t('hitsCount', { n: num(search.hits.totalCount) }))));
      if (search.hits.totalCount === 0) results.append(h('p', null, t('noHits')));
    }
    const list = h('ol', { class: 'hits', start: search.hits.edges[0]?.node.rank ?? 1 });
    for (const { node } of search.hits.edges) list.append(hitItem(node));
    results.append(list);
    if (search.hits.pageInfo.hasNextPage) {
      const more: HTMLButtonElement = h('button', { type: 'button', onclick: () => {
        more.remove();
        void run(results, vars, search.hits.pageInfo.endCursor);
      } }, t('more'));
      results.append(more);
    }
  } catch (e) {
    status.replaceWith(errorBox(e));
  }
}

function hitItem(hit: Hit): HTMLLIElement {
  const doc = hit.entity.kind === 'Document' && hit.page;
  const link = doc ? href(['document', hit.entity.spoorId, hit.page!]) : href(['entity', hit.entity.spoorId]);
  return h('li', { class: 'hit', 'data-entity': hit.entity.spoorId },
    h('a', { href: link, class: 'hit-title' }, hit.entity.caption),
    ' ', h('span', { class: 'badge' }, kindLabel(hit.entity.kind)),
    ' ', h('span', { class: 'muted' }, t('matchedOn', { field: hit.field }), hit.field !== 'name' ? `: ${hit.value}` : '',
      hit.page ? ` · ${t('pageN', { n: hit.page })}` : '', hit.pagesMatched && hit.pagesMatched > 1 ? ` (${t('pagesMatched', { n: hit.pagesMatched })})` : '',
      ` · ${t('score')} ${num(hit.score, 2)}`),
    hit.snippet ? h('p', { class: 'snippet' }, trustedHtml(hit.snippet)) : null);
}
