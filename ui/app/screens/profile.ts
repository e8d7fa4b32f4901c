// Entity profile: identifiers, properties, every source with its snippet and page, relationships,
// timeline, and for a person the unusual-wealth explanation.
import { h, table, append } from '../dom';
import { t, num } from '../i18n';
import { gql } from '../api';
import { href, type Params } from '../router';
import { ASSERTION, REF, assertionsTable, entityLink, errorBox, kindLabel, loading, section, type Assertion, type EntityRef } from '../widgets';
import { periodVars } from '../period';
import { WEALTH_RESULT, wealthDetails, type WealthResult } from './wealthParts';
import { exportButton } from './exportForm';

type Entity = { spoorId: string; kind: string; caption: string; properties: { name: string; value: string }[]; sources: Assertion[];
  relationships: { type: string; direction: string; other: EntityRef; properties: { name: string; value: string }[]; sources: Assertion[] }[];
  timeline: { totalCount: number; edges: { node: { date: string; phase: string; description: string; via: EntityRef | null; relationship: { sources: Assertion[] } } }[] } };

const QUERY = `query Profile($id: ID!) { entity(spoorId: $id) { spoorId kind caption properties { name value } sources { ${ASSERTION} }
  relationships(limit: 40) { type direction other { ${REF} } properties { name value } sources { ${ASSERTION} } }
  timeline(first: 40) { totalCount edges { node { date phase description via { ${REF} } relationship { sources { ${ASSERTION} } } } } } } }`;
const WEALTH = `query Wealth($id: ID!, $since: String, $until: String) { unusualWealth(person: $id, since: $since, until: $until, first: 1) { edges { node { ${WEALTH_RESULT} } } } }`;

// Property names that identify (shown apart, above the other properties).
const IDENTIFYING = /^(iban|bic|kvkNummer|rsin|vat|btw|kenteken|e164|phone|email|bsnHash|addressKey|postcode|kadastraal.*|registrationNumber)$/i;

export async function profileScreen(root: HTMLElement, params: Params): Promise<void> {
  const id = params.path[1];
  const status = loading();
  root.append(status);
  const { entity } = await gql<{ entity: Entity | null }>(QUERY, { id });
  status.remove();
  if (!entity) {
    root.append(h('h1', null, t('notFound', { id })));
    return;
  }
  const ids = entity.properties.filter((p) => IDENTIFYING.test(p.name));
  const rest = entity.properties.filter((p) => !IDENTIFYING.test(p.name));
  const wealth = h('div', { id: 'profile-wealth' });
  append(root, [
    h('h1', null, entity.caption, ' ', h('span', { class: 'badge' }, kindLabel(entity.kind))),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: href(['network', entity.spoorId]) }, t('openNetwork')),
      ['Person', 'Company', 'Organization', 'BankAccount'].includes(entity.kind)
        ? h('a', { class: 'button', href: href(['trail', entity.spoorId]) }, t('openTrail')) : null,
      // The profile shows the entity and the other ends of its relationships.
      exportButton({ centre: entity.spoorId, shown: () => [...new Set([entity.spoorId, ...entity.relationships.map((r) => r.other.spoorId)])] })),
    h('div', { class: 'columns' },
      section(t('profileIdentifiers'), h('dl', { class: 'props' }, h('dt', null, 'Spoor-id'), h('dd', null, h('code', null, entity.spoorId)),
        ids.map((p) => [h('dt', null, p.name), h('dd', null, p.value)]))),
      section(t('profileProperties'), h('dl', { class: 'props' }, rest.map((p) => [h('dt', null, p.name), h('dd', null, p.value)])))),
    entity.kind === 'Person' ? section(t('profileWealth'), wealth) : null,
    section(t('profileSources'), assertionsTable(t('profileSources'), entity.sources)),
    section(t('profileRelationships'), table(null, [t('type'), t('other'), t('profileProperties'), t('sources')],
      entity.relationships.map((r) => [r.direction === 'OUT' ? `${r.type} →` : `← ${r.type}`, entityLink(r.other),
        r.properties.map((p) => `${p.name}: ${p.value}`).join(', '),
        r.sources.slice(0, 2).map((s) => h('div', { class: 'muted' }, s.source.title ?? s.source.kind, ' ', s.locator))]))),
    section(t('profileTimeline'),
      h('p', { class: 'muted' }, t('eventsOf', { shown: entity.timeline.edges.length, total: num(entity.timeline.totalCount) })),
      h('ol', { class: 'timeline' }, entity.timeline.edges.map(({ node: e }) =>
        h('li', null, h('time', { datetime: e.date }, e.date), ' ', h('span', { class: 'badge' }, e.phase), ' ', e.description,
          e.via ? h('span', { class: 'muted' }, ` (${e.via.caption})`) : null,
          e.relationship.sources[0] ? h('span', { class: 'muted' }, ` — ${e.relationship.sources[0].source.title ?? e.relationship.sources[0].source.kind}`) : null))))]);
  if (entity.kind === 'Person') {
    wealth.append(loading());
    try {
      const r = await gql<{ unusualWealth: { edges: { node: WealthResult }[] } }>(WEALTH, { id, ...periodVars() });
      const hit = r.unusualWealth.edges[0]?.node;
      wealth.replaceChildren(hit ? wealthDetails(hit) : h('p', null, t('profileNoWealth')));
    } catch (e) {
      wealth.replaceChildren(errorBox(e));
    }
  }
}
