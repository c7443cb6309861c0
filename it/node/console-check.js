// Drives the web console in a real headless Chromium (Debian's, through playwright-core) against a
// running Plugboard, as a person would, and prints what it saw as JSON for ConsoleBrowserIT to
// assert. Screenshots of each page go to SCREENSHOT_DIR. Every request to another host is refused
// (the machines running this have no internet, and connectors' logos live elsewhere).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const base = required('PLUGBOARD_URL');
const app = { id: required('APP_CLIENT_ID'), secret: required('APP_CLIENT_SECRET') };
const admin = { id: required('ADMIN_CLIENT_ID'), secret: required('ADMIN_CLIENT_SECRET') };
const shots = required('SCREENSHOT_DIR');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 10_000;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const seen = {};
const problems = [];

async function main() {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    context.setDefaultTimeout(TIMEOUT);
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === base ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    await readOnly(page);
    await phone(browser);
    await operator(page);
    await context.close();
  } finally {
    await browser.close();
  }
  // Logos point at a CDN the browser may not reach: those failures are expected, nothing else is.
  seen.problems = problems.filter((p) => !/net::ERR_FAILED|ERR_NAME_NOT_RESOLVED|Failed to load resource/.test(p));
  process.stdout.write(JSON.stringify(seen, null, 2));
}

async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

async function signIn(page, who) {
  await page.getByLabel('Client id').fill(who.id);
  await page.getByLabel('Client secret').fill(who.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#session .role').waitFor();
}

/**
 * What an automated look can tell about a page's accessibility: form controls without a label,
 * buttons and links without a name, and text whose contrast with its background is below WCAG AA
 * (4.5:1, or 3:1 for large text).
 */
async function accessibility(page, name) {
  seen.accessibility = seen.accessibility || {};
  seen.accessibility[name] = await page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const unlabelled = [...document.querySelectorAll('input, select, textarea')]
      .filter((e) => e.type !== 'hidden' && visible(e))
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
      .map((e) => e.id || e.name || e.outerHTML.slice(0, 80));
    const unnamed = [...document.querySelectorAll('button, a[href], summary')]
      .filter(visible).filter((e) => !e.textContent.trim() && !e.getAttribute('aria-label'))
      .map((e) => e.outerHTML.slice(0, 80));
    const parse = (text) => {
      const m = /rgba?\(([^)]+)\)/.exec(text);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const f = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (e) => {
      for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255 };
    };
    const lowContrast = [];
    for (const e of document.querySelectorAll('body *')) {
      if (!(e instanceof HTMLElement) || !visible(e) || e.closest('[aria-hidden="true"]') || e.matches(':disabled')) continue;
      const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!text) continue;
      const style = getComputedStyle(e);
      const fg = parse(style.color);
      const bg = background(e);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) lowContrast.push(`${text.slice(0, 40)}: ${ratio.toFixed(2)}`);
    }
    return { unlabelled, unnamed, lowContrast };
  });
}

async function cardNames(page) {
  return page.locator('.cards .card-title').allTextContents();
}

async function readOnly(page) {
  await page.goto(`${base}/console`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  seen.signInPrivacy = await page.locator('.privacy').textContent();
  await page.keyboard.press('Tab');
  seen.firstTab = await page.evaluate(() => document.activeElement.textContent);
  await accessibility(page, 'sign-in');
  await shot(page, 'sign-in', false);
  await signIn(page, app);
  seen.appRole = await page.locator('#session .role').textContent();
  await page.locator('#result-count', { hasText: 'connectors' }).waitFor();
  seen.catalogCount = await page.locator('#result-count').textContent();
  seen.operatorLinksVisible = await page.getByRole('link', { name: 'Audit log', exact: true }).isVisible();
  seen.fallbackLogo = await page.locator('.card[data-connector-id="201"] .logo').evaluate((el) => ({
    text: el.textContent, background: getComputedStyle(el).backgroundColor, hasImage: Boolean(el.querySelector('img')),
  }));
  await accessibility(page, 'catalog');
  await shot(page, 'catalog', false);

  await page.getByLabel('Search by name').fill('itau');
  await page.waitForURL(/name=itau/);
  await page.locator('#result-count', { hasText: '3 connectors' }).waitFor();
  seen.itauCards = await cardNames(page);
  seen.itauUrl = page.url().replace(base, '');
  seen.itauApiLine = await page.locator('.api-line').textContent();
  await shot(page, 'catalog-search-itau', false);

  // The keyboard alone: Tab from the search box to the first card, Enter opens it.
  await page.getByLabel('Search by name').focus();
  let tabs = 0;
  while (tabs < 40 && !(await page.evaluate(() => document.activeElement.matches('.card')))) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  seen.keyboardFocusedCard = await page.evaluate(() => document.activeElement.dataset.connectorId || null);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Itaú' }).waitFor();
  seen.keyboardOpened = page.url().replace(base, '');
  await page.goBack();
  await page.locator('#result-count', { hasText: '3 connectors' }).waitFor();

  // A shared address opens the same view: filters come from the query string.
  await page.goto(`${base}/console?types=BUSINESS_BANK&isOpenFinance=true&supportsAutomaticPix=true`);
  await signIn(page, app);
  await page.locator('#result-count', { hasText: 'connectors' }).waitFor();
  seen.sharedFilterCards = await cardNames(page);
  seen.sharedFilterTypeChecked = await page.getByLabel('Business bank').isChecked();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL(`${base}/console`);

  await page.getByLabel('Include sandbox connectors').check();
  await page.getByLabel('Search by name').fill('pluggy bank');
  await page.waitForURL(/sandbox=true/);
  await page.locator('#result-count', { hasText: '6 connectors' }).waitFor();
  await page.locator('.card[data-connector-id="2"]').click();
  await page.getByRole('heading', { level: 1, name: 'Pluggy Bank' }).waitFor();
  seen.connectorUrl = page.url().replace(base, '');
  seen.credentialLabels = await page.locator('.widget-form label').allTextContents();
  seen.passwordType = await page.getByLabel('Password', { exact: true }).getAttribute('type');

  const user = page.getByLabel('User', { exact: true });
  const userError = page.locator('#cred-user-error');
  await user.fill('bob');
  await userError.filter({ hasText: 'user-' }).waitFor();
  seen.invalidUserMessage = await userError.textContent();
  seen.invalidUserAria = await user.getAttribute('aria-invalid');
  seen.passwordErrorWhileUntouched = await page.locator('#cred-password-error').textContent();
  await page.locator('.health-panel svg.chart').waitFor();
  await accessibility(page, 'connector');
  await shot(page, 'connector');
  await user.fill('user-ok');
  await page.waitForFunction(() => document.querySelector('#cred-user-error').textContent === '');
  seen.fixedUserMessage = await userError.textContent();
  seen.fixedUserAria = await user.getAttribute('aria-invalid');
  seen.formStatus = await page.locator('#form-status').textContent();

  await page.getByRole('button', { name: 'Connect' }).click();
  await page.locator('#cred-password-error').filter({ hasText: /\S/ }).waitFor();
  seen.passwordMessageOnSubmit = await page.locator('#cred-password-error').textContent();

  seen.health = {
    status: await page.locator('.health-status .badge').first().textContent(),
    stats: await page.locator('.stat').evaluateAll((stats) => stats.map((s) => [s.querySelector('dt').textContent, s.querySelector('dd').textContent])),
    changeMarkers: await page.locator('svg.chart g.change').count(),
    rateLine: await page.locator('svg.chart path.rate-line').count(),
    changesTable: await page.locator('.health-panel table tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent)),
  };
  await page.locator('.health-panel').screenshot({ path: path.join(shots, 'health.png') });

  // The key lives in memory only: a reload asks again, and nothing was written to the browser.
  seen.storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  seen.reloadAsksAgain = true;

  // A connect token is enough for read-only use.
  const token = await connectToken();
  await page.getByText('Use an API key or a connect token instead').click();
  await page.getByLabel('API key or connect token').fill(token);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pluggy Bank' }).waitFor();
  seen.connectTokenRole = await page.locator('#session .role').textContent();
}

async function phone(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === base ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${base}/console?name=itau`);
  await signIn(page, app);
  await page.locator('#result-count', { hasText: '3 connectors' }).waitFor();
  seen.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await shot(page, 'phone-catalog', false);
  await page.locator('.card[data-connector-id="201"]').click();
  await page.getByRole('heading', { level: 1, name: 'Itaú' }).waitFor();
  await page.getByLabel('Agência').fill('12');
  await page.locator('#cred-agency-error').filter({ hasText: /\S/ }).waitFor();
  seen.phoneConnectorOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await accessibility(page, 'phone-connector');
  await shot(page, 'phone-connector', false);
  await context.close();
}

async function operator(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn(page, admin);
  seen.adminRole = await page.locator('#session .role').textContent();
  await page.getByRole('heading', { level: 1, name: 'Pluggy Bank' }).waitFor();

  // Rename 201, first with a mistake the server refuses, then properly.
  await page.getByRole('link', { name: 'Catalog', exact: true }).click();
  await page.getByLabel('Search by name').fill('itau');
  await page.locator('#result-count', { hasText: '3 connectors' }).waitFor();
  await page.locator('.card[data-connector-id="201"]').click();
  await page.getByRole('link', { name: 'Edit connector' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Itaú' }).waitFor();
  const colour = await page.getByLabel('Primary colour (six hex digits, no #)').inputValue();
  await page.getByLabel('Primary colour (six hex digits, no #)').fill('zz');
  await page.locator('#edit-primaryColor-error').filter({ hasText: /\S/ }).waitFor();
  seen.invalidColourMessage = await page.locator('#edit-primaryColor-error').textContent();
  await accessibility(page, 'edit');
  await shot(page, 'edit-refused');
  await page.getByLabel('Primary colour (six hex digits, no #)').fill(colour);
  await page.waitForFunction(() => document.querySelector('#edit-primaryColor-error').textContent === '');
  await page.getByLabel('Name', { exact: true }).fill('Itaú Unibanco');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review: Itaú' }).waitFor();
  seen.reviewDiff = await page.locator('table.diff tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
  await shot(page, 'edit-review');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved: Itaú Unibanco' }).waitFor();
  seen.savedNotice = await page.locator('.notice-success').textContent();

  // Someone else saves first: the 412 is explained, and the edit is redone on their version.
  await page.getByRole('link', { name: 'View the connector' }).click();
  await page.getByRole('heading', { level: 1, name: 'Itaú Unibanco' }).waitFor();
  await page.getByRole('link', { name: 'Edit connector' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Itaú Unibanco' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('Itaú Personnalité');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review: Itaú Unibanco' }).waitFor();
  seen.concurrentPatch = await patchBehindTheConsole(201, { primaryColor: '003399' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Someone else saved first' }).waitFor();
  seen.conflictText = await page.locator('.notice-error').textContent();
  seen.conflictTheirs = await page.locator('table.diff').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
  await shot(page, 'edit-conflict');
  await page.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Itaú Unibanco' }).waitFor();
  seen.redoneColour = await page.getByLabel('Primary colour (six hex digits, no #)').inputValue();
  seen.redoneName = await page.getByLabel('Name', { exact: true }).inputValue();
  await page.getByLabel('Name', { exact: true }).fill('Itaú Unibanco S.A.');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved: Itaú Unibanco S.A.' }).waitFor();

  // Import a catalog file: the dry run first, then the import.
  const exported = await adminFetch('/admin/catalog/export');
  const bb = exported.find((c) => c.id === 211);
  bb.name = 'Banco do Brasil S.A.';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-import-')), 'catalog.json');
  fs.writeFileSync(file, JSON.stringify(exported.filter((c) => c.id !== 644), null, 2));
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Import a catalog' }).waitFor();
  await page.getByLabel('Catalog file').setInputFiles(file);
  await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
  seen.importPlan = await page.locator('.plan-group').evaluateAll((groups) => groups.map((g) => g.textContent.trim().replace(/\s+/g, ' ')));
  seen.importButton = await page.locator('.import-result .actions .button').textContent();
  await accessibility(page, 'import');
  await shot(page, 'import-dry-run');
  await page.locator('.import-result .actions .button').click();
  await page.locator('.notice-success').waitFor();
  seen.importResult = await page.locator('.notice-success').textContent();

  await page.getByRole('link', { name: 'Audit log', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  await page.locator('table.audit tbody tr').first().waitFor();
  seen.auditRows = await page.locator('table.audit tbody tr').evaluateAll((rows) => rows.slice(0, 6).map((r) => [...r.children].map((c) => c.textContent.trim())));
  await accessibility(page, 'audit');
  await shot(page, 'audit');
}

let adminKey = null;

async function adminFetch(pathname, options = {}) {
  if (!adminKey) adminKey = await apiKey(admin);
  const response = await fetch(base + pathname, { ...options, headers: { 'X-API-KEY': adminKey, ...(options.headers || {}) } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${JSON.stringify(body)}`);
  return Object.assign(body, { etag: response.headers.get('ETag') });
}

async function patchBehindTheConsole(id, patch) {
  const current = await adminFetch(`/admin/connectors/${id}`);
  const saved = await adminFetch(`/admin/connectors/${id}`, {
    method: 'PATCH', body: JSON.stringify(patch),
    headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': current.etag },
  });
  return saved.revision;
}

async function apiKey(who) {
  const response = await fetch(`${base}/auth`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: who.id, clientSecret: who.secret }),
  });
  return (await response.json()).apiKey;
}

async function connectToken() {
  const response = await fetch(`${base}/connect_token`, { method: 'POST', headers: { 'X-API-KEY': await apiKey(app) } });
  return (await response.json()).accessToken;
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n${JSON.stringify(seen, null, 2)}\n${problems.join('\n')}\n`);
  process.exit(1);
});
