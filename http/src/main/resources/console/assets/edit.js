// Operator mode: edit one connector. The server checks every change as the operator types (the
// same validation a save gets: a dry-run import of the edited connector alone, which stores
// nothing), the review shows the diff, and the save is a merge patch with If-Match, so a change
// someone else saved first is never overwritten: the 412 is explained and the edit can be redone.
import { ApiError, aborted, api } from './api.js';
import { PRODUCT_LABELS, TYPE_LABELS, announce, debounce, h, notice, pageHeading, replace } from './dom.js';

const FLAGS = [
  ['hasMFA', 'Asks for MFA with the credentials (hasMFA)'],
  ['oauth', 'Connects through OAuth (oauth)'],
  ['isSandbox', 'Sandbox connector (isSandbox)'],
  ['isOpenFinance', 'Open Finance (isOpenFinance)'],
  ['supportsPaymentInitiation', 'Payment initiation'],
  ['supportsScheduledPayments', 'Scheduled payments'],
  ['supportsSmartTransfers', 'Smart transfers'],
  ['supportsBoletoManagement', 'Boleto management'],
  ['supportsAutomaticPix', 'Automatic Pix'],
];
const TEXTS = [
  ['name', 'Name', { required: true }],
  ['country', 'Country (two capital letters)', { required: true, maxlength: '2' }],
  ['primaryColor', 'Primary colour (six hex digits, no #)', { required: true, maxlength: '6' }],
  ['institutionUrl', 'Institution URL', { required: true, type: 'url' }],
  ['imageUrl', 'Image URL', { required: true, type: 'url' }],
  ['oauthUrl', 'OAuth URL (optional)', { type: 'url' }],
  ['resetPasswordUrl', 'Reset password URL (optional)', { type: 'url' }],
];
const OPTIONAL_TEXTS = new Set(['oauthUrl', 'resetPasswordUrl']);

export async function render(main, { params, signal }) {
  const id = Number(params[0]);
  const state = { base: null, etag: null, mine: null };
  try {
    await load(state, id, signal);
  } catch (error) {
    if (error.status === 404) {
      main.append(pageHeading(`No connector ${id}`), notice('info', 'The catalog has no connector with this id.'));
      return null;
    }
    throw error;
  }
  const view = new EditView(main, id, state, signal);
  view.showForm();
  return () => view.stop();
}

async function load(state, id, signal) {
  const { body, etag } = await api(`/admin/connectors/${id}`, { signal });
  state.base = body;
  state.etag = etag;
}

/** The connector as import and PUT take it: without the two fields the admin API adds. */
function editable(stored) {
  const copy = structuredClone(stored);
  delete copy.enabled;
  delete copy.revision;
  return copy;
}

/** Top-level fields whose values differ, as ConnectorDiff on the server (updatedAt left out). */
export function diff(before, after) {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((f) => !['updatedAt', 'enabled', 'revision'].includes(f));
  return fields.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, from: before[f] ?? null, to: after[f] ?? null }));
}

class EditView {
  constructor(main, id, state, signal) {
    this.main = main;
    this.id = id;
    this.state = state;
    this.signal = signal;
    this.controls = {};
    this.errors = {};
    this.checkController = null;
    this.check = debounce(() => this.runCheck(), 500);
  }

  stop() {
    this.check.cancel();
    if (this.checkController) this.checkController.abort();
  }

  /** The form, filled from the stored connector (or from the operator's edit being redone). */
  showForm(message) {
    const source = this.state.mine || editable(this.state.base);
    this.controls = {};
    this.errors = {};
    this.summary = h('div', { class: 'problems', role: 'status', 'aria-live': 'polite' });
    const field = (name, label, control, hint) => {
      this.errors[name] = h('p', { class: 'field-error', id: `edit-${name}-error` });
      control.setAttribute('aria-describedby', `edit-${name}-error${hint ? ` edit-${name}-hint` : ''}`);
      return h('div', { class: 'field', dataset: { field: name } },
        h('label', { for: control.id }, label), control,
        hint ? h('p', { class: 'hint', id: `edit-${name}-hint` }, hint) : null, this.errors[name]);
    };
    const texts = TEXTS.map(([name, label, attributes]) => {
      const input = h('input', { id: `edit-${name}`, name, type: attributes.type || 'text', value: source[name] ?? '', autocomplete: 'off', spellcheck: 'false', ...attributes, required: attributes.required || false });
      this.controls[name] = input;
      return field(name, label, input);
    });
    const type = h('select', { id: 'edit-type' }, Object.entries(TYPE_LABELS).map(([v, l]) => h('option', { value: v }, `${l} (${v})`)));
    type.value = source.type;
    this.controls.type = type;
    const status = h('select', { id: 'edit-health-status' }, ['ONLINE', 'UNSTABLE', 'OFFLINE'].map((s) => h('option', { value: s }, s)));
    status.value = (source.health && source.health.status) || 'ONLINE';
    const stage = h('select', { id: 'edit-health-stage' }, h('option', { value: '' }, 'None'), h('option', { value: 'BETA' }, 'BETA'));
    stage.value = (source.health && source.health.stage) || '';
    this.controls.healthStatus = status;
    this.controls.healthStage = stage;
    this.errors.health = h('p', { class: 'field-error', id: 'edit-health-error' });
    const flags = FLAGS.map(([name, label]) => {
      const box = h('input', { type: 'checkbox', id: `edit-${name}`, checked: Boolean(source[name]) });
      this.controls[name] = box;
      return h('label', { class: 'check', for: `edit-${name}` }, box, label);
    });
    this.errors.products = h('p', { class: 'field-error', id: 'edit-products-error' });
    const products = Object.entries(PRODUCT_LABELS).map(([value, label]) => {
      const box = h('input', { type: 'checkbox', id: `edit-product-${value}`, value, checked: (source.products || []).includes(value) });
      this.controls[`product:${value}`] = box;
      return h('label', { class: 'check', for: `edit-product-${value}` }, box, `${label}`);
    });
    const credentials = h('textarea', { id: 'edit-credentials', rows: '14', spellcheck: 'false', class: 'code' }, JSON.stringify(source.credentials || [], null, 2));
    this.controls.credentials = credentials;

    const form = h('form', { class: 'edit-form', novalidate: true },
      h('div', { class: 'edit-grid' },
        texts.slice(0, 3),
        field('type', 'Type', type),
        texts.slice(3)),
      h('fieldset', {}, h('legend', {}, 'Catalog health'),
        h('p', { class: 'hint' }, 'Served until executions are reported; the computed status replaces it.'),
        h('div', { class: 'edit-grid' },
          h('div', { class: 'field' }, h('label', { for: 'edit-health-status' }, 'Status'), status),
          h('div', { class: 'field' }, h('label', { for: 'edit-health-stage' }, 'Stage'), stage)),
        this.errors.health),
      h('fieldset', {}, h('legend', {}, 'Flags'), h('div', { class: 'checks' }, flags)),
      h('fieldset', { 'aria-describedby': 'edit-products-error' }, h('legend', {}, 'Products'), h('div', { class: 'checks' }, products), this.errors.products),
      field('credentials', 'Credentials (JSON array)', credentials, 'Each credential as the API serves it: label, name, type, validation, validationMessage, optional, mfa…'),
      this.summary,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'button' }, 'Review changes'),
        h('a', { class: 'button button-quiet', href: `/console/connectors/${this.id}` }, 'Cancel')));
    form.addEventListener('input', () => this.check());
    form.addEventListener('change', () => this.check());
    form.addEventListener('submit', (event) => { event.preventDefault(); this.review(); });

    replace(this.main,
      h('p', { class: 'back' }, h('a', { href: `/console/connectors/${this.id}` }, `← ${this.state.base.name}`)),
      pageHeading(`Edit ${this.state.base.name}`),
      h('p', { class: 'lede' }, `Connector #${this.id}, revision ${this.state.base.revision}. `,
        'The server checks your changes as you type; nothing is saved until you review them and press Save.'),
      message || null,
      form);
    if (this.state.mine) this.runCheck();
  }

  /** The edited connector, or null with the problem shown when the credentials are not JSON. */
  edited() {
    const c = this.controls;
    const result = editable(this.state.base);
    for (const [name] of TEXTS) {
      const value = c[name].value.trim();
      if (OPTIONAL_TEXTS.has(name) && value === '') delete result[name];
      else result[name] = name === 'name' ? c[name].value : value;
    }
    result.type = c.type.value;
    result.health = { status: c.healthStatus.value, stage: c.healthStage.value || null };
    for (const [name] of FLAGS) result[name] = c[name].checked;
    // The stored order is kept (a reordered list would be a change the operator did not make).
    const checked = Object.keys(PRODUCT_LABELS).filter((p) => c[`product:${p}`].checked);
    const kept = (result.products || []).filter((p) => checked.includes(p));
    result.products = [...kept, ...checked.filter((p) => !kept.includes(p))];
    try {
      result.credentials = JSON.parse(c.credentials.value);
    } catch (error) {
      return { problem: `credentials: not valid JSON (${error.message})` };
    }
    return { connector: result };
  }

  /** Asks the server whether the edited connector would be accepted: a dry run that stores nothing. */
  async runCheck() {
    const { connector, problem } = this.edited();
    if (!connector) {
      this.showProblems([problem]);
      return null;
    }
    if (this.checkController) this.checkController.abort();
    this.checkController = new AbortController();
    try {
      const { body } = await api('/admin/catalog/import?dryRun=true', {
        method: 'POST', json: [connector], signal: this.checkController.signal,
      });
      this.showProblems([]);
      return { connector, fields: (body.changed && body.changed[String(this.id)]) || [] };
    } catch (error) {
      if (aborted(error) || error.keyRefused) return null;
      if (error instanceof ApiError && error.status === 400) {
        // The import names each problem "[0].field: …"; this connector is the only one sent.
        this.showProblems(error.problems.map((p) => p.replace(/^\[0\]\.?/, '')));
        return null;
      }
      this.showProblems([`The server could not check the connector: ${error.message}`]);
      return null;
    }
  }

  showProblems(problems) {
    for (const element of Object.values(this.errors)) element.textContent = '';
    for (const control of Object.values(this.controls)) control.removeAttribute('aria-invalid');
    for (const problem of problems) {
      const field = /^([A-Za-z]+)/.exec(problem);
      const name = field ? field[1] : null;
      const target = name && this.errors[name];
      if (target) {
        target.textContent = target.textContent ? `${target.textContent} ${problem}` : problem;
        const control = this.controls[name] || (name === 'health' ? this.controls.healthStatus : null);
        if (control) control.setAttribute('aria-invalid', 'true');
      }
    }
    replace(this.summary, problems.length === 0 ? null
      : notice('error', h('p', {}, problems.length === 1 ? 'The server would refuse this change:' : `The server would refuse this change (${problems.length} problems):`),
        h('ul', {}, problems.map((p) => h('li', {}, p)))));
  }

  async review() {
    this.check.cancel();
    const checked = await this.runCheck();
    if (!checked) {
      const first = this.main.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
      announce('The server would refuse this change: see the problems listed.');
      return;
    }
    this.state.mine = checked.connector;
    const changes = diff(editable(this.state.base), checked.connector);
    const back = h('button', { type: 'button', class: 'button button-secondary' }, 'Back to editing');
    back.addEventListener('click', () => this.showForm());
    if (changes.length === 0) {
      replace(this.main, pageHeading(`Review: ${this.state.base.name}`),
        notice('info', 'You changed nothing: there is nothing to save.'), h('div', { class: 'actions' }, back));
      this.main.querySelector('h1').focus();
      return;
    }
    const save = h('button', { type: 'button', class: 'button' }, 'Save');
    save.addEventListener('click', () => this.save(changes, save));
    replace(this.main,
      h('p', { class: 'back' }, h('a', { href: `/console/connectors/${this.id}` }, `← ${this.state.base.name}`)),
      pageHeading(`Review: ${this.state.base.name}`),
      h('p', { class: 'lede' }, changes.length === 1
        ? `One field changes. The server accepted it in a dry run; Save applies it to revision ${this.state.base.revision}.`
        : `${changes.length} fields change. The server accepted them in a dry run; Save applies them to revision ${this.state.base.revision}.`),
      diffTable(changes),
      h('div', { class: 'actions' }, save, back));
    this.main.querySelector('h1').focus();
  }

  async save(changes, button) {
    button.disabled = true;
    const patch = Object.fromEntries(changes.map((c) => [c.field, c.to]));
    try {
      const { body, etag } = await api(`/admin/connectors/${this.id}`, {
        method: 'PATCH', json: patch, headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': this.state.etag },
      });
      this.state.base = body;
      this.state.etag = etag;
      this.state.mine = null;
      replace(this.main,
        pageHeading(`Saved: ${body.name}`),
        notice('success', h('p', {}, `Connector #${this.id} is now at revision ${body.revision}; every replica serves it within about a second.`)),
        diffTable(changes),
        h('div', { class: 'actions' },
          h('a', { class: 'button', href: `/console/connectors/${this.id}` }, 'View the connector'),
          h('a', { class: 'button button-secondary', href: `/console/audit?connectorId=${this.id}` }, 'See it in the audit log')));
      this.main.querySelector('h1').focus();
      announce('Saved.');
    } catch (error) {
      button.disabled = false;
      if (error.keyRefused) return;
      if (error.status === 412) {
        await this.conflict(changes).catch((e) => {
          if (!e.keyRefused) replace(this.main, pageHeading('Not saved'), notice('error', e.message));
        });
      } else if (error.status === 409) {
        replace(this.main, pageHeading('Not saved'),
          notice('error', `Connector #${this.id} was disabled while you were editing it, and a disabled connector cannot be changed. ${error.message}`));
      } else if (error.status === 400) {
        this.showForm(notice('error', h('p', {}, 'The server refused the change:'), h('ul', {}, error.problems.map((p) => h('li', {}, p)))));
      } else {
        replace(this.main, pageHeading('Not saved'), notice('error', error.message));
      }
    }
  }

  /** Someone saved first: say so plainly, show what they changed, and offer to redo ours on theirs. */
  async conflict(mine) {
    const before = editable(this.state.base);
    const started = this.state.base.revision;
    await load(this.state, this.id, this.signal);
    const theirs = diff(before, editable(this.state.base));
    const rebased = editable(this.state.base);
    for (const change of mine) {
      if (change.to === null) delete rebased[change.field];
      else rebased[change.field] = change.to;
    }
    const overlapping = mine.filter((m) => theirs.some((t) => t.field === m.field)).map((m) => m.field);
    const redo = h('button', { type: 'button', class: 'button' }, 'Apply my changes to their version');
    redo.addEventListener('click', () => { this.state.mine = rebased; this.showForm(); });
    const discard = h('button', { type: 'button', class: 'button button-secondary' }, 'Discard my changes');
    discard.addEventListener('click', () => { this.state.mine = null; this.showForm(); });
    replace(this.main,
      pageHeading('Someone else saved first'),
      notice('error',
        h('p', {}, `Nothing of yours was saved. You started from revision ${started} of connector #${this.id}, `,
          `but while you were editing, it was changed and is now at revision ${this.state.base.revision}. `,
          'Saving yours as it was would have silently undone their change, so the server refused it (412 Precondition Failed).'),
        overlapping.length
          ? h('p', {}, h('strong', {}, 'You both changed: '), overlapping.join(', '), '. Check those fields before you save again.')
          : h('p', {}, 'You changed different fields, so your changes can be applied on top of theirs.')),
      h('h2', {}, 'What they changed'),
      theirs.length ? diffTable(theirs) : h('p', { class: 'hint' }, 'Nothing you can see (their change may have been undone since).'),
      h('h2', {}, 'What you changed'),
      diffTable(mine),
      h('div', { class: 'actions' }, redo, discard));
    this.main.querySelector('h1').focus();
  }
}

function diffTable(changes) {
  const value = (v) => {
    if (v === null || v === undefined) return h('span', { class: 'absent' }, 'absent');
    if (typeof v === 'object') return h('pre', { class: 'code' }, JSON.stringify(v, null, 2));
    return h('code', {}, JSON.stringify(v));
  };
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data diff' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h('tbody', {}, changes.map((c) => h('tr', {},
      h('th', { scope: 'row' }, h('code', {}, c.field)),
      h('td', { class: 'before' }, value(c.from)),
      h('td', { class: 'after' }, value(c.to)))))));
}
