// Money-trail view: `moneyTrail` from an entity or account, the amounts as a Sankey (one column per
// hop, so a cycle stays readable) and the hops on a time axis, with the trails and their sources.
import { h, table, append } from '../dom';
import { t, tOr, euro, num } from '../i18n';
import { gql } from '../api';
import { go, type Params } from '../router';
import { ASSERTION, REF, documentLink, entityLink, errorBox, field, loading, type Assertion, type EntityRef } from '../widgets';
import { sankeySvg, timelineSvg } from './trailCharts';

export type TrailAccount = { spoorId: string; caption: string; holders: EntityRef[] };
export type Hop = { from: TrailAccount; to: TrailAccount; date: string; amount: number; description: string | null; daysAfterPrevious: number | null; sources: Assertion[] };
export type Trail = { hops: Hop[]; firstAmount: number; lastAmount: number; carriedFraction: number; days: number; endsBecause: string; explanation: string };
type Result = { moneyTrail: { query: string; explanation: string; startAccounts: TrailAccount[]; trails: { totalCount: number; edges: { node: Trail }[] } } };

const ACCOUNT = `spoorId caption holders { ${REF} }`;
const QUERY = `query T($from: ID!, $direction: TrailDirection, $maxHops: Int, $window: Int, $fraction: Float, $hubCap: Int) {
  moneyTrail(from: $from, direction: $direction, maxHops: $maxHops, hopWindowDays: $window, minFraction: $fraction, hubCap: $hubCap, first: 50) {
    query explanation startAccounts { ${ACCOUNT} } trails { totalCount edges { node { firstAmount lastAmount carriedFraction days endsBecause explanation
      hops { from { ${ACCOUNT} } to { ${ACCOUNT} } date amount description daysAfterPrevious sources { ${ASSERTION} } } } } } } }`;

export async function trailScreen(root: HTMLElement, params: Params): Promise<void> {
  const from = params.path[1];
  const q = params.query;
  const direction = q.get('direction') === 'BACKWARD' ? 'BACKWARD' : 'FORWARD';
  const maxHops = Number(q.get('hops') ?? 2);
  const window = Number(q.get('window') ?? 7);
  const fraction = Number(q.get('fraction') ?? 0.5);
  const hubCap = Number(q.get('hubCap') ?? 250);
  const dirSel = h('select', { name: 'direction' }, h('option', { value: 'FORWARD', selected: direction === 'FORWARD' }, t('forward')),
    h('option', { value: 'BACKWARD', selected: direction === 'BACKWARD' }, t('backward')));
  const hopsIn = h('input', { type: 'number', min: 1, max: 6, value: maxHops, name: 'hops' });
  const windowIn = h('input', { type: 'number', min: 0, max: 90, value: window, name: 'window' });
  const fractionIn = h('input', { type: 'number', min: 0, max: 1, step: 0.05, value: fraction, name: 'fraction' });
  const hubIn = h('input', { type: 'number', min: 1, value: hubCap, name: 'hubCap' });
  const title = h('h1', null, t('trailTitle', { name: from }));
  const out = h('div', { 'aria-live': 'polite' }, loading());
  root.append(title, h('form', { class: 'toolbar', onsubmit: (e: Event) => {
    e.preventDefault();
    go(['trail', from], { direction: dirSel.value, hops: hopsIn.value, window: windowIn.value, fraction: fractionIn.value, hubCap: hubIn.value });
  } }, field(t('direction'), dirSel), field(t('maxHops'), hopsIn), field(t('windowDays'), windowIn), field(t('minFraction'), fractionIn), field(t('hubCap'), hubIn),
    h('button', { type: 'submit' }, t('apply'))), out);
  try {
    const { moneyTrail: r } = await gql<Result>(QUERY, { from, direction, maxHops, window, fraction, hubCap });
    const holder = r.startAccounts[0]?.holders[0];
    title.textContent = t('trailTitle', { name: holder?.caption ?? r.startAccounts[0]?.caption ?? from });
    const trails = r.trails.edges.map((e) => e.node);
    out.replaceChildren();
    append(out, [
      h('p', { 'data-testid': 'trail-explanation' }, r.explanation),
      trails.length ? [
        h('section', { class: 'panel' }, h('h2', null, t('flow')), sankeySvg(trails, direction === 'BACKWARD')),
        h('section', { class: 'panel' }, h('h2', null, t('timelineOfHops')), timelineSvg(trails)),
        h('section', { class: 'panel' }, h('h2', null, `${t('trails')} (${num(r.trails.totalCount)})`), trailsTable(trails)),
      ] : null]);
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}

function account(a: TrailAccount): (Node | string)[] {
  return [a.caption, ...(a.holders.length ? [' (', ...a.holders.flatMap((hd, i) => [i ? ', ' : '', entityLink(hd)]), ')'] : [])];
}

function trailsTable(trails: Trail[]): HTMLElement {
  return h('ol', { class: 'trails', 'data-testid': 'trails' }, trails.map((tr) =>
    h('li', { 'data-hops': tr.hops.length }, h('p', null, tr.explanation, ' ', h('span', { class: 'badge' }, `${t('endsBecause')}: ${tOr('end_' + tr.endsBecause, tr.endsBecause)}`)),
      table(null, [t('hop'), t('date'), t('from'), t('to'), t('amount'), t('source')], tr.hops.map((hp, i) => [
        String(i + 1), hp.date, account(hp.from), account(hp.to), euro(hp.amount),
        hp.sources.slice(0, 1).map((s) => [s.source.title ?? s.source.kind, ' ', s.locator, ' ', documentLink(s)]),
      ]), 'hops'))));
}
