// Operator mode: the audit log, newest first, optionally for one connector, paged backwards by
// catalog version (GET /admin/audit?connectorId=&before=&limit=).
import { aborted, api } from './api.js';
import { formatDateTime, h, notice, pageHeading, replace } from './dom.js';

const LIMIT = 100;

export async function render(main, { signal }) {
  const query = new URLSearchParams(location.search);
  const connectorId = /^\d{1,10}$/.test(query.get('connectorId') || '') ? query.get('connectorId') : '';
  const input = h('input', { id: 'audit-connector', inputmode: 'numeric', value: connectorId, autocomplete: 'off', pattern: '[0-9]*' });
  const form = h('form', { class: 'inline-form', role: 'search', 'aria-label': 'Filter the audit log' },
    h('div', { class: 'field' }, h('label', { for: 'audit-connector' }, 'Connector id (empty for all)'), input),
    h('button', { type: 'submit', class: 'button button-secondary' }, 'Show'));
  const body = h('tbody', {});
  const status = h('p', { class: 'result-count', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'button button-secondary', hidden: true }, 'Older entries');
  let before = null;
  let shown = 0;

  const load = async (reset) => {
    if (reset) { body.replaceChildren(); before = null; shown = 0; }
    const q = new URLSearchParams({ limit: String(LIMIT) });
    if (input.value.trim()) q.set('connectorId', input.value.trim());
    if (before !== null) q.set('before', String(before));
    try {
      const { body: page } = await api(`/admin/audit?${q}`, { signal });
      let entries = page.results;
      const full = entries.length === LIMIT;
      let note = '';
      if (full) {
        // `before` pages by catalog version, and the last version on a full page may go on past
        // it: leave that version for the next page, which starts with it whole.
        const last = entries[entries.length - 1].version;
        const earlier = entries.filter((e) => e.version !== last);
        if (earlier.length) {
          entries = earlier;
          before = last + 1;
        } else {
          before = last;
          note = ` Catalog version ${last} changed more connectors than one page shows: filter by connector to see each.`;
        }
      } else if (entries.length) {
        before = entries[entries.length - 1].version;
      }
      for (const entry of entries) body.append(row(entry));
      shown += entries.length;
      status.textContent = (shown === 0 ? 'No change recorded yet.' : `${shown} change${shown === 1 ? '' : 's'} shown, newest first.`) + note;
      more.hidden = !full;
    } catch (error) {
      if (aborted(error) || error.keyRefused) return;
      status.replaceChildren(notice('error', error.message));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = input.value.trim();
    if (id && !/^\d{1,10}$/.test(id)) {
      status.replaceChildren(notice('error', 'A connector id is a whole number, such as 201.'));
      return;
    }
    history.replaceState(null, '', id ? `/console/audit?connectorId=${id}` : '/console/audit');
    load(true);
  });
  more.addEventListener('click', () => load(false));

  main.append(
    pageHeading('Audit log'),
    h('p', { class: 'lede' }, 'Every change to the catalog: who, when, and each field before and after.'),
    form, status,
    h('div', { class: 'table-wrap' }, h('table', { class: 'data audit' },
      h('thead', {}, h('tr', {}, ['Version', 'When', 'Connector', 'Action', 'Operator', 'Changes'].map((c) => h('th', { scope: 'col' }, c)))),
      body)),
    more);
  await load(true);
  return null;
}

function row(entry) {
  const fields = Object.entries(entry.diff || {});
  return h('tr', {},
    h('td', {}, String(entry.version)),
    h('td', {}, h('time', { datetime: entry.at }, formatDateTime(entry.at))),
    h('td', {}, h('a', { href: `/console/connectors/${entry.connectorId}` }, `#${entry.connectorId}`)),
    h('td', {}, entry.action),
    h('td', {}, entry.actor.name),
    h('td', {}, fields.length === 0 ? '—' : h('ul', { class: 'changes' }, fields.map(([field, change]) => h('li', {},
      h('code', {}, field), ': ', short(change.from), ' → ', short(change.to))))));
}

function short(value) {
  if (value === null || value === undefined) return h('span', { class: 'absent' }, 'absent');
  const text = JSON.stringify(value);
  return h('code', { title: text.length > 80 ? text : null }, text.length > 80 ? `${text.slice(0, 77)}…` : text);
}
