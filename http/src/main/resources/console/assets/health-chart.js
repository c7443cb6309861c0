// The health history as an SVG chart, drawn here (no chart library): the connection rate of each
// step of the series, the thresholds in force, the incidents as shaded spans and every status
// change as a marker. Colours are paired with shapes and words, never alone.
import { STATUS_LABELS, formatRate, h } from './dom.js';

const W = 720;
const H = 260;
const M = { left: 44, right: 14, top: 14, bottom: 30 };

export function healthChart(history, thresholds, titleId) {
  const from = Date.parse(history.from);
  const to = Date.parse(history.to);
  const span = Math.max(1, to - from);
  const x = (t) => M.left + ((t - from) / span) * (W - M.left - M.right);
  const y = (rate) => M.top + (1 - rate / 100) * (H - M.top - M.bottom);
  const bottom = H - M.bottom;

  const points = history.series.filter((p) => p.rate !== null && p.rate !== undefined);
  const descId = `${titleId}-desc`;
  const svg = h('svg', {
    class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    preserveAspectRatio: 'xMidYMid meet',
  }, h('desc', { id: descId }, describe(history, points)));

  for (const incident of history.incidents) {
    const start = Math.max(from, Date.parse(incident.start));
    const end = incident.end ? Math.min(to, Date.parse(incident.end)) : to;
    if (end <= start) continue;
    svg.append(h('rect', {
      class: `incident incident-${incident.worst.toLowerCase()}`, x: x(start), y: M.top,
      width: Math.max(1, x(end) - x(start)), height: bottom - M.top,
    }, h('title', {}, `Incident: ${STATUS_LABELS[incident.worst] || incident.worst} at worst`)));
  }

  for (const rate of [0, 25, 50, 75, 100]) {
    svg.append(h('line', { class: 'grid', x1: M.left, x2: W - M.right, y1: y(rate), y2: y(rate) }),
      h('text', { class: 'axis', x: M.left - 6, y: y(rate) + 4, 'text-anchor': 'end' }, `${rate}%`));
  }
  if (thresholds) {
    svg.append(
      h('line', { class: 'threshold threshold-online', x1: M.left, x2: W - M.right, y1: y(thresholds.onlineAt), y2: y(thresholds.onlineAt) },
        h('title', {}, `ONLINE at ${thresholds.onlineAt}% or more`)),
      h('line', { class: 'threshold threshold-offline', x1: M.left, x2: W - M.right, y1: y(thresholds.offlineBelow), y2: y(thresholds.offlineBelow) },
        h('title', {}, `OFFLINE below ${thresholds.offlineBelow}%`)));
  }

  for (const tick of ticks(from, to)) {
    svg.append(
      h('line', { class: 'tick', x1: x(tick), x2: x(tick), y1: bottom, y2: bottom + 4 }),
      h('text', { class: 'axis', x: x(tick), y: bottom + 18, 'text-anchor': 'middle' }, tickLabel(tick, span)));
  }
  svg.append(h('line', { class: 'axis-line', x1: M.left, x2: W - M.right, y1: bottom, y2: bottom }));

  let d = '';
  let previous = null;
  const step = stepMillis(history.resolution);
  for (const point of history.series) {
    const t = Date.parse(point.start);
    if (point.rate === null || point.rate === undefined) { previous = null; continue; }
    const command = previous !== null && t - previous <= step * 1.5 ? 'L' : 'M';
    d += `${command}${x(t).toFixed(1)},${y(point.rate).toFixed(1)}`;
    previous = t;
  }
  if (d) svg.append(h('path', { class: 'rate-line', d }));
  // Every point when there are few; otherwise only those with no neighbour to draw a line to.
  const series = history.series;
  const alone = (i) => [series[i - 1], series[i + 1]].every((n) => !n || n.rate === null || n.rate === undefined);
  for (let i = 0; i < series.length; i += 1) {
    const point = series[i];
    if (point.rate === null || point.rate === undefined || (points.length > 60 && !alone(i))) continue;
    svg.append(h('circle', { class: 'rate-point', cx: x(Date.parse(point.start)), cy: y(point.rate), r: 2.5 },
      h('title', {}, `${new Date(point.start).toLocaleString()}: ${formatRate(point.rate)} of ${point.total}`)));
  }

  for (const change of history.changes) {
    const t = Date.parse(change.at);
    if (t < from || t > to) continue;
    const cx = x(t);
    const cy = change.rate === null || change.rate === undefined ? M.top + 6 : y(change.rate);
    const status = change.to.toLowerCase();
    svg.append(h('g', { class: `change change-${status}` },
      h('title', {}, `${new Date(change.at).toLocaleString()}: ${change.from} → ${change.to} (${reason(change.reason)}${change.rate === null ? '' : `, ${formatRate(change.rate)} of ${change.sample}`})`),
      h('line', { x1: cx, x2: cx, y1: M.top, y2: bottom }),
      h('path', { d: marker(status, cx, cy) })));
  }

  if (points.length === 0 && history.changes.length === 0) {
    svg.append(h('text', { class: 'chart-empty', x: W / 2, y: H / 2, 'text-anchor': 'middle' },
      'No executions reported in this period'));
  }
  return svg;
}

/** Circle for ONLINE, triangle for UNSTABLE, square for OFFLINE: the shape says it without colour. */
function marker(status, cx, cy) {
  const r = 6;
  if (status === 'online') return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  if (status === 'unstable') return `M${cx},${cy - r}L${cx + r},${cy + r}L${cx - r},${cy + r}Z`;
  return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
}

export function reason(code) {
  return {
    COMPUTED: 'computed from executions',
    OVERRIDE_SET: 'operator override set',
    OVERRIDE_CLEARED: 'operator override cleared',
    OVERRIDE_EXPIRED: 'operator override expired',
  }[code] || code;
}

function describe(history, points) {
  const rates = points.map((p) => p.rate);
  const range = rates.length
    ? `The connection rate went from ${formatRate(Math.min(...rates))} to ${formatRate(Math.max(...rates))} over ${points.length} steps.`
    : 'No executions were reported in this period.';
  const changes = history.changes.length === 1 ? '1 status change' : `${history.changes.length} status changes`;
  return `${range} ${changes}; the table below lists them.`;
}

function stepMillis(resolution) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(resolution || '');
  if (!match) return 24 * 3600 * 1000;
  return ((Number(match[1] || 0) * 60) + Number(match[2] || 0)) * 60 * 1000;
}

function ticks(from, to) {
  const count = 5;
  const result = [];
  for (let i = 0; i <= count; i += 1) result.push(from + ((to - from) * i) / count);
  return result;
}

function tickLabel(t, span) {
  const date = new Date(t);
  if (span <= 36 * 3600 * 1000) return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
