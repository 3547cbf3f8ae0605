// DOM helpers shared by the site adapters. Pure reads: nothing here changes
// the page.

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

/** Visible text of a label: bidi marks removed, apostrophes straightened, spaces collapsed. @param {string|null|undefined} s */
export function cleanLabel(s) {
  return String(s ?? '')
    .replace(BIDI, '')
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** @param {Element} el */
export function labelOf(el) {
  return cleanLabel(el.getAttribute('aria-label') || el.getAttribute('data-tooltip') || el.textContent);
}

/** The element an event really started on, across open shadow roots. @param {Event} e @returns {Element|null} */
export function eventTarget(e) {
  const path = e.composedPath ? e.composedPath() : [];
  for (const n of path) if (n instanceof Element) return n;
  return e.target instanceof Element ? e.target : null;
}

/** The clickable control around an element. @param {Element|null} el */
export function controlOf(el) {
  return el?.closest('button, [role="button"], [role="menuitem"], a[href]') ?? null;
}

/** querySelectorAll that also looks inside open shadow roots. @param {ParentNode} root @param {string} sel @returns {Element[]} */
export function deepQueryAll(root, sel) {
  const out = [...root.querySelectorAll(sel)];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    const sr = /** @type {Element} */ (n).shadowRoot;
    if (sr) out.push(...deepQueryAll(sr, sel));
  }
  return out;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR']);

/**
 * The text of an editable box with a map back to its text nodes, so a
 * warning's UTF-16 span can be highlighted without touching the DOM.
 * Blocks and <br> become "\n".
 * @param {Element} root
 * @returns {{text: string, segments: {node: Text, start: number, end: number}[]}}
 */
export function readEditable(root) {
  let text = '';
  /** @type {{node: Text, start: number, end: number}[]} */
  const segments = [];
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  /** @param {Node} node */
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = /** @type {Text} */ (node);
      const v = t.data.replace(/\u00a0/g, ' ');
      segments.push({ node: t, start: text.length, end: text.length + v.length });
      text += v;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = /** @type {Element} */ (node);
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) newline();
    for (const c of el.childNodes) walk(c);
    if (block) newline();
  };
  for (const c of root.childNodes) walk(c);
  // Trailing newlines from the last block are not text the person wrote.
  const trimmed = text.replace(/\n+$/, '');
  return { text: trimmed, segments };
}

/** A DOM Range for [start, end) of readEditable's text, or null. @param {{node: Text, start: number, end: number}[]} segments @param {number} start @param {number} end */
export function rangeFor(segments, start, end) {
  const a = segments.find((s) => start >= s.start && start < s.end);
  const b = segments.find((s) => end > s.start && end <= s.end);
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a.node, start - a.start);
  r.setEnd(b.node, end - b.start);
  return r;
}

/**
 * An email compose window (Gmail, Outlook): the body, its window, the
 * subject field, how the site's recipients are read and its Send button.
 * @param {{site: string, body: Element, root: Element, subject: string, recipients: (root: Element, body: Element) => string[], isSendButton: (el: Element) => Element|null}} o
 * @returns {import('./composer.js').Composer}
 */
export function emailComposer({ site, body, root, subject, recipients, isSendButton }) {
  return {
    site,
    surface: 'email',
    root,
    editable: body,
    read() {
      const { text, segments } = readEditable(body);
      const subj = /** @type {HTMLInputElement|null} */ (root.querySelector(subject))?.value || '';
      return { event: { kind: 'compose', site, surface: 'email', to: recipients(root, body), subject: subj, text }, segments };
    },
    isSend(/** @type {Element} */ el) {
      const b = isSendButton(el);
      return !!b && root.contains(b);
    },
  };
}
