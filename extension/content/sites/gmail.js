// Gmail (mail.google.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   gmail/compose-dialog-2020-10.html   compose dialog: To/Cc/Bcc textareas, subject,
//                                       body (the contenteditable, not the hidden
//                                       textarea that shares its label), Send with
//                                       invisible bidi marks in its label
//   gmail/thread-view-2022-05.html      a thread with no compose open: nothing to watch;
//                                       its message headers carry [email] chips of the
//                                       sender and recipients ([data-message-id] around
//                                       them) and the reply area holds your own avatar
//                                       ([data-hovercard-id] on an img): none of them is
//                                       ever a recipient of a reply
// and on our fixtures tests/fixtures/pages/gmail-*.html: two compose
// windows (the 2020 textareas and the current chips), an inline reply under
// a thread's last message, the pop-out compose window (?view=cm). The
// current recipient chips (div.anm[name=to] [role=listbox] [role=option]
// with data-hovercard-id and data-name) follow the markup InboxSDK reads;
// the inline reply and the pop-out are verified on fixtures only.
import { cleanLabel, emailComposer } from '../dom.js';

const SEL = {
  // The body: the visible contenteditable (a hidden <textarea> shares its label).
  body: 'div[contenteditable="true"][role="textbox"], div[contenteditable="true"][g_editable="true"]',
  // Where recipients are typed: the 2020 textareas, and the current fields'
  // inputs inside div.anm[name=to|cc|bcc] (text not yet turned into a chip).
  recipientFields:
    'textarea[name="to"], textarea[name="cc"], textarea[name="bcc"], input[name="to"], input[name="cc"], input[name="bcc"], [name="to"] input, [name="cc"] input, [name="bcc"] input',
  // Chips of the recipients already entered: the 2020 markup's [email] spans
  // and the current [role=option] chips with data-hovercard-id. Never an
  // <img>: the reply area shows your own avatar with your address.
  chips: '[email]:not(img), [role="option"][data-hovercard-id]',
  // A message shown in the thread: the chips in its header are its sender
  // and recipients, not the reply's.
  message: '[data-message-id], [data-legacy-message-id]',
  subject: 'input[name="subjectbox"]',
  buttons: '[role="button"], button',
};

const EMAIL = /[^\s<>,;"']+@[^\s<>,;"']+\.[^\s<>,;"']+/g;

/** @param {Element} el */
export function isSendButton(el) {
  const b = el.closest(SEL.buttons);
  if (!b) return null;
  const label = cleanLabel(b.getAttribute('aria-label') || b.getAttribute('data-tooltip') || b.textContent);
  return /^Send(\b|$)(?! (later|options))/i.test(label) ? b : null;
}

/** The compose window around a body: the nearest ancestor that has a Send button. @param {Element} body */
function composeRoot(body) {
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (![...el.querySelectorAll(SEL.buttons)].some((b) => isSendButton(b))) continue;
    // The 2020 dialog keeps To/Cc/Bcc and the subject in a form of their
    // own beside the body: widen to the compose window that holds them,
    // never past the dialog.
    for (let w = el; w; w = w.parentElement) {
      if (w.querySelector(`${SEL.recipientFields}, ${SEL.subject}`)) return w;
      if (w.matches('[role="dialog"], [role="main"], body')) break;
    }
    return el;
  }
  return null;
}

/** @param {Element} root @param {Element} body */
function recipients(root, body) {
  const seen = new Set();
  const out = [];
  const add = (/** @type {string} */ a) => {
    const k = a.trim().toLowerCase();
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(a.trim());
    }
  };
  for (const chip of root.querySelectorAll(SEL.chips)) {
    if (body.contains(chip)) continue;
    const message = chip.closest(SEL.message);
    if (message && root.contains(message) && !message.contains(body)) continue;
    const a = chip.getAttribute('email') || chip.getAttribute('data-hovercard-id') || '';
    if (a.includes('@')) add(a);
  }
  for (const f of root.querySelectorAll(SEL.recipientFields)) {
    for (const m of String(/** @type {HTMLInputElement} */ (f).value || '').match(EMAIL) || []) add(m);
  }
  return out;
}

/** @returns {import('../composer.js').Composer[]} */
export function composers(doc = document) {
  const out = [];
  for (const body of doc.querySelectorAll(SEL.body)) {
    const root = composeRoot(body);
    if (!root) continue;
    out.push(emailComposer({ site: 'gmail', body, root, subject: SEL.subject, recipients, isSendButton }));
  }
  return out;
}

/** A compose body, found without looking for its Send button. @param {Document} doc */
const hasBody = (doc) => !!doc.querySelector(SEL.body);

/**
 * Health probes: only what must be there.
 * @type {import('../composer.js').Probe[]}
 */
export const probes = [
  {
    id: 'compose-send',
    label: 'the Send button of a compose window',
    expected: hasBody,
    found: (doc) => composers(doc).length > 0,
  },
];

/** @type {import('../composer.js').Adapter} */
export default {
  site: 'gmail',
  label: 'Gmail',
  matches: (/** @type {Location} */ loc) => loc.hostname === 'mail.google.com',
  pageProfile: () => null,
  socialAction: () => null,
  socialActions: () => [],
  composers,
  // Enter is a new line in Gmail; Ctrl/Cmd+Enter sends (the content script holds it everywhere).
  enterSends: () => false,
  probes,
};
