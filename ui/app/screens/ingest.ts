// Ingest: upload files for a case (POST /api/ingest/uploads), follow the job's progress (server-sent
// events), and list the failures with their reasons; the recent jobs below.
import { h, table } from '../dom';
import { t, num } from '../i18n';
import { gql, rest } from '../api';
import { errorBox, field } from '../widgets';
import { currentPurpose } from '../session';

type Job = { id: string; state: string; caseId: string; partner: string; submitted: string; documents: number; entities: number;
  files: { total: number; finished: number; ingested: number; quarantined: number; failed: number }; failures: { path: string; outcome: string; reason: string }[]; error: string | null };
const JOB = 'id state caseId partner submitted documents entities files { total finished ingested quarantined failed } failures { path outcome reason } error';

export async function ingestScreen(root: HTMLElement): Promise<() => void> {
  const purpose = currentPurpose();
  const files = h('input', { type: 'file', multiple: true, name: 'files', required: true });
  const caseIn = h('input', { name: 'case', required: true, value: purpose?.kind === 'CASE' ? purpose.id : '' });
  const partner = h('input', { name: 'partner', required: true });
  const basis = h('input', { name: 'basis', required: true, value: purpose?.legalBasis ?? '' });
  const retain = h('input', { name: 'retainUntil', type: 'date', required: true });
  const progress = h('div', { 'aria-live': 'polite', class: 'job-progress' });
  const jobs = h('div');
  let events: EventSource | null = null;
  root.append(h('h1', null, t('ingestTitle')), h('p', { class: 'intro' }, t('ingestIntro')),
    h('form', { class: 'upload', onsubmit: (e: Event) => { e.preventDefault(); void upload(); } },
      field(t('files'), files), field(t('caseId'), caseIn), field(t('partner'), partner), field(t('legalBasis'), basis),
      field(t('retainUntil'), retain), h('button', { type: 'submit' }, t('upload'))),
    progress, h('h2', null, t('jobs')), jobs);

  async function upload(): Promise<void> {
    const body = new FormData();
    for (const f of Array.from(files.files ?? [])) body.append('files', f);
    body.append('case', caseIn.value.trim());
    body.append('partner', partner.value.trim());
    body.append('basis', basis.value.trim());
    body.append('retainUntil', retain.value);
    try {
      const job = await rest<Job>('/api/ingest/uploads', { method: 'POST', body });
      show(job);
      events?.close();
      events = new EventSource(`/api/ingest/jobs/${encodeURIComponent(job.id)}/events`);
      const update = (e: MessageEvent) => show(JSON.parse(e.data) as Job);
      events.addEventListener('progress', update);
      events.addEventListener('done', (e) => { update(e as MessageEvent); events?.close(); void list(); });
    } catch (e) {
      progress.replaceChildren(errorBox(e));
    }
  }
  function show(j: Job): void {
    // Progress events may carry only part of the job; what they leave out is shown as zero or none.
    j.files ??= { total: 0, finished: 0, ingested: 0, quarantined: 0, failed: 0 };
    j.failures ??= [];
    progress.replaceChildren(h('section', { class: 'panel' },
      h('p', null, `${j.id}: ${j.state} — ${num(j.files.finished)} / ${num(j.files.total)} ${t('files').toLowerCase()}`),
      h('progress', { max: Math.max(1, j.files.total), value: j.files.finished, 'aria-label': t('progress') }),
      h('p', null, `${num(j.documents)} documents, ${num(j.entities)} entities`),
      j.error ? h('p', { class: 'error' }, j.error) : null,
      j.failures.length ? table(t('failures'), ['file', 'outcome', t('reason')], j.failures.map((f) => [f.path, f.outcome, f.reason])) : null));
  }
  async function list(): Promise<void> {
    try {
      const r = await gql<{ ingestJobs: { edges: { node: Job }[] } }>(`{ ingestJobs(first: 20) { edges { node { ${JOB} } } } }`);
      jobs.replaceChildren(table(null, ['id', t('state'), t('caseId'), t('partner'), t('files'), t('failures')],
        r.ingestJobs.edges.map(({ node: j }) => [j.id, j.state, j.caseId, j.partner, `${j.files.finished}/${j.files.total}`,
          String(j.files.failed + j.files.quarantined)])));
    } catch (e) {
      jobs.replaceChildren(errorBox(e));
    }
  }
  await list();
  return () => events?.close();
}
