// The console's shell: routes addresses under /console to pages, keeps the session line and the
// operator links up to date, and asks for a key before any page that needs one (all of them).
import { currentSession, isAdmin, onSessionChange, signInWithClientKeys, signInWithKey, signOut } from './api.js';
import { announce, h, notice, pageHeading, replace } from './dom.js';

const ROUTES = [
  { pattern: /^\/console\/?$/, page: 'catalog', load: () => import('./catalog.js') },
  { pattern: /^\/console\/connectors\/(\d{1,10})$/, page: 'catalog', load: () => import('./connector.js') },
  { pattern: /^\/console\/connectors\/(\d{1,10})\/edit$/, page: 'catalog', load: () => import('./edit.js'), admin: true },
  { pattern: /^\/console\/import$/, page: 'import', load: () => import('./import.js'), admin: true },
  { pattern: /^\/console\/audit$/, page: 'audit', load: () => import('./audit.js'), admin: true },
];

const main = document.getElementById('main');
let current = null; // {controller, cleanup}
let signOutReason = null;

/** Goes to a console address without reloading (a reload would forget the key). */
export function navigate(url, { replaceState = false } = {}) {
  if (replaceState) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render({ focus: true });
}

async function render({ focus }) {
  if (current) {
    current.controller.abort();
    if (typeof current.cleanup === 'function') current.cleanup();
    current = null;
  }
  updateChrome();
  const path = location.pathname.replace(/\/+$/, '') || '/console';
  const route = ROUTES.find((r) => r.pattern.test(path === '/console' ? '/console' : path));
  const controller = new AbortController();
  current = { controller, cleanup: null };
  if (!currentSession()) {
    replace(main, signInPage());
    finish(focus);
    return;
  }
  if (!route) {
    replace(main, pageHeading('Page not found'),
      h('p', {}, 'No console page lives at this address. ', h('a', { href: '/console', 'data-nav': '' }, 'Go to the catalog.')));
    finish(focus);
    return;
  }
  if (route.admin && !isAdmin()) {
    replace(main, pageHeading('Operators only'),
      notice('info', h('p', {}, 'This page needs an operator with the admin role. You are signed in with ',
        describeSession(currentSession()), '. Sign out and sign in with an admin operator\'s client keys ',
        '(create one with ', h('code', {}, 'plugboard operators create --role admin --name NAME'), ').')));
    finish(focus);
    return;
  }
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const module = await route.load();
    if (controller.signal.aborted) return;
    main.replaceChildren();
    const params = path.match(route.pattern).slice(1);
    current.cleanup = await module.render(main, { params, signal: controller.signal, navigate });
  } catch (error) {
    if (controller.signal.aborted || (error && error.name === 'AbortError')) return;
    if (error && error.keyRefused) return; // the session listener shows the sign-in form
    replace(main, pageHeading('Something went wrong'), notice('error', error.message || String(error)));
  }
  if (!controller.signal.aborted) finish(focus);
}

function finish(focus) {
  if (!focus) return;
  const heading = main.querySelector('h1');
  (heading || main).focus();
}

function describeSession(session) {
  const who = session.kind === 'connect_token'
    ? 'a connect token'
    : session.role === 'application' ? 'an application\'s API key' : `an ${session.role} operator's API key`;
  return who;
}

function updateChrome() {
  const session = currentSession();
  document.querySelectorAll('.operator-only').forEach((item) => { item.hidden = !isAdmin(); });
  const path = location.pathname;
  document.querySelectorAll('.topnav a').forEach((link) => {
    const page = link.dataset.page;
    const active = page === 'import' ? path === '/console/import'
      : page === 'audit' ? path === '/console/audit'
        : !/^\/console\/(import|audit)$/.test(path);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const box = document.getElementById('session');
  if (!session) {
    replace(box, h('span', { class: 'session-who' }, 'Not signed in'));
    return;
  }
  const until = session.expiresAt
    ? ` until ${session.expiresAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}` : '';
  replace(box,
    h('span', { class: 'session-who', title: `clientId ${session.clientId}` },
      h('span', { class: `role role-${session.role}` }, session.kind === 'connect_token' ? 'connect token' : session.role),
      h('span', { class: 'session-until' }, until)),
    h('button', { type: 'button', class: 'button button-quiet', onclick: () => signOut('You signed out.') }, 'Sign out'));
}

function signInPage() {
  const error = h('div', { class: 'form-error', role: 'alert' });
  const reason = signOutReason;
  signOutReason = null;
  const clientId = h('input', { id: 'signin-client-id', name: 'clientId', required: true, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' });
  const clientSecret = h('input', { id: 'signin-client-secret', name: 'clientSecret', type: 'password', required: true, autocomplete: 'off' });
  const keysForm = h('form', { class: 'stack', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'signin-client-id' }, 'Client id'), clientId),
    h('div', { class: 'field' }, h('label', { for: 'signin-client-secret' }, 'Client secret'), clientSecret),
    h('button', { type: 'submit', class: 'button' }, 'Sign in'));
  keysForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!clientId.value.trim() || !clientSecret.value) {
      error.textContent = 'Enter both the client id and the client secret.';
      return;
    }
    try {
      await signInWithClientKeys(clientId.value.trim(), clientSecret.value);
    } catch (e) {
      clientSecret.value = '';
      error.textContent = e.status === 401
        ? `${e.message}: check the client id and secret (${e.codeDescription || 'refused'}).`
        : e.message;
    }
  });
  const key = h('textarea', { id: 'signin-key', name: 'key', rows: '3', required: true, autocomplete: 'off', spellcheck: 'false' });
  const keyForm = h('form', { class: 'stack', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'signin-key' }, 'API key or connect token'), key),
    h('button', { type: 'submit', class: 'button button-secondary' }, 'Use this key'));
  keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      signInWithKey(key.value);
    } catch (e) {
      error.textContent = e.message;
    }
  });
  return h('section', { class: 'signin panel' },
    pageHeading('Sign in'),
    reason ? notice('info', reason) : null,
    h('p', {}, 'Use the client keys of an application (printed at first start or by ',
      h('code', {}, 'plugboard apps create'), ') to browse the catalog, try credential forms and watch health; ',
      'those of an admin operator (', h('code', {}, 'plugboard operators create --role admin'),
      ') to edit the catalog, import catalog files and read the audit log.'),
    h('p', { class: 'privacy' }, h('strong', {}, 'Nothing is stored in the browser. '),
      'Your key stays in this tab\'s memory only: reloading the page, or opening the console in a new tab, asks you to sign in again.'),
    error,
    keysForm,
    h('details', { class: 'alt-signin' },
      h('summary', {}, 'Use an API key or a connect token instead'),
      h('p', { class: 'hint' }, 'A connect token (from POST /connect_token) is enough to browse and try forms.'),
      keyForm));
}

onSessionChange((session, reason) => {
  if (!session && reason) signOutReason = reason;
  announce(session ? 'Signed in.' : (reason || 'Signed out.'));
  render({ focus: true });
});

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/console') || url.pathname.startsWith('/console/assets/')) return;
  event.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => render({ focus: true }));

render({ focus: false });
