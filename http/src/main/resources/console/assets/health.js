// A connector's health panel: the served status, the 6-hour rate and the sample behind it (from
// GET /connectors/{id}?healthDetails=true) and the history chart (GET /connectors/{id}/health/history),
// refreshed every 30 seconds while the page is visible.
import { aborted, api } from './api.js';
import { STATUS_LABELS, formatDateTime, formatRate, h, healthBadge, notice, replace } from './dom.js';
import { healthChart, reason } from './health-chart.js';

const REFRESH_MS = 30_000;
// Each range with a resolution that gives the chart 72 to 168 points.
const RANGES = [
  ['24h', 'Last 24 hours', 24, '15m'],
  ['6h', 'Last 6 hours', 6, '5m'],
  ['7d', 'Last 7 days', 24 * 7, '1h'],
  ['30d', 'Last 30 days', 24 * 30, '6h'],
];

export function renderHealthPanel(section, connector, signal) {
  let range = RANGES[0];
  let details = connector;
  const summary = h('div', { class: 'health-summary' });
  const chartBox = h('div', { class: 'chart-box' });
  const updated = h('span', { class: 'hint', 'aria-live': 'off' });
  const rangeSelect = h('select', { id: 'health-range' }, RANGES.map(([value, label]) => h('option', { value }, label)));
  rangeSelect.addEventListener('change', () => {
    range = RANGES.find(([value]) => value === rangeSelect.value);
    refresh(false);
  });
  const refreshButton = h('button', { type: 'button', class: 'button button-secondary' }, 'Refresh');
  refreshButton.addEventListener('click', () => refresh(true));

  section.append(
    h('h2', { id: 'health-title' }, 'Health'),
    summary,
    h('div', { class: 'chart-controls' },
      h('div', { class: 'field field-inline' }, h('label', { for: 'health-range' }, 'History'), rangeSelect),
      refreshButton, updated),
    chartBox);

  const refresh = async (reloadDetails) => {
    try {
      if (reloadDetails) {
        ({ body: details } = await api(`/connectors/${connector.id}?healthDetails=true`, { signal }));
      }
      drawSummary(summary, details.health);
      const from = new Date(Date.now() - range[2] * 3600 * 1000).toISOString();
      const { body: history } = await api(
        `/connectors/${connector.id}/health/history?from=${encodeURIComponent(from)}&resolution=${range[3]}`, { signal });
      drawHistory(chartBox, history, details.health.details && details.health.details.thresholds, range[1]);
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    } catch (error) {
      if (aborted(error) || error.keyRefused) return;
      replace(chartBox, notice('error', `Could not read the health history: ${error.message}`));
    }
  };

  refresh(false);
  const timer = setInterval(() => { if (!document.hidden) refresh(true); }, REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return () => clearInterval(timer);
}

function drawSummary(box, health) {
  const d = health.details || {};
  const t = d.thresholds;
  replace(box,
    h('p', { class: 'health-status' }, healthBadge(health),
      health.stage ? h('span', { class: 'badge badge-beta' }, health.stage) : null),
    d.error ? notice('info', h('strong', {}, 'Operator override: '), d.error) : null,
    h('dl', { class: 'stats' },
      stat('Connection rate, last 6 hours', formatRate(d.connectionRateLast6Hours)),
      stat('Sample size (executions in the window)', String(d.sampleSize ?? 0)),
      stat('Failures in the window', String(d.failures ?? 0)),
      stat('Your connections, last 6 hours', String(d.connectionsLast6Hours ?? 0))),
    t ? h('p', { class: 'hint' },
      `ONLINE at ${t.onlineAt}% or more, OFFLINE below ${t.offlineBelow}%, with a margin of ${t.margin} points; `,
      `the status moves only with at least ${t.minimumSample} executions in the window.`) : null);
}

function stat(label, value) {
  return h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, value));
}

function drawHistory(box, history, thresholds, rangeLabel) {
  const titleId = 'health-chart-title';
  const changes = [...history.changes].reverse();
  replace(box,
    h('figure', { class: 'chart-figure' },
      h('figcaption', { id: titleId }, `Connection rate and status changes, ${rangeLabel.toLowerCase()} (${resolutionLabel(history.resolution)} steps)`),
      healthChart(history, thresholds, titleId),
      h('ul', { class: 'legend', 'aria-label': 'Legend' },
        h('li', {}, h('span', { class: 'key key-line', 'aria-hidden': 'true' }), 'Connection rate'),
        h('li', {}, h('span', { class: 'key key-online', 'aria-hidden': 'true' }), 'Became online'),
        h('li', {}, h('span', { class: 'key key-unstable', 'aria-hidden': 'true' }), 'Became unstable'),
        h('li', {}, h('span', { class: 'key key-offline', 'aria-hidden': 'true' }), 'Became offline'))),
    h('h3', {}, 'Status changes'),
    changes.length === 0
      ? h('p', { class: 'hint' }, 'No status change in this period.')
      : h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, ['When', 'Change', 'Why', 'Rate', 'Sample'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, changes.map((c) => h('tr', {},
          h('td', {}, h('time', { datetime: c.at }, formatDateTime(c.at))),
          h('td', {}, `${STATUS_LABELS[c.from] || c.from} → ${STATUS_LABELS[c.to] || c.to}`),
          h('td', {}, reason(c.reason)),
          h('td', {}, formatRate(c.rate)),
          h('td', {}, String(c.sample))))))));
}

function resolutionLabel(resolution) {
  return { PT1M: '1-minute', PT5M: '5-minute', PT15M: '15-minute', PT1H: '1-hour', PT6H: '6-hour', PT24H: '1-day' }[resolution] || resolution;
}
