// Login (POST /api/login) and the choice of purpose every GraphQL request is bound to.
import { h } from '../dom';
import { t } from '../i18n';
import { rest, setPurposeId, ApiError } from '../api';
import { session, can, home } from '../session';
import { field } from '../widgets';

// The session changed: main reads it again and then goes to `to`, so that screen renders once, with the new session.
const sessionChanged = (to: string) => window.dispatchEvent(new CustomEvent('spoor:session', { detail: to }));

export function loginScreen(root: HTMLElement): void {
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, id: 'login-user' });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const msg = h('p', { role: 'alert', class: 'error' });
  root.append(h('h1', null, t('loginTitle')), h('form', { class: 'login', onsubmit: async (e: Event) => {
    e.preventDefault();
    try {
      await rest('/api/login', { method: 'POST', body: JSON.stringify({ username: user.value.trim(), password: pass.value }) });
      sessionChanged('#/purpose');
    } catch (err) {
      msg.textContent = t('loginFailed', { message: err instanceof ApiError ? err.message : String(err) });
    }
  } }, field(t('username'), user), field(t('password'), pass), h('button', { type: 'submit' }, t('login')), msg));
  user.focus();
}

export function purposeScreen(root: HTMLElement): void {
  const me = session();
  root.append(h('h1', null, t('purposeTitle')), h('p', { class: 'intro' }, t('purposeIntro')));
  if (!me) return;
  const list = h('ul', { class: 'purposes' }, me.purposes.map((p) => h('li', null,
    h('button', { type: 'button', 'data-purpose': p.id, onclick: () => {
      setPurposeId(p.id);
      sessionChanged('#/' + home());
    } }, `${p.title}`), ' ', h('span', { class: 'muted' }, `${p.kind} · ${p.id}${p.legalBasis ? ' · ' + p.legalBasis : ''}`))));
  root.append(list);
  // The consultation log, the register and the purges need no purpose: an auditor may go on without one.
  if (can('audit') && !can('investigate')) {
    root.append(h('p', null, h('button', { type: 'button', class: 'secondary', 'data-testid': 'no-purpose', onclick: () => {
      setPurposeId(null);
      sessionChanged('#/audit');
    } }, t('withoutPurpose'))), h('p', { class: 'muted' }, t('withoutPurposeHint')));
  }
  (root.querySelector('button') as HTMLButtonElement | null)?.focus();
}
