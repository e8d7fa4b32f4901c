import './style.css';
import { h, clear } from './dom';
import { t, setLang, currentLang, type Key } from './i18n';
import { current, href, type Screen } from './router';
import { loadSession, session, isOpen, ready, currentPurpose, clearSession } from './session';
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

const screens: Record<string, Screen> = {
  search: searchScreen, entity: profileScreen, network: networkScreen, trail: trailScreen,
  wealth: wealthScreen, sector: sectorScreen, trafficking: traffickingScreen, document: documentScreen,
  ingest: ingestScreen, login: loginScreen, purpose: purposeScreen,
};
const nav: [string, Key][] = [['search', 'navSearch'], ['wealth', 'navWealth'], ['sector', 'navSector'],
  ['trafficking', 'navTrafficking'], ['ingest', 'navIngest']];

const main = document.getElementById('main')!;
let release: void | (() => void);
let first = true;

function renderChrome(active: string): void {
  document.documentElement.lang = currentLang();
  document.getElementById('skip-link')!.textContent = t('skip');
  const navEl = document.getElementById('nav')!;
  navEl.setAttribute('aria-label', t('navLabel'));
  clear(navEl, ready() ? nav.map(([route, key]) =>
    h('a', { href: href([route]), 'aria-current': route === active ? 'page' : null }, t(key))) : null);
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
  let name = params.path[0] ?? 'search';
  if (!ready() && name !== 'login') {
    if (!session() && !isOpen()) await loadSession().catch(() => null);
    if (!ready() && !isOpen()) name = session() ? 'purpose' : 'login';
  }
  if (isOpen() && (name === 'login' || name === 'purpose')) name = 'search';
  renderChrome(name);
  const screen = screens[name];
  main.replaceChildren();
  if (!first) main.focus({ preventScroll: true });
  first = false;
  if (!screen) {
    main.append(h('h1', null, t('unknownPage')));
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
// The login and purpose screens announce a changed session; read it again and route.
window.addEventListener('spoor:session', () => void loadSession().catch(() => null).finally(() => void route()));
