// The data-subject report (AVG art. 15, Wpg art. 25; GraphQL `subjectReport`, privacy jurists only, made for a
// purpose: the data-subject request): what Spoor holds on one person, from which sources, to whom it was
// disclosed, and — from the consultation log (`consultations(subject:)`) — who consulted it, when and why.
// A person is asked for by Spoor id (kept in the address) or by BSN (never put in the address or history).
import { h, table, clear } from '../dom';
import { t, num } from '../i18n';
import { gql, purposeId, setPurposeId } from '../api';
import { go, type Params } from '../router';
import { session } from '../session';
import { errorBox, field, kindLabel, loading, section, REF, type EntityRef } from '../widgets';
import { DISCLOSURE, type Disclosure } from './exportForm';
import { disclosuresTable } from './disclosures';
import { CONSULTATION, consultationsTable, type Consultation } from './audit';

type ReportSource = { sourceId: string; kind: string; title: string | null; partner: string; legalBasis: string; caseId: string; receivedAt: string; retainUntil: string };
type Report = { generatedAt: string;
  subject: { spoorId: string; kind: string; caption: string; properties: { name: string; value: string }[];
    sources: { source: { sourceId: string; title: string | null; kind: string }; locator: string; snippet: string | null }[] };
  relationships: { type: string; direction: string; other: EntityRef; sources: { source: { sourceId: string } }[] }[];
  documents: { document: EntityRef; locators: string[] }[];
  sources: ReportSource[]; disclosures: Disclosure[] };

const REPORT = `query Subject($person: ID, $bsn: String) { subjectReport(person: $person, bsn: $bsn) { generatedAt
  subject { spoorId kind caption properties { name value } sources { source { sourceId title kind } locator snippet } }
  relationships { type direction other { ${REF} } sources { source { sourceId } } }
  documents { document { ${REF} } locators }
  sources { sourceId kind title partner legalBasis caseId receivedAt retainUntil }
  disclosures { ${DISCLOSURE} } } }`;
const CONSULTED = `query Consulted($subject: ID!) { consultations(subject: $subject, first: 100) { totalCount edges { node { ${CONSULTATION} } } } }`;

export async function subjectScreen(root: HTMLElement, params: Params): Promise<void> {
  const purposes = session()?.purposes ?? [];
  const person = h('input', { name: 'person', value: params.query.get('person') ?? '', size: 34, placeholder: 'bsn:… / person:…', autocomplete: 'off' });
  const bsn = h('input', { name: 'bsn', size: 12, inputmode: 'numeric', autocomplete: 'off' });
  const purpose = h('select', { name: 'purpose' }, purposes.map((p) => h('option', { value: p.id, selected: p.id === purposeId() }, `${p.title} (${p.id})`)));
  const out = h('div', { 'aria-live': 'polite', id: 'subject-report' });
  root.append(h('h1', null, t('subjectTitle')), h('p', { class: 'intro' }, t('subjectIntro')),
    h('form', { class: 'toolbar', onsubmit: (e: Event) => {
      e.preventDefault();
      if (purpose.value !== purposeId()) {
        setPurposeId(purpose.value);
        window.dispatchEvent(new Event('spoor:purpose'));
      }
      if (bsn.value.trim()) void run(out, { person: null, bsn: bsn.value.trim() });
      else if (person.value.trim() === (params.query.get('person') ?? '')) void run(out, { person: person.value.trim(), bsn: null });
      else go(['subject'], { person: person.value.trim() });
    } }, field(t('spoorId'), person), field(t('bsnField'), bsn), field(t('purpose'), purpose), h('button', { type: 'submit' }, t('subjectSubmit'))),
    out);
  if (!purposes.length) {
    out.append(h('p', { class: 'error', role: 'alert' }, t('subjectNeedsPurpose')));
    return;
  }
  if (params.query.get('person')) {
    if (purpose.value !== purposeId()) {
      setPurposeId(purpose.value);
      window.dispatchEvent(new Event('spoor:purpose'));
    }
    await run(out, { person: params.query.get('person'), bsn: null });
  } else person.focus();
}

async function run(out: HTMLElement, vars: { person: string | null; bsn: string | null }): Promise<void> {
  clear(out, loading());
  try {
    const { subjectReport: r } = await gql<{ subjectReport: Report | null }>(REPORT, vars);
    if (!r) {
      clear(out, h('p', { 'data-testid': 'subject-none' }, t('subjectNone')));
      return;
    }
    const consulted = h('div', { 'data-testid': 'consulted' }, loading());
    const s = r.subject;
    clear(out,
      h('h2', { class: 'subject-name', 'data-testid': 'subject-name' }, s.caption, ' ', h('span', { class: 'badge' }, kindLabel(s.kind))),
      h('p', { class: 'muted' }, t('generatedAt', { at: r.generatedAt, purpose: purposeId() ?? '—' }), ' · ', h('code', null, s.spoorId)),
      h('div', { class: 'columns' },
        section(t('profileProperties'), h('dl', { class: 'props' }, s.properties.map((p) => [h('dt', null, p.name), h('dd', null, p.value)]))),
        section(t('subjectAssertions', { n: num(s.sources.length) }), table(null, [t('source'), t('locator'), t('snippet')],
          s.sources.map((a) => [a.source.title ?? a.source.sourceId, a.locator, a.snippet ? h('q', { class: 'snippet' }, a.snippet) : '—'])))),
      section(t('consultedBy'), consulted),
      section(t('disclosedTo', { n: num(r.disclosures.length) }),
        r.disclosures.length ? h('div', { 'data-testid': 'subject-disclosures' }, disclosuresTable(r.disclosures)) : h('p', null, t('none'))),
      section(t('subjectSources', { n: num(r.sources.length) }), table(null,
        [t('source'), t('sourceKind'), t('partner'), t('legalBasis'), t('caseId'), t('received'), t('retainUntil')],
        r.sources.map((src) => [src.title ?? src.sourceId, src.kind, src.partner, src.legalBasis, src.caseId, src.receivedAt.slice(0, 10), src.retainUntil]), 'report-sources')),
      section(t('subjectDocuments', { n: num(r.documents.length) }), h('ul', null, r.documents.map((d) =>
        h('li', null, d.document.caption, ' ', h('span', { class: 'muted' }, d.locators.join(', '))))) ),
      section(t('profileRelationships'), table(null, [t('type'), t('other'), t('sources')], r.relationships.map((rel) => [
        rel.direction === 'OUT' ? `${rel.type} →` : `← ${rel.type}`, [rel.other.caption, ' ', h('span', { class: 'muted' }, `(${kindLabel(rel.other.kind)})`)],
        num(rel.sources.length)]))));
    await consultedBy(consulted, s.spoorId);
  } catch (e) {
    clear(out, errorBox(e));
  }
}

/** Who consulted the person: the log's entries whose answer held it, summed per user, then each entry. */
async function consultedBy(el: HTMLElement, spoorId: string): Promise<void> {
  try {
    const { consultations: c } = await gql<{ consultations: { totalCount: number; edges: { node: Consultation }[] } }>(CONSULTED, { subject: spoorId });
    const entries = c.edges.map((e) => e.node);
    const byUser = new Map<string, { organisation: string; purposes: Set<string>; n: number; last: string }>();
    for (const e of entries) {
      const u = byUser.get(e.user) ?? { organisation: e.organisation, purposes: new Set<string>(), n: 0, last: e.at };
      u.n += 1;
      if (e.purpose) u.purposes.add(e.purpose);
      if (e.at > u.last) u.last = e.at;
      byUser.set(e.user, u);
    }
    clear(el,
      h('p', null, t('consultedCount', { n: num(c.totalCount), users: num(byUser.size) }), c.totalCount > entries.length ? ` ${t('firstShown', { n: entries.length })}` : ''),
      table(null, [t('user'), t('organisation'), t('purpose'), t('consultationsN'), t('lastAt')],
        [...byUser].map(([user, u]) => [h('span', { 'data-consulted-by': user }, user), u.organisation, [...u.purposes].join(', '), num(u.n), u.last.replace('T', ' ').replace(/\.\d+Z$/, 'Z')]),
        'consulted-by'),
      entries.length ? h('details', null, h('summary', null, t('showEntries')), consultationsTable(entries)) : null);
  } catch (e) {
    clear(el, errorBox(e));
  }
}
