// Any other site the person enabled on the options page (through an
// optional host permission): watches text areas and rich-text boxes for
// the text rules. It knows nothing of the site, so every box is a public
// post or a comment (by its label), with no recipient, and a send is the
// form's submit button or a button labelled like one (Post, Reply, Send…).
// No social actions. Verified on our fixture tests/fixtures/pages/other-forum.html.
import { cleanLabel, readEditable } from '../dom.js';

// Labels of buttons that publish what was written (English). Data, not logic.
export const SEND_LABEL = /^(post|submit|send|reply|comment|publish|save|share)\b/i;
const COMMENT_HINT = /comment|reply|respond/i;
const SEARCH_HINT = /search|query|filter/i;

const SEL = {
  textarea: 'textarea',
  rich: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  buttons: 'button, input[type="submit"], [role="button"]',
};

/** Whether the person can see and type in this box. @param {Element} el */
function usable(el) {
  if (el.closest('[aria-hidden="true"], [hidden], [role="search"]')) return false;
  if (el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)) return false;
  const hint = `${el.getAttribute('name') || ''} ${el.id} ${el.getAttribute('aria-label') || ''} ${el.getAttribute('placeholder') || ''}`;
  if (SEARCH_HINT.test(hint)) return false;
  const r = el.getBoundingClientRect();
  return r.width >= 120 && r.height >= 24;
}

/** @param {Element} el */
function labelText(el) {
  const id = el.id;
  const byFor = id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent : '';
  return cleanLabel(`${el.getAttribute('aria-label') || ''} ${el.getAttribute('placeholder') || ''} ${el.getAttribute('name') || ''} ${byFor || ''}`);
}

/** The buttons that publish this box: its form's, else those near it. @param {Element} box */
function containerOf(box) {
  const form = box.closest('form');
  if (form) return form;
  let el = box.parentElement;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    if ([...el.querySelectorAll(SEL.buttons)].some((b) => isSendControl(b))) return el;
  }
  return box.parentElement || box;
}

/** @param {Element} b */
function isSendControl(b) {
  if (b instanceof HTMLInputElement) return b.type === 'submit' && SEND_LABEL.test(cleanLabel(b.value || 'submit'));
  const label = cleanLabel(b.getAttribute('aria-label') || b.textContent);
  if (SEND_LABEL.test(label)) return true;
  return b instanceof HTMLButtonElement && b.type === 'submit' && !!b.closest('form') && label.length < 30;
}

/** @returns {import('../composer.js').Composer[]} */
export function composers(doc = document) {
  const out = [];
  const boxes = [...doc.querySelectorAll(SEL.textarea), ...doc.querySelectorAll(SEL.rich)].filter(
    // A rich-text box inside another one is part of it.
    (el) => !(el.parentElement?.closest(SEL.rich)) && usable(el),
  );
  for (const editable of boxes) {
    const root = containerOf(editable);
    const surface = COMMENT_HINT.test(labelText(editable)) ? 'comment' : 'public_post';
    out.push({
      site: 'other',
      surface: /** @type {'comment'|'public_post'} */ (surface),
      root,
      editable,
      read() {
        const { text, segments } =
          editable instanceof HTMLTextAreaElement ? { text: editable.value, segments: [] } : readEditable(editable);
        return { event: { kind: 'compose', site: 'other', surface, to: [], text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = el.closest(SEL.buttons);
        return !!b && root.contains(b) && isSendControl(b);
      },
    });
  }
  return out;
}

export default {
  site: 'other',
  label: 'Other sites',
  // Runs only where the person enabled it (the content script is registered
  // for those origins alone), after every site-specific adapter declined.
  matches: (/** @type {Location} */ loc) => loc.protocol === 'https:',
  pageProfile: () => null,
  socialAction: () => null,
  socialActions: () => [],
  composers,
  enterSends: () => false,
};
