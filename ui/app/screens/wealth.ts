// FIT dashboard: `unusualWealth` ranked, each household with its indicators and seizure-ready assets.
import { h } from '../dom';
import { t, num } from '../i18n';
import { gql } from '../api';
import { go, href, type Params } from '../router';
import { period, periodVars, setPeriod } from '../period';
import { entityLink, errorBox, field, loading } from '../widgets';
import { WEALTH_RESULT, wealthDetails, type WealthResult } from './wealthParts';

type Result = { unusualWealth: { totalCount: number; candidates: number; candidatesConsidered: number; explanation: string; edges: { node: WealthResult }[] } };
const QUERY = `query W($since: String, $until: String) { unusualWealth(since: $since, until: $until, first: 20) {
  totalCount candidates candidatesConsidered explanation edges { node { ${WEALTH_RESULT} } } } }`;

export async function wealthScreen(root: HTMLElement, params: Params): Promise<void> {
  if (params.query.has('since') || params.query.has('until')) setPeriod({ since: params.query.get('since') ?? '', until: params.query.get('until') ?? '' });
  const { since, until } = period();
  const sinceIn = h('input', { type: 'date', value: since, name: 'since' });
  const untilIn = h('input', { type: 'date', value: until, name: 'until' });
  const out = h('div', { 'aria-live': 'polite' }, loading());
  root.append(h('h1', null, t('wealthTitle')), h('p', { class: 'intro' }, t('wealthIntro')),
    h('form', { class: 'toolbar', onsubmit: (e: Event) => {
      e.preventDefault();
      setPeriod({ since: sinceIn.value, until: untilIn.value });
      go(['wealth'], { since: sinceIn.value, until: untilIn.value });
    } },
      field(t('since'), sinceIn), field(t('until'), untilIn), h('button', { type: 'submit' }, t('apply'))), out);
  try {
    const { unusualWealth: r } = await gql<Result>(QUERY, periodVars());
    out.replaceChildren(h('p', null, r.explanation),
      h('ol', { class: 'results' }, r.edges.map(({ node }) => h('li', { class: 'panel result' },
        h('h2', null, `${node.rank}. `, node.subjects.map((s, i) => [i ? ' & ' : '', entityLink(s)]),
          ' ', h('span', { class: 'badge' }, `${t('score')} ${num(node.score, 2)}`)),
        h('p', { class: 'actions' }, h('a', { href: href(['network', node.subjects[0].spoorId], { of: [...node.subjects, ...node.assets.map((a) => a.registeredTo)].map((s) => s.spoorId).filter((v, i, a) => a.indexOf(v) === i).join(',') }) }, t('networkOfResult'))),
        wealthDetails(node)))));
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}
