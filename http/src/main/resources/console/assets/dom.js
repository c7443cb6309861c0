// Small DOM helpers. Every text from the server goes through text nodes or attributes, never
// through innerHTML, so a connector's name or message can never become markup.

/**
 * Creates an element: h('a', {href: '/x', class: 'link'}, 'text', child).
 * Attributes starting with "on" are event listeners; false, null and undefined ones are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const svg = SVG_TAGS.has(tag);
  const element = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'g', 'path', 'line', 'rect', 'circle', 'text', 'title', 'desc', 'polyline']);

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Says something to screen readers through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A new node after a tick, so the same message said twice is read twice.
  setTimeout(() => { region.textContent = message; }, 30);
}

/** Calls fn once calls have stopped for `wait` ms. */
export function debounce(fn, wait) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

export const TYPE_LABELS = {
  PERSONAL_BANK: 'Personal bank',
  BUSINESS_BANK: 'Business bank',
  INVOICE: 'Invoice',
  INVESTMENT: 'Investment',
  TELECOMMUNICATION: 'Telecommunication',
  DIGITAL_ECONOMY: 'Digital economy',
  PAYMENT_ACCOUNT: 'Payment account',
  OTHER: 'Other',
};

export const PRODUCT_LABELS = {
  ACCOUNTS: 'Accounts',
  CREDIT_CARDS: 'Credit cards',
  TRANSACTIONS: 'Transactions',
  PAYMENT_DATA: 'Payment data',
  INVESTMENTS: 'Investments',
  INVESTMENTS_TRANSACTIONS: 'Investment transactions',
  IDENTITY: 'Identity',
  BROKERAGE_NOTE: 'Brokerage notes',
  MOVE_SECURITY: 'Move security',
  LOANS: 'Loans',
};

export const STATUS_LABELS = { ONLINE: 'Online', UNSTABLE: 'Unstable', OFFLINE: 'Offline' };

/** A health badge: the status in words (never colour alone), and BETA when the stage says so. */
export function healthBadge(health) {
  const status = health && health.status ? health.status : 'UNKNOWN';
  return h('span', { class: `badge health health-${status.toLowerCase()}` },
    h('span', { class: 'dot', 'aria-hidden': 'true' }),
    STATUS_LABELS[status] || status);
}

/**
 * A connector's logo: its initial on its primary colour at once, replaced by the image from
 * imageUrl only once that has loaded, so an unreachable image (no internet) never shows broken.
 */
export function logo(connector, size = 'md') {
  const initial = (connector.name || '?').trim().charAt(0).toUpperCase() || '?';
  const tile = h('span', { class: `logo logo-${size}`, 'aria-hidden': 'true' }, initial);
  const color = /^[0-9a-fA-F]{6}$/.test(connector.primaryColor || '') ? connector.primaryColor : '64748b';
  tile.style.backgroundColor = `#${color}`;
  tile.style.color = readableOn(color);
  if (connector.imageUrl && /^https?:/i.test(connector.imageUrl)) {
    const image = new Image();
    image.alt = '';
    image.decoding = 'async';
    image.referrerPolicy = 'no-referrer';
    image.addEventListener('load', () => {
      if (image.naturalWidth > 0) {
        tile.replaceChildren(image);
        tile.classList.add('logo-image');
        tile.style.backgroundColor = '#ffffff';
      }
    });
    image.src = connector.imageUrl;
  }
  return tile;
}

/** Black or white, whichever contrasts more with the hex colour (WCAG relative luminance). */
export function readableOn(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function formatRate(rate) {
  // As the API gives it (rounded to two decimals there), so the page and the API agree.
  return rate === null || rate === undefined ? '—' : `${rate}%`;
}

/** The page's heading, focused after navigation so screen readers start at the new content. */
export function pageHeading(text, ...extra) {
  document.title = `${text} · Plugboard console`;
  return h('h1', { tabindex: '-1', class: 'page-title' }, text, ...extra);
}

export function notice(kind, ...content) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...content);
}
