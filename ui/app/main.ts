import './style.css';
import { h, clear } from './dom';
import { t, setLang, currentLang, type Key } from './i18n';
import { current, href, type Screen } from './router';
import { loadSession, session, isOpen, ready, currentPurpose, clearSession, can, home, type Ability } from './session';
import { rest } from './api';
import { errorBox } from './widgets';
import { searchScreen } from './screens/search';
import { profileScreen } from './screens/profile';
import { networkScreen } from './screens/network';
import { trailScreen } from './screens/trail';
import { wealthScreen } from './screens/wealth';
import { sectorScreen } from './screens/sector';
import { traffickingScreen } from './screens/trafficking';
import { documentScreen } from './screens/document';
import { ingestScreen } from './screens/ingest';
import { loginScreen, purposeScreen } from './screens/login';
import { auditScreen } from './screens/audit';
import { disclosuresScreen, purgesScreen } from './screens/disclosures';
import { subjectScreen } from './screens/subject';

// Each screen with what the user's roles must allow (session.ts `can`); null: login and purpose, for everyone.
const screens: Record<string, [Screen, Ability | null]> = {
  search: [searchScreen, 'investigate'], entity: [profileScreen, 'investigate'], network: [networkScreen, 'investigate'],
  trail: [trailScreen, 'investigate'], wealth: [wealthScreen, 'investigate'], sector: [sectorScreen, 'investigate'],
  trafficking: [traffickingScreen, 'investigate'], document: [documentScreen, 'investigate'], ingest: [ingestScreen, 'investigate'],
  audit: [auditScreen, 'audit'], disclosures: [disclosuresScreen, 'audit'], purges: [purgesScreen, 'audit'],
  subject: [subjectScreen, 'subjectReport'],
  login: [loginScreen, null], purpose: [purposeScreen, null],
};
// The menu follows the roles: a privacy jurist sees the audit screens and none of the investigation screens.
const nav: [string, Key, Ability][] = [['search', 'navSearch', 'investigate'], ['wealth', 'navWealth', 'investigate'],
  ['sector', 'navSector', 'investigate'], ['trafficking', 'navTrafficking', 'investigate'], ['ingest', 'navIngest', 'investigate'],
  ['audit', 'navAudit', 'audit'], ['disclosures', 'navDisclosures', 'audit'], ['purges', 'navPurges', 'audit'],
  ['subject', 'navSubject', 'subjectReport']];

const main = document.getElementById('main')!;
let release: void | (() => void);
let first = true;

let activeName = '';

function renderChrome(active: string): void {
  activeName = active;
  document.documentElement.lang = currentLang();
  document.getElementById('skip-link')!.textContent = t('skip');
  const navEl = document.getElementById('nav')!;
  navEl.setAttribute('aria-label', t('navLabel'));
  const shown = nav.filter(([, , ability]) => can(ability) && (ability !== 'investigate' || ready()));
  clear(navEl, session() || isOpen() ? shown.map(([route, key]) =>
    h('a', { href: href([route]), 'aria-current': route === active ? 'page' : null }, t(key))) : null);
  document.querySelector('.brand')!.setAttribute('href', href([home()]));
  const me = session();
  const purpose = currentPurpose();
  clear(document.getElementById('top-right')!,
    me ? h('span', { class: 'who', 'data-testid': 'who' }, me.username, ' · ',
      purpose ? h('span', { 'data-testid': 'purpose' }, purpose.title) : t('noPurpose'), ' ',
      h('a', { href: href(['purpose']) }, t('changePurpose'))) : null,
    me ? h('button', { type: 'button', class: 'link', onclick: logout }, t('logout')) : null,
    h('button', { type: 'button', class: 'lang', 'aria-label': t('languageLabel'), onclick: () => {
      setLang(currentLang() === 'nl' ? 'en' : 'nl');
      route();
    } }, t('language')));
}

async function logout(): Promise<void> {
  await rest('/api/logout', { method: 'POST' }).catch(() => null);
  clearSession();
  location.hash = '#/login';
}

async function route(): Promise<void> {
  if (typeof release === 'function') release();
  release = undefined;
  const params = current();
  let name = params.path[0] ?? '';
  if (!session() && !isOpen() && name !== 'login') {
    await loadSession().catch(() => null);
    if (!session() && !isOpen()) name = 'login';
  }
  if (isOpen() && (name === 'login' || name === 'purpose')) name = 'search';
  if (!name) name = home();
  const entry = screens[name];
  const allowed = !entry || entry[1] === null || can(entry[1]);
  // Investigation screens need a purpose; the audit screens do not (the subject report asks for one itself).
  if (allowed && entry?.[1] === 'investigate' && !ready()) name = 'purpose';
  renderChrome(name);
  const screen = screens[name]?.[0];
  main.replaceChildren();
  if (!first) main.focus({ preventScroll: true });
  first = false;
  if (!screen) {
    main.append(h('h1', null, t('unknownPage')));
    return;
  }
  if (!allowed) {
    main.append(h('h1', null, t('notForRole')), h('p', null, h('a', { href: href([home()]) }, t('toHome'))));
    return;
  }
  try {
    release = await screen(main, params);
  } catch (e) {
    main.append(errorBox(e));
  }
}

window.addEventListener('hashchange', () => void route());
loadSession().catch(() => null).finally(() => void route());
// The login and purpose screens announce a changed session and where to go next: the session is read again first,
// then that screen is routed to once (moving there before the session was read rendered it twice, and the second
// rendering emptied what the user had begun to fill in).
// A screen that changed the purpose itself (the subject report) has the header show it.
window.addEventListener('spoor:purpose', () => renderChrome(activeName));
window.addEventListener('spoor:session', (e) => {
  const to = (e as CustomEvent<string>).detail;
  void loadSession().catch(() => null).finally(() => {
    if (location.hash === to) void route();
    else location.hash = to;
  });
});
