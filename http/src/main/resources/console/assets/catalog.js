// The catalog: every connector as a card, filtered exactly as GET /connectors filters (the same
// parameters, sent to the API as they are), with the filters in the address so a view can be shared.
import { aborted, api } from './api.js';
import { PRODUCT_LABELS, TYPE_LABELS, announce, debounce, h, healthBadge, logo, notice, pageHeading, replace } from './dom.js';

const PAGE_SIZE = 48;
const FLAGS = [
  ['isOpenFinance', 'Open Finance'],
  ['supportsPaymentInitiation', 'Payment initiation'],
  ['supportsSmartTransfers', 'Smart transfers'],
  ['supportsAutomaticPix', 'Automatic Pix'],
];
let countryOptions = null; // fetched once per page load: the countries the catalog has
let lastAddress = '/console';

/** The catalog view the user last had, filters and all, for the way back from a connector. */
export function catalogAddress() {
  return lastAddress;
}

/** The filters in the address: the API's own parameter names and values. */
function filtersFrom(search) {
  const q = new URLSearchParams(search);
  const list = (name) => (q.get(name) || '').split(',').map((v) => v.trim()).filter(Boolean);
  const flag = (name) => (['true', 'false'].includes(q.get(name)) ? q.get(name) : '');
  const page = Number.parseInt(q.get('page') || '1', 10);
  return {
    name: q.get('name') || '',
    types: list('types').map((t) => t.toUpperCase()).filter((t) => t in TYPE_LABELS),
    countries: list('countries').map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    sandbox: q.get('sandbox') === 'true',
    flags: Object.fromEntries(FLAGS.map(([name]) => [name, flag(name)])),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The query string of the filters, without paging: the address's and the API's. */
function queryOf(filters) {
  const q = new URLSearchParams();
  if (filters.name.trim()) q.set('name', filters.name.trim());
  if (filters.types.length) q.set('types', filters.types.join(','));
  if (filters.countries.length) q.set('countries', filters.countries.join(','));
  for (const [name] of FLAGS) if (filters.flags[name]) q.set(name, filters.flags[name]);
  if (filters.sandbox) q.set('sandbox', 'true');
  return q;
}

export async function render(main, { signal }) {
  const filters = filtersFrom(location.search);
  // Not a live region itself: announce() says the new count once it is known, not "Loading…".
  const count = h('p', { class: 'result-count', id: 'result-count' }, 'Loading…');
  const apiLine = h('code', { class: 'api-line' });
  const results = h('div', { class: 'results' });
  let controller = null;
  signal.addEventListener('abort', () => controller && controller.abort(), { once: true });

  const search = h('input', {
    id: 'filter-name', type: 'search', value: filters.name, maxlength: '200', autocomplete: 'off',
    placeholder: 'Itaú, nubank, banco do…', 'aria-describedby': 'filter-name-hint',
  });
  const sandbox = h('input', { id: 'filter-sandbox', type: 'checkbox', checked: filters.sandbox });
  const typeBoxes = Object.entries(TYPE_LABELS).map(([value, label]) => {
    const box = h('input', { type: 'checkbox', id: `filter-type-${value}`, value, checked: filters.types.includes(value) });
    return { value, box, element: h('label', { class: 'check', for: `filter-type-${value}` }, box, label) };
  });
  const country = h('select', { id: 'filter-country' }, h('option', { value: '' }, 'Any country'));
  const flagSelects = FLAGS.map(([name, label]) => {
    const select = h('select', { id: `filter-${name}` },
      h('option', { value: '' }, 'Any'), h('option', { value: 'true' }, 'Yes'), h('option', { value: 'false' }, 'No'));
    select.value = filters.flags[name];
    return { name, select, element: h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), select) };
  });
  const activeMore = () => filters.types.length + filters.countries.length + FLAGS.filter(([n]) => filters.flags[n]).length;
  const moreSummary = h('summary', {});
  const more = h('details', { class: 'more-filters', open: activeMore() > 0 },
    moreSummary,
    h('div', { class: 'more-grid' },
      h('fieldset', { class: 'types' }, h('legend', {}, 'Type'), typeBoxes.map((t) => t.element)),
      h('div', { class: 'field' }, h('label', { for: 'filter-country' }, 'Country'), country),
      flagSelects.map((f) => f.element)));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter connectors' },
    h('div', { class: 'search-row' },
      h('div', { class: 'field grow' },
        h('label', { for: 'filter-name' }, 'Search by name'),
        search,
        h('span', { class: 'hint', id: 'filter-name-hint' }, 'Any part of the name; accents and case do not matter.')),
      h('label', { class: 'check toggle', for: 'filter-sandbox' }, sandbox, 'Include sandbox connectors')),
    more,
    h('div', { class: 'filter-actions' },
      h('button', { type: 'reset', class: 'button button-quiet' }, 'Clear filters')));

  const summarize = () => {
    const n = activeMore();
    moreSummary.textContent = n ? `More filters (${n} active)` : 'More filters';
  };
  summarize();

  const load = async () => {
    if (controller) controller.abort();
    controller = new AbortController();
    const requestSignal = controller.signal;
    const query = queryOf(filters);
    const address = `/console${query.toString() ? `?${query}` : ''}${filters.page > 1 ? `${query.toString() ? '&' : '?'}page=${filters.page}` : ''}`;
    if (location.pathname + location.search !== address) history.replaceState(null, '', address);
    lastAddress = address;
    replace(apiLine, `GET /connectors${query.toString() ? `?${decodeURIComponent(query.toString())}` : ''}`);
    const apiQuery = new URLSearchParams(query);
    apiQuery.set('page', String(filters.page));
    apiQuery.set('pageSize', String(PAGE_SIZE));
    count.textContent = 'Loading…';
    results.setAttribute('aria-busy', 'true');
    try {
      const { body } = await api(`/connectors?${apiQuery}`, { signal: requestSignal });
      showResults(body);
    } catch (error) {
      if (aborted(error) || error.keyRefused) return;
      count.textContent = '';
      replace(results, notice('error', error.message));
    } finally {
      results.removeAttribute('aria-busy');
    }
  };

  const showResults = (body) => {
    const total = body.total;
    count.textContent = total === 0 ? 'No connector matches these filters.'
      : total === 1 ? '1 connector' : `${total} connectors`;
    announce(count.textContent);
    if (total === 0) {
      replace(results, h('p', { class: 'empty' }, 'Try fewer filters, or include the sandbox connectors.'));
      return;
    }
    if (body.results.length === 0 && filters.page > 1) {
      filters.page = 1;
      load();
      return;
    }
    replace(results,
      h('ul', { class: 'cards', 'aria-label': 'Connectors' }, body.results.map(card)),
      body.totalPages > 1 ? pager(body) : null);
  };

  const pager = (body) => h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'button button-secondary', disabled: body.page <= 1, onclick: () => { filters.page -= 1; load(); main.querySelector('h1').focus(); } }, 'Previous'),
    h('span', {}, `Page ${body.page} of ${body.totalPages}`),
    h('button', { type: 'button', class: 'button button-secondary', disabled: body.page >= body.totalPages, onclick: () => { filters.page += 1; load(); main.querySelector('h1').focus(); } }, 'Next'));

  const changed = () => {
    filters.name = search.value;
    filters.sandbox = sandbox.checked;
    filters.types = typeBoxes.filter((t) => t.box.checked).map((t) => t.value);
    filters.countries = country.value ? [country.value] : [];
    for (const f of flagSelects) filters.flags[f.name] = f.select.value;
    filters.page = 1;
    summarize();
    load();
  };
  const typed = debounce(changed, 250);
  search.addEventListener('input', typed);
  form.addEventListener('change', (event) => { if (event.target !== search) changed(); });
  form.addEventListener('submit', (event) => { event.preventDefault(); typed.cancel(); changed(); });
  form.addEventListener('reset', (event) => {
    // The form's defaults are the filters it opened with: clearing means every control empty.
    event.preventDefault();
    search.value = '';
    sandbox.checked = false;
    typeBoxes.forEach((t) => { t.box.checked = false; });
    country.value = '';
    flagSelects.forEach((f) => { f.select.value = ''; });
    typed.cancel();
    changed();
    search.focus();
  });

  main.append(
    h('div', { class: 'page-head' }, pageHeading('Catalog'),
      h('p', { class: 'lede' }, 'Every connector this server serves. Open one to see its fields, try its credential form and watch its health.')),
    form,
    h('div', { class: 'result-bar' }, count, h('span', { class: 'api-hint' }, 'Same as ', apiLine)),
    results);

  loadCountries(country, filters, signal);
  await load();
  return () => { typed.cancel(); if (controller) controller.abort(); };
}

async function loadCountries(select, filters, signal) {
  try {
    if (!countryOptions) {
      const { body } = await api('/connectors?sandbox=true', { signal });
      countryOptions = [...new Set(body.results.map((c) => c.country))].sort();
    }
    const wanted = new Set([...countryOptions, ...filters.countries]);
    for (const code of [...wanted].sort()) select.append(h('option', { value: code }, code));
    select.value = filters.countries[0] || '';
  } catch (error) {
    if (!aborted(error) && !error.keyRefused) select.append(h('option', { value: 'BR' }, 'BR'));
  }
}

function card(connector) {
  const badges = [healthBadge(connector.health)];
  if (connector.health && connector.health.stage === 'BETA') badges.push(h('span', { class: 'badge badge-beta' }, 'Beta'));
  if (connector.isOpenFinance) badges.push(h('span', { class: 'badge badge-of' }, 'Open Finance'));
  if (connector.supportsPaymentInitiation) badges.push(h('span', { class: 'badge badge-pay' }, 'Payments'));
  if (connector.supportsAutomaticPix) badges.push(h('span', { class: 'badge badge-pay' }, 'Automatic Pix'));
  if (connector.supportsSmartTransfers) badges.push(h('span', { class: 'badge badge-pay' }, 'Smart transfers'));
  if (connector.isSandbox) badges.push(h('span', { class: 'badge badge-sandbox' }, 'Sandbox'));
  const products = (connector.products || []).map((p) => PRODUCT_LABELS[p] || p);
  return h('li', {},
    h('a', { class: 'card', href: `/console/connectors/${connector.id}`, dataset: { connectorId: String(connector.id) } },
      logo(connector),
      h('div', { class: 'card-body' },
        h('h2', { class: 'card-title' }, connector.name),
        h('p', { class: 'card-meta' }, `${TYPE_LABELS[connector.type] || connector.type} · ${connector.country} · #${connector.id}`),
        h('p', { class: 'badges' }, badges),
        products.length ? h('p', { class: 'products' }, products.join(', ')) : null)));
}
