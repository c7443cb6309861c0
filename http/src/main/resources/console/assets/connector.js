// One connector: every field, its credential form as a Connect widget draws it (validated live by
// the server), and its health with the history chart.
import { api, isAdmin } from './api.js';
import { catalogAddress } from './catalog.js';
import { renderCredentialForm } from './credential-form.js';
import { PRODUCT_LABELS, TYPE_LABELS, formatDateTime, h, healthBadge, logo, notice, pageHeading } from './dom.js';
import { renderHealthPanel } from './health.js';

export async function render(main, { params, signal }) {
  const id = params[0];
  let connector;
  try {
    ({ body: connector } = await api(`/connectors/${id}?healthDetails=true`, { signal }));
  } catch (error) {
    if (error.status === 404) {
      main.append(backLink(), pageHeading(`No connector ${id}`),
        notice('info', h('p', {}, 'The catalog has no connector with this id, or it was disabled by an operator.')));
      return null;
    }
    throw error;
  }
  const healthSection = h('section', { class: 'panel health-panel', 'aria-labelledby': 'health-title' });
  const formSection = h('section', { class: 'panel form-panel', 'aria-labelledby': 'form-title' });
  main.append(
    backLink(),
    h('div', { class: 'connector-head' },
      logo(connector, 'lg'),
      h('div', { class: 'connector-title' },
        pageHeading(connector.name),
        h('p', { class: 'card-meta' }, `${TYPE_LABELS[connector.type] || connector.type} · ${connector.country} · connector #${connector.id}`),
        h('p', { class: 'badges' }, badges(connector))),
      isAdmin() ? h('a', { class: 'button', href: `/console/connectors/${connector.id}/edit` }, 'Edit connector') : null),
    h('div', { class: 'connector-grid' }, formSection, healthSection),
    fieldsSection(connector));
  renderCredentialForm(formSection, connector, signal);
  const stopHealth = renderHealthPanel(healthSection, connector, signal);
  return stopHealth;
}

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: catalogAddress() }, '← Catalog'));
}

function badges(connector) {
  const list = [healthBadge(connector.health)];
  if (connector.health && connector.health.stage === 'BETA') list.push(h('span', { class: 'badge badge-beta' }, 'Beta'));
  if (connector.isOpenFinance) list.push(h('span', { class: 'badge badge-of' }, 'Open Finance'));
  if (connector.supportsPaymentInitiation) list.push(h('span', { class: 'badge badge-pay' }, 'Payments'));
  if (connector.isSandbox) list.push(h('span', { class: 'badge badge-sandbox' }, 'Sandbox'));
  return list;
}

const yesNo = (value) => (value ? 'Yes' : 'No');

function fieldsSection(c) {
  // Only http(s) becomes a link (the server accepts no other scheme; this keeps it so here too).
  const link = (url) => {
    if (!url) return '—';
    return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : url;
  };
  const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  if (/^[0-9a-fA-F]{6}$/.test(c.primaryColor || '')) swatch.style.backgroundColor = `#${c.primaryColor}`;
  const rows = [
    ['id', c.id],
    ['name', c.name],
    ['type', `${c.type} (${TYPE_LABELS[c.type] || 'unknown'})`],
    ['country', c.country],
    ['primaryColor', h('span', {}, swatch, ` #${c.primaryColor}`)],
    ['institutionUrl', link(c.institutionUrl)],
    ['imageUrl', link(c.imageUrl)],
    ['hasMFA', yesNo(c.hasMFA)],
    ['oauth', yesNo(c.oauth)],
    ['oauthUrl', link(c.oauthUrl)],
    ['resetPasswordUrl', link(c.resetPasswordUrl)],
    ['health', `${c.health.status}${c.health.stage ? `, stage ${c.health.stage}` : ''}`],
    ['products', (c.products || []).map((p) => PRODUCT_LABELS[p] || p).join(', ') || '—'],
    ['isSandbox', yesNo(c.isSandbox)],
    ['isOpenFinance', yesNo(c.isOpenFinance)],
    ['supportsPaymentInitiation', yesNo(c.supportsPaymentInitiation)],
    ['supportsScheduledPayments', yesNo(c.supportsScheduledPayments)],
    ['supportsSmartTransfers', yesNo(c.supportsSmartTransfers)],
    ['supportsBoletoManagement', yesNo(c.supportsBoletoManagement)],
    ['supportsAutomaticPix', yesNo(c.supportsAutomaticPix)],
    ['createdAt', h('time', { datetime: c.createdAt }, formatDateTime(c.createdAt))],
    ['updatedAt', h('time', { datetime: c.updatedAt }, formatDateTime(c.updatedAt))],
  ];
  const shown = { ...c };
  if (shown.health) shown.health = { status: c.health.status, stage: c.health.stage };
  return h('section', { class: 'panel fields-panel', 'aria-labelledby': 'fields-title' },
    h('h2', { id: 'fields-title' }, 'All fields'),
    h('dl', { class: 'fields' }, rows.map(([name, value]) => [h('dt', {}, h('code', {}, name)), h('dd', {}, value)])),
    h('h3', {}, 'Credentials'),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['name', 'label', 'type', 'validation', 'optional', 'mfa'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, (c.credentials || []).map((cr) => h('tr', {},
          h('td', {}, h('code', {}, cr.name)), h('td', {}, cr.label), h('td', {}, cr.type),
          h('td', {}, cr.validation ? h('code', {}, cr.validation) : '—'),
          h('td', {}, yesNo(cr.optional)), h('td', {}, yesNo(cr.mfa))))))),
    h('details', { class: 'json' },
      h('summary', {}, `JSON, as GET /connectors/${c.id} answers it`),
      h('pre', { tabindex: '0' }, JSON.stringify(shown, null, 2))));
}

