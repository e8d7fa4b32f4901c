// Trafficking dashboard (`traffickingNetworks`): controllers and the possible victims tied to them.
import { h, table } from '../dom';
import { t, tOr, num } from '../i18n';
import { gql } from '../api';
import { href } from '../router';
import { EVIDENCE, INDICATOR, REF, SOURCE, entityLink, errorBox, evidenceList, indicatorsTable, loading, sourcesList,
  type EntityRef, type EvidencePath, type Indicator, type Source } from '../widgets';

type Network = { rank: number; score: number; controller: EntityRef; protectiveFlag: boolean; explanation: string; indicators: Indicator[];
  evidence: EvidencePath[]; sources: Source[]; addresses: EntityRef[]; phones: EntityRef[];
  persons: { person: EntityRef; role: string; ties: string[]; minor: boolean; protectiveFlag: boolean; protectiveReasons: string[] }[] };
const QUERY = `{ traffickingNetworks(first: 20) { query totalCount edges { node { rank score controller { ${REF} } protectiveFlag explanation
  indicators { ${INDICATOR} } evidence { ${EVIDENCE} } sources { ${SOURCE} } addresses { ${REF} } phones { ${REF} }
  persons { person { ${REF} } role ties minor protectiveFlag protectiveReasons } } } } }`;

export async function traffickingScreen(root: HTMLElement): Promise<void> {
  const out = h('div', { 'aria-live': 'polite' }, loading());
  root.append(h('h1', null, t('traffickingTitle')), h('p', { class: 'intro' }, t('traffickingIntro')), out);
  try {
    const { traffickingNetworks: r } = await gql<{ traffickingNetworks: { query: string; edges: { node: Network }[] } }>(QUERY);
    out.replaceChildren(h('p', { class: 'muted' }, r.query),
      h('ol', { class: 'results' }, r.edges.map(({ node: n }) => h('li', { class: 'panel result' },
        h('h2', null, `${n.rank}. ${t('controller')}: `, entityLink(n.controller), ' ', h('span', { class: 'badge' }, `${t('score')} ${num(n.score, 2)}`),
          n.protectiveFlag ? [' ', h('span', { class: 'badge warn' }, t('protective'))] : null),
        h('p', { class: 'explanation' }, n.explanation),
        h('p', { class: 'actions' }, h('a', { href: href(['network', n.controller.spoorId], { of: [n.controller, ...n.persons.map((p) => p.person)].map((p) => p.spoorId).join(',') }) }, t('networkOfResult'))),
        indicatorsTable(n.indicators),
        table(t('persons'), [t('name'), t('role'), 'ties', t('protective')], n.persons.map((p) => [entityLink(p.person),
          tOr('role_' + p.role, p.role), p.ties.join(', '), [p.minor ? t('minor') + ' ' : '', p.protectiveReasons.join('; ')]])),
        h('details', null, h('summary', null, `${t('evidence')} (${n.evidence.length})`), evidenceList(n.evidence)),
        h('details', null, h('summary', null, `${t('sources')} (${n.sources.length})`), sourcesList(n.sources))))));
  } catch (e) {
    out.replaceChildren(errorBox(e));
  }
}
