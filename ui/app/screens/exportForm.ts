// Export with the disclosure form (GraphQL `export`): every export is a disclosure to a partner, registered
// with recipient, purpose and legal basis before the file is released. The form does not check the legal
// basis itself: the server refuses an export without one, naming what is missing, and the form shows that
// refusal. After the export: the registered disclosure and the signed-in download (/api/exports/<id>).
import { h, clear } from '../dom';
import { t, num } from '../i18n';
import { gql } from '../api';
import { currentPurpose } from '../session';
import { errorBox, field } from '../widgets';

export type Disclosure = { id: string; at: string; by: string; organisation: string; recipient: string; purpose: string; legalBasis: string;
  format: string; scope: string; entities: number; relationships: number; fileName: string; bytes: number; sha256: string };
export const DISCLOSURE = 'id at by organisation recipient purpose legalBasis format scope entities relationships fileName bytes sha256';

const EXPORT = `mutation Export($format: ExportFormat!, $recipient: String, $legalBasis: String, $case: String, $entities: [ID!], $hops: Int) {
  export(format: $format, recipient: $recipient, legalBasis: $legalBasis, case: $case, entities: $entities, hops: $hops) {
    downloadUrl disclosure { ${DISCLOSURE} } } }`;
const FORMATS = ['GRAPHML', 'CSV', 'I2', 'FTM'];

/** What may be exported from the screen that opens the form: the entities it shows, and the one in its centre. */
export type ExportSource = { shown: () => string[]; centre: string | null };

/** The disclosure as a definition list (also the audit screens' detail). */
export function disclosureDetails(d: Disclosure): HTMLElement {
  const row = (label: string, value: string | number, testid: string) => [h('dt', null, label), h('dd', { 'data-testid': testid }, String(value))];
  return h('dl', { class: 'props disclosure', 'data-testid': 'disclosure' },
    row(t('disclosureId'), d.id, 'disclosure-id'), row(t('at'), d.at, 'disclosure-at'), row(t('by'), `${d.by} (${d.organisation})`, 'disclosure-by'),
    row(t('recipient'), d.recipient, 'disclosure-recipient'), row(t('purpose'), d.purpose, 'disclosure-purpose'),
    row(t('legalBasis'), d.legalBasis, 'disclosure-basis'), row(t('format'), d.format, 'disclosure-format'),
    // The scope names every entity given; a long one opens on demand.
    [h('dt', null, t('scope')), h('dd', { 'data-testid': 'disclosure-scope' }, d.scope.length > 160
      ? h('details', null, h('summary', null, d.scope.slice(0, 120) + '…'), h('div', { class: 'scope-text' }, d.scope)) : d.scope)],
    row(t('entitiesCount'), num(d.entities), 'disclosure-entities'), row(t('relationshipsCount'), num(d.relationships), 'disclosure-relationships'),
    row(t('bytes'), num(d.bytes), 'disclosure-bytes'),
    [h('dt', null, 'SHA-256'), h('dd', null, h('code', { 'data-testid': 'disclosure-sha256' }, d.sha256))]);
}

/** A button that opens the export form in a modal dialog (focus stays in it; Escape closes it). */
export function exportButton(source: ExportSource): HTMLElement {
  const dialog = exportDialog(source);
  const button = h('button', { type: 'button', class: 'secondary', id: 'export-open', onclick: () => {
    dialog.refresh();
    dialog.element.showModal();
    dialog.focus();
  } }, t('exportOpen'));
  return h('span', null, button, dialog.element);
}

function exportDialog(source: ExportSource): { element: HTMLDialogElement; refresh: () => void; focus: () => void } {
  const purpose = currentPurpose();
  const format = h('select', { name: 'format' }, FORMATS.map((f) => h('option', { value: f }, t(('format_' + f) as 'format_GRAPHML'))));
  const recipient = h('input', { name: 'recipient', 'aria-required': 'true', list: 'export-partners', size: 24, autocomplete: 'off' });
  const basis = h('input', { name: 'legalBasis', 'aria-required': 'true', list: 'export-bases', size: 24, autocomplete: 'off' });
  const shownCount = h('span');
  const scopeShown = h('input', { type: 'radio', name: 'scope', value: 'shown', checked: true });
  const scopeAround = h('input', { type: 'radio', name: 'scope', value: 'around', disabled: !source.centre });
  const scopeCase = h('input', { type: 'radio', name: 'scope', value: 'case' });
  const hops = h('input', { type: 'number', name: 'hops', min: 0, max: 3, value: 1, 'aria-label': t('hops') });
  const caseIn = h('input', { name: 'case', size: 16, value: purpose?.kind === 'CASE' ? purpose.id : '', 'aria-label': t('caseId') });
  const out = h('div', { 'aria-live': 'polite', 'data-testid': 'export-result' });
  const submit = h('button', { type: 'submit' }, t('exportSubmit'));
  const element = h('dialog', { class: 'export-dialog', 'aria-labelledby': 'export-title' },
    h('form', { class: 'export-form', novalidate: true, onsubmit: (e: Event) => { e.preventDefault(); void run(); } },
      h('h2', { id: 'export-title' }, t('exportTitle')),
      h('p', { class: 'intro' }, t('exportIntro', { purpose: purpose ? `${purpose.title} (${purpose.id})` : t('noPurpose') })),
      h('div', { class: 'toolbar' },
        field(t('format'), format),
        field(`${t('recipient')} (${t('required')})`, recipient),
        field(`${t('legalBasis')} (${t('required')})`, basis)),
      h('datalist', { id: 'export-partners' }, (purpose?.partners ?? []).map((p) => h('option', { value: p }))),
      h('datalist', { id: 'export-bases' }, purpose?.legalBasis ? h('option', { value: purpose.legalBasis }) : null),
      h('fieldset', { class: 'scope' }, h('legend', null, t('scope')),
        h('label', { class: 'check' }, scopeShown, shownCount),
        h('label', { class: 'check' }, scopeAround, t('scopeAround')), hops,
        h('label', { class: 'check' }, scopeCase, t('scopeCase')), caseIn),
      h('p', { class: 'actions' }, submit,
        h('button', { type: 'button', class: 'secondary', onclick: () => element.close() }, t('close')))),
    out);

  function refresh(): void {
    shownCount.textContent = t('scopeShown', { n: num(source.shown().length) });
  }
  async function run(): Promise<void> {
    const scope = (element.querySelector('input[name=scope]:checked') as HTMLInputElement).value;
    const vars: Record<string, unknown> = { format: format.value, recipient: recipient.value.trim() || null, legalBasis: basis.value.trim() || null };
    if (scope === 'shown') Object.assign(vars, { entities: source.shown(), hops: 0 });
    if (scope === 'around') Object.assign(vars, { entities: [source.centre], hops: Number(hops.value) });
    if (scope === 'case') Object.assign(vars, { case: caseIn.value.trim() || null });
    submit.disabled = true;
    clear(out, h('p', { class: 'loading', role: 'status' }, t('exporting')));
    try {
      const { export: r } = await gql<{ export: { downloadUrl: string; disclosure: Disclosure } }>(EXPORT, vars);
      clear(out, h('section', { class: 'panel registered' },
        h('h3', null, t('disclosureRegistered')),
        disclosureDetails(r.disclosure),
        h('p', null, h('a', { class: 'button', href: r.downloadUrl, download: true, 'data-testid': 'export-download' },
          t('download', { file: `${r.disclosure.format}, ${num(r.disclosure.bytes)} bytes` })))));
      (out.querySelector('a[download]') as HTMLElement).focus();
    } catch (e) {
      clear(out, errorBox(e));
    } finally {
      submit.disabled = false;
    }
  }
  return { element, refresh, focus: () => format.focus() };
}
