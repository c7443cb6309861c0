// A connector's credential form, drawn from its `credentials` as Pluggy's Connect widget draws it,
// and checked by the server (POST /connectors/{id}/validate) as the user types. The values live
// only in the form's inputs: they are sent to /validate and nowhere else, and never stored.
import { aborted, api } from './api.js';
import { debounce, h, logo, readableOn } from './dom.js';

const DEBOUNCE_MS = 300;

export function renderCredentialForm(section, connector, signal) {
  const credentials = connector.credentials || [];
  const firstStep = credentials.filter((c) => !c.mfa || connector.hasMFA);
  const secondStep = credentials.filter((c) => c.mfa && !connector.hasMFA);
  const fields = new Map(); // name -> {credential, control, error, touched}
  let submitted = false;
  let controller = null;
  let sequence = 0;
  signal.addEventListener('abort', () => controller && controller.abort(), { once: true });

  const language = h('select', { id: 'form-language' },
    h('option', { value: 'pt-BR' }, 'Português (Brasil)'), h('option', { value: 'en' }, 'English'));
  const status = h('p', { class: 'form-status', id: 'form-status', role: 'status', 'aria-live': 'polite' });
  const answer = h('pre', { class: 'answer', tabindex: '0' }, 'Nothing sent yet.');

  const fieldFor = (credential) => {
    const id = `cred-${credential.name}`;
    const describedBy = [];
    const help = credential.assistiveText
      ? h('p', { class: 'hint', id: `${id}-help` }, credential.assistiveText) : null;
    if (help) describedBy.push(`${id}-help`);
    const instructions = credential.instructions
      ? h('p', { class: 'instructions', id: `${id}-instructions` }, credential.instructions) : null;
    if (instructions) describedBy.push(`${id}-instructions`);
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    describedBy.push(`${id}-error`);
    const label = h('label', { for: id }, credential.label || credential.name,
      credential.optional ? h('span', { class: 'optional' }, ' (optional)') : null);
    const control = controlFor(credential, id, describedBy.join(' '));
    const entry = { credential, control: control.input, error, touched: false };
    if (control.input) fields.set(credential.name, entry);
    else fields.set(credential.name, { ...entry, passive: true });
    const wrapper = h('div', { class: 'field', dataset: { credential: credential.name } },
      control.input ? label : h('span', { class: 'label', id: `${id}-label` }, credential.label || credential.name),
      instructions, control.element, help, error);
    if (control.input) {
      control.input.addEventListener('input', () => { entry.touched = true; scheduled(); });
      control.input.addEventListener('change', () => { entry.touched = true; scheduled(); });
      control.input.addEventListener('blur', () => { if (control.input.value) { entry.touched = true; } });
    }
    return wrapper;
  };

  const values = () => {
    const body = {};
    for (const [name, entry] of fields) {
      if (entry.control && entry.control.value !== '') body[name] = entry.control.value;
    }
    return body;
  };

  const validate = async () => {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = ++sequence;
    status.textContent = 'Checking…';
    try {
      const { body } = await api(`/connectors/${connector.id}/validate`, {
        method: 'POST', json: values(), signal: controller.signal, headers: { 'Accept-Language': language.value },
      });
      if (mine !== sequence) return;
      show(body.errors || []);
      answer.textContent = JSON.stringify(body, null, 2);
    } catch (error) {
      if (aborted(error) || error.keyRefused) return;
      status.textContent = `The server could not check the form: ${error.message}`;
    }
  };
  const scheduled = debounce(validate, DEBOUNCE_MS);

  const show = (errors) => {
    const byField = new Map(errors.map((e) => [e.parameter, e]));
    let shown = 0;
    for (const [name, entry] of fields) {
      const problem = byField.get(name);
      const visible = problem && (entry.touched || submitted);
      entry.error.textContent = visible ? problem.message : '';
      if (entry.control) {
        if (visible) entry.control.setAttribute('aria-invalid', 'true');
        else entry.control.removeAttribute('aria-invalid');
      }
      if (visible) shown += 1;
    }
    if (submitted) {
      status.textContent = errors.length === 0
        ? 'Every field is valid: the Connect widget would now start the connection.'
        : `${errors.length} ${errors.length === 1 ? 'field needs' : 'fields need'} attention.`;
    } else {
      status.textContent = shown === 0 ? 'What you typed so far is valid.'
        : `${shown} ${shown === 1 ? 'field needs' : 'fields need'} attention.`;
    }
  };

  const button = h('button', { type: 'submit', class: 'button widget-button' }, 'Connect');
  if (/^[0-9a-fA-F]{6}$/.test(connector.primaryColor || '')) {
    button.style.backgroundColor = `#${connector.primaryColor}`;
    button.style.borderColor = `#${connector.primaryColor}`;
    button.style.color = readableOn(connector.primaryColor);
  }
  const form = h('form', { class: 'widget-form', novalidate: true, autocomplete: 'off', 'aria-describedby': 'form-status' },
    firstStep.map(fieldFor),
    secondStep.length ? h('fieldset', { class: 'mfa-step' },
      h('legend', {}, 'Second step'),
      h('p', { class: 'hint' }, 'This connector asks for these after the institution answers the first step (two-step MFA).'),
      secondStep.map(fieldFor)) : null,
    button,
    status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    scheduled.cancel();
    validate().then(() => {
      const invalid = [...fields.values()].find((e) => e.control && e.control.getAttribute('aria-invalid') === 'true');
      if (invalid) invalid.control.focus();
    });
  });
  language.addEventListener('change', () => {
    if (submitted || [...fields.values()].some((e) => e.touched)) validate();
  });

  section.append(
    h('h2', { id: 'form-title' }, 'Credential form'),
    h('p', { class: 'hint' }, 'Drawn from ', h('code', {}, 'credentials'), ' as the Connect widget draws it. ',
      'What you type is checked by ', h('code', {}, `POST /connectors/${connector.id}/validate`),
      ' as you type, and is never stored.'),
    h('div', { class: 'field field-inline' }, h('label', { for: 'form-language' }, 'Messages in'), language),
    h('div', { class: 'widget' },
      h('div', { class: 'widget-head' }, logo(connector, 'sm'),
        h('div', {}, h('p', { class: 'widget-name' }, connector.name),
          h('p', { class: 'widget-sub' }, credentials.length ? 'Enter your credentials' : 'This connector asks for no credentials'))),
      form),
    h('details', { class: 'json' }, h('summary', {}, 'The server\'s last answer (passwords come back masked)'), answer));
  return () => scheduled.cancel();
}

/** The input (or the passive block, for images and captchas) of one credential. */
function controlFor(credential, id, describedBy) {
  const common = { id, name: credential.name, 'aria-describedby': describedBy, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' };
  if (!credential.optional) common['aria-required'] = 'true';
  if (credential.placeholder) common.placeholder = credential.placeholder;
  if (credential.maxLength) common.maxlength = String(credential.maxLength);
  switch (credential.type) {
    case 'password': {
      const input = h('input', { ...common, type: 'password' });
      const toggle = h('button', { type: 'button', class: 'button button-quiet reveal', 'aria-pressed': 'false', 'aria-controls': id }, 'Show');
      toggle.addEventListener('click', () => {
        const reveal = input.type === 'password';
        input.type = reveal ? 'text' : 'password';
        toggle.setAttribute('aria-pressed', String(reveal));
        toggle.textContent = reveal ? 'Hide' : 'Show';
      });
      return { input, element: h('div', { class: 'with-button' }, input, toggle) };
    }
    case 'number': {
      const input = h('input', { ...common, type: 'text', inputmode: 'numeric' });
      if (credential.mfa) input.setAttribute('autocomplete', 'one-time-code');
      return { input, element: input };
    }
    case 'select': {
      const input = h('select', { ...common },
        h('option', { value: '' }, 'Choose…'),
        (credential.options || []).map((o) => h('option', { value: o.value }, o.label)));
      return { input, element: input };
    }
    case 'image':
      return {
        input: null,
        element: h('div', { class: 'passive-field', role: 'img', 'aria-label': `${credential.label || credential.name}: shown by the institution during the connection` },
          'The institution\'s image (such as a QR code) appears here during the connection.'),
      };
    case 'hcaptcha':
      return {
        input: null,
        element: h('div', { class: 'passive-field' }, 'An hCaptcha challenge appears here during the connection.'),
      };
    default: {
      const input = h('input', { ...common, type: 'text' });
      if (credential.mfa) {
        input.setAttribute('autocomplete', 'one-time-code');
        input.setAttribute('inputmode', 'numeric');
      }
      return { input, element: input };
    }
  }
}
