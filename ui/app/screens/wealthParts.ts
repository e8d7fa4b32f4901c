// One unusual-wealth result as the profile and the FIT dashboard show it: explanation, indicators,
// income by year and the seizure-ready asset table with the sources of every asset.
import { h, table } from '../dom';
import { t, euro } from '../i18n';
import { ASSERTION, INDICATOR, REF, SOURCE, documentLink, entityLink, indicatorsTable, sourcesList,
  type Assertion, type EntityRef, type Indicator, type Source } from '../widgets';

export type Asset = { asset: EntityRef; kind: string; description: string; location: string | null; registeredTo: EntityRef; heldVia: string;
  route: string; value: number; valueBasis: string; acquired: string | null; acquiredInPeriod: boolean; paidWith: string; sources: Assertion[] };
export type WealthResult = { rank: number; score: number; subjects: EntityRef[]; household: { person: EntityRef; relation: string }[];
  assetsValue: number; acquiredValue: number; yearlyLegalIncome: number; incomeByYear: { year: number; legalIncome: number }[];
  indicators: Indicator[]; assets: Asset[]; sources: Source[]; explanation: string };

export const WEALTH_RESULT = `rank score subjects { ${REF} } household { person { ${REF} } relation }
  assetsValue acquiredValue yearlyLegalIncome incomeByYear { year legalIncome } indicators { ${INDICATOR} }
  assets { asset { ${REF} } kind description location registeredTo { ${REF} } heldVia route value valueBasis acquired acquiredInPeriod paidWith sources { ${ASSERTION} } }
  sources { ${SOURCE} } explanation`;

export function wealthDetails(r: WealthResult): HTMLElement {
  return h('div', { class: 'wealth' },
    h('p', { class: 'explanation', 'data-testid': 'wealth-explanation' }, r.explanation),
    h('dl', { class: 'figures' },
      h('dt', null, t('assetsValue')), h('dd', null, euro(r.assetsValue)),
      h('dt', null, t('acquiredValue')), h('dd', null, euro(r.acquiredValue)),
      h('dt', null, t('yearlyIncome')), h('dd', null, euro(r.yearlyLegalIncome), ' ',
        h('span', { class: 'muted' }, r.incomeByYear.map((y) => `${y.year}: ${euro(y.legalIncome)}`).join(' · ')))),
    r.household.length > 1 ? h('p', null, t('household'), ': ', r.household.map((m, i) => [i ? ', ' : '', entityLink(m.person), ` (${m.relation})`])) : null,
    indicatorsTable(r.indicators),
    seizureTable(r.assets),
    h('details', null, h('summary', null, `${t('sources')} (${r.sources.length})`), sourcesList(r.sources)));
}

export function seizureTable(assets: Asset[]): HTMLTableElement {
  return table(t('seizureTable'), [t('asset'), t('value'), t('registeredTo'), t('heldVia'), t('acquired'), t('paidWith'), t('sources')],
    assets.map((a) => [
      [entityLink(a.asset), h('br'), h('span', { class: 'muted' }, a.description, a.location ? ` — ${a.location}` : '')],
      [euro(a.value), h('br'), h('span', { class: 'muted' }, a.valueBasis)],
      entityLink(a.registeredTo),
      [a.heldVia, h('br'), h('span', { class: 'muted' }, a.route)],
      a.acquired ?? '—', a.paidWith,
      a.sources.slice(0, 3).map((s) => h('div', null, s.source.title ?? s.source.kind, ` ${s.locator} `, documentLink(s))),
    ]), 'seizure');
}
