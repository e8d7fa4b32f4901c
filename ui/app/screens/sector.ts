// Sector-exploitation dashboard (`sectorNetworks`): networks of firms with their ten indicators.
import { h, table } from '../dom';
import { t, num, euro } from '../i18n';
import { gql } from '../api';
import { go, href, type Params } from '../router';
import { EVIDENCE, INDICATOR, REF, SOURCE, entityLink, errorBox, evidenceList, field, indicatorsTable, loading, sourcesList,
  type EntityRef, type EvidencePath, type Indicator, type Source } from '../widgets';

type Network = { id: string; rank: number; score: number; explanation: string; indicators: Indicator[]; evidence: EvidencePath[]; sources: Source[];
  firms: { firm: EntityRef; sbiCode: string | null; startDate: string | null; permit: string | null; controllers: EntityRef[] }[];
  keyFigures: { entity: EntityRef; firmsControlled: number; accountsCoHeld: number; workersHoused: number; receivedFromWorkers: number }[] };
const QUERY = `query S($sbi: String) { sectorNetworks(sbi: $sbi, first: 20) { query totalCount edges { node { id rank score explanation
  indicators { ${INDICATOR} } evidence { ${EVIDENCE} } sources { ${SOURCE} }
  firms { firm { ${REF} } sbiCode startDate permit controllers { ${REF} } }
  keyFigures { entity { ${REF} } firmsControlled accountsCoHeld workersHoused receivedFromWorkers } } } } }`;

export async function sectorScreen(root: HTMLElement, params: Params): Promise<void> {
  const sbi = params.query.get('sbi') ?? '81.22';
  const sbiIn = h('input', { value: sbi, name: 'sbi', size: 8 });
  const out = h('div', { 'aria-live': 'polite' }, loading());
  root.append(h('h1', null, t('sectorTitle')), h('p', { class: 'intro' }, t('sectorIntro')),
    h('form', { class: 'toolbar', onsubmit: (e: Event) => { e.preventDefault(); go(['sector'], { sbi: sbiIn.value.trim() }); } },
      field(t('sbi'), sbiIn), h('button', { type: 'submit' }, t('apply'))), out);
  try {
    const { sectorNetworks: r } = await gql<{ sectorNetworks: { query: string; totalCount: number; edges: { node: Network }[] } }>(QUERY, { sbi });
    out.replaceChildren(h('p', { class: 'muted' }, r.query),
      h('ol', { class: 'results' }, r.edges.map(({ node: n }) => h('li', { class: 'panel result' },
        h('h2', null, `${n.rank}. ${n.firms.length} ${t('firms').toLowerCase()}`, ' ', h('span', { class: 'badge' }, `${t('score')} ${num(n.score, 1)}`)),
        h('p', { class: 'explanation' }, n.explanation),
        h('p', { class: 'actions' }, h('a', { href: href(['network', n.firms[0]?.firm.spoorId ?? ''], { of: n.firms.map((f) => f.firm.spoorId).join(',') }) }, t('networkOfResult'))),
        indicatorsTable(n.indicators),
        table(t('firms'), [t('name'), t('sbi'), t('date'), t('permit'), t('controllers')],
          n.firms.map((f) => [entityLink(f.firm), f.sbiCode ?? '—', f.startDate ?? '—', f.permit ?? '—', f.controllers.map((c, i) => [i ? ', ' : '', entityLink(c)])])),
        table(t('keyFigures'), [t('name'), t('firms'), 'co-held', 'housed', t('amount')],
          n.keyFigures.map((k) => [entityLink(k.entity), String(k.firmsControlled), String(k.accountsCoHeld), String(k.workersHoused), euro(k.receivedFromWorkers)])),
        h('details', null, h('summary', null, `${t('evidence')} (${n.evidence.length})`), evidenceList(n.evidence)),
        h('details', null, h('summary', null, `${t('sources')} (${n.sources.length})`), sourcesList(n.sources))))));
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}
