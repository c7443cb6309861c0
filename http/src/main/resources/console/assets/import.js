// Operator mode: import a catalog file. The file is checked with a dry run first (what it would
// add, change and disable, or every problem it has), and applied only on a second, explicit step.
import { aborted, api } from './api.js';
import { announce, h, notice, pageHeading, replace } from './dom.js';

export async function render(main, { signal }) {
  const result = h('div', { class: 'import-result', 'aria-live': 'polite' });
  const file = h('input', { id: 'import-file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'import-file-hint' });
  const pasted = h('textarea', { id: 'import-text', rows: '8', class: 'code', spellcheck: 'false', autocomplete: 'off' });
  const check = h('button', { type: 'submit', class: 'button' }, 'Check (dry run)');
  const form = h('form', { class: 'stack', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: 'import-file' }, 'Catalog file'),
      file,
      h('p', { class: 'hint', id: 'import-file-hint' }, 'A JSON array of connectors, as ', h('code', {}, 'GET /admin/catalog/export'),
        ' and ', h('code', {}, 'plugboard catalog export'), ' write it. The catalog becomes exactly this file: connectors it leaves out are disabled.')),
    h('details', {}, h('summary', {}, 'Or paste the catalog'),
      h('div', { class: 'field' }, h('label', { for: 'import-text' }, 'Catalog JSON'), pasted)),
    h('div', { class: 'actions' }, check));

  let text = null;
  file.addEventListener('change', async () => {
    if (!file.files.length) return;
    text = await file.files[0].text();
    pasted.value = '';
    dryRun();
  });
  pasted.addEventListener('input', () => { text = null; replace(result); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (pasted.value.trim()) text = pasted.value;
    dryRun();
  });

  const dryRun = async () => {
    if (!text) {
      replace(result, notice('error', 'Choose a catalog file, or paste one, first.'));
      return;
    }
    const submitted = text;
    let connectors;
    try {
      connectors = JSON.parse(submitted);
    } catch (error) {
      replace(result, notice('error', `This is not JSON: ${error.message}`));
      return;
    }
    replace(result, h('p', { class: 'loading' }, 'Checking…'));
    try {
      const [{ body: plan }, { body: current }] = await Promise.all([
        api('/admin/catalog/import?dryRun=true', { method: 'POST', body: submitted, headers: { 'Content-Type': 'application/json' }, signal }),
        api('/admin/connectors', { signal }),
      ]);
      showPlan(plan, connectors, current.results, submitted);
    } catch (error) {
      if (aborted(error) || error.keyRefused) return;
      showRefusal(error, connectors);
    }
  };

  const showPlan = (plan, imported, current, submitted) => {
    const names = new Map();
    for (const c of current) names.set(c.id, c.name);
    if (Array.isArray(imported)) for (const c of imported) if (c && typeof c === 'object') names.set(c.id, c.name);
    const label = (id) => `#${id} ${names.get(id) || ''}`.trim();
    const changedIds = Object.keys(plan.changed).map(Number);
    const nothing = plan.added.length + changedIds.length + plan.disabled.length === 0;
    const apply = h('button', { type: 'button', class: 'button', disabled: nothing },
      nothing ? 'Nothing to import' : `Import: add ${plan.added.length}, change ${changedIds.length}, disable ${plan.disabled.length}`);
    apply.addEventListener('click', () => applyImport(submitted, apply));
    replace(result,
      h('h2', {}, 'What the import would do'),
      plan.disabled.length ? notice('error', h('p', {}, `${plan.disabled.length} connector${plan.disabled.length === 1 ? ' is' : 's are'} not in the file and would be disabled: they leave the public API.`)) : null,
      h('div', { class: 'plan' },
        group('Added', plan.added.map((id) => label(id))),
        group('Changed', changedIds.map((id) => `${label(id)}: ${plan.changed[String(id)].join(', ')}`)),
        group('Disabled', plan.disabled.map((id) => label(id))),
        h('section', { class: 'plan-group' }, h('h3', {}, 'Unchanged'), h('p', {}, String(plan.unchanged)))),
      h('div', { class: 'actions' }, apply));
    announce('Dry run done: see what the import would do.');
  };

  const showRefusal = (error, imported) => {
    const where = (problem) => problem.replace(/^\[(\d+)\]/, (whole, index) => {
      const c = Array.isArray(imported) ? imported[Number(index)] : null;
      return c && typeof c === 'object' && c.id !== undefined ? `${whole} (#${c.id} ${c.name || ''})` : whole;
    });
    replace(result, notice('error', h('p', {}, error.message),
      error.problems.length ? h('ul', {}, error.problems.map((p) => h('li', {}, where(p)))) : null));
  };

  const applyImport = async (submitted, button) => {
    button.disabled = true;
    try {
      const { body } = await api('/admin/catalog/import', { method: 'POST', body: submitted, headers: { 'Content-Type': 'application/json' } });
      replace(result, notice('success', h('p', {},
        body.version === null ? 'Nothing changed.' : `Imported: the catalog is now at version ${body.version}. `,
        `${body.added.length} added, ${Object.keys(body.changed).length} changed, ${body.disabled.length} disabled, ${body.unchanged} unchanged.`)),
      h('p', {}, h('a', { href: '/console/audit' }, 'See the changes in the audit log')));
      announce('Imported.');
    } catch (error) {
      button.disabled = false;
      if (error.keyRefused) return;
      showRefusal(error, null);
    }
  };

  main.append(
    pageHeading('Import a catalog'),
    h('p', { class: 'lede' }, 'Check a catalog file against the stored catalog, then apply it in one transaction.'),
    form, result);
  return null;
}

function group(title, items) {
  return h('section', { class: 'plan-group' },
    h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', {}, items.map((item) => h('li', {}, item))) : h('p', { class: 'hint' }, 'None'));
}
