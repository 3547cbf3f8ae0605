// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com).
//
// Verified on fixtures only: tests/fixtures/pages/outlook-mail.html (a new
// message and an inline reply in the reading pane). No saved real page of
// Outlook exists yet. The structure was modelled on what public extensions
// and automation scripts rely on (studied through code search, 2026-05):
// the body is a `div[contenteditable][role="textbox"]` whose aria-label
// starts with "Message body" (sometimes "Message body, press Alt+F10 to
// exit"); the recipient wells are elements labelled "To", "Cc", "Bcc"
// holding persona chips whose title or label carries "Name <address>" or a
// span with the address; the subject is `input[aria-label="Add a subject"]`;
// Send is a button labelled or titled "Send" (Ctrl+Enter sends too). Class
// names are generated and never used here.
import { cleanLabel, emailComposer } from '../dom.js';

// Labels in the UI languages we know (data, not logic). Apostrophes and
// spaces are normalised by cleanLabel before matching.
export const LABELS = {
  // The body's aria-label starts with one of these.
  body: ['Message body', 'Corps du message', 'Nachrichtentext', 'Cuerpo del mensaje'],
  wells: ['To', 'Cc', 'Bcc', 'À', 'A', 'Cci', 'An', 'Para', 'CC', 'CCO'],
  subject: ['Add a subject', 'Subject', 'Ajouter un objet', 'Objet', 'Betreff hinzufügen', 'Betreff', 'Agregar un asunto', 'Asunto'],
  // "Send", "Send (Ctrl+Enter)"; never "Send later" or "More send options".
  // Words of controls that may sit in a well (not a person's name).
  notNames: /^(?:Remove|Delete|Open|Add|Show|Select|Supprimer|Entfernen|Quitar|Ajouter)\b/i,
  send: /^(?:Send|Envoyer|Senden|Enviar)(?: \((?:Ctrl|Strg)\+(?:Enter|Entrée|Eingabe|Intro)\))?$/i,
};

const attrList = (/** @type {string} */ attr, /** @type {string[]} */ values) => values.map((v) => `[${attr}="${v}"]`).join(', ');

const SEL = {
  body: LABELS.body.map((l) => `div[contenteditable="true"][role="textbox"][aria-label^="${l}"]`).join(', '),
  wells: attrList('aria-label', LABELS.wells),
  subject: LABELS.subject.map((l) => `input[aria-label="${l}"], input[placeholder="${l}"]`).join(', '),
  buttons: 'button, [role="button"]',
  // A persona chip in a well: a button-like element, or anything carrying a title.
  chip: '[role="button"], [title], [data-lpc-hover-target-id], [aria-label]',
};

const EMAIL = /[^\s<>,;"'()]+@[^\s<>,;"'()]+\.[^\s<>,;"'()]+/g;

/** The text of an element with its text nodes kept apart ("Jane Doe" + "jane@…" is not "Doejane@…"). @param {Element} el */
function spacedText(el) {
  const parts = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(/** @type {Text} */ (n).data);
  return cleanLabel(parts.join(' '));
}

/** The Send button around el, or null. @param {Element} el */
export function isSendButton(el) {
  const b = el.closest(SEL.buttons);
  if (!b) return null;
  const labels = [b.getAttribute('aria-label'), b.getAttribute('title'), b.textContent].map(cleanLabel).filter(Boolean);
  return labels.length && LABELS.send.test(labels[0]) ? b : null;
}

/** The compose form around a body: the nearest ancestor with a Send button. @param {Element} body */
function composeRoot(body) {
  for (let el = body.parentElement; el; el = el.parentElement) {
    for (const b of el.querySelectorAll(SEL.buttons)) if (isSendButton(b)) return el;
  }
  return null;
}

/**
 * Every recipient in the To, Cc and Bcc wells: the address of each chip
 * (from its title, label or text), the chip's name when it shows no
 * address, and any address typed but not yet turned into a chip.
 * @param {Element} root @param {Element} body
 */
export function recipients(root, body) {
  const seen = new Set();
  /** @type {string[]} */
  const out = [];
  const add = (/** @type {string} */ a) => {
    const v = a.trim();
    const k = v.toLowerCase();
    if (v && !seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  };
  const areas = new Set();
  for (const well of root.querySelectorAll(SEL.wells)) {
    if (well.contains(body) || body.contains(well)) continue;
    const area = wellArea(well, body);
    if (areas.has(area)) continue;
    areas.add(area);
    const chips = [...area.querySelectorAll(SEL.chip)].filter((c) => !c.matches(SEL.wells));
    const outer = chips.filter((c) => !chips.some((o) => o !== c && o.contains(c)));
    for (const chip of outer) {
      const labelled = [chip, ...chip.querySelectorAll('[title], [aria-label]')];
      const found = [
        ...labelled.flatMap((n) => `${n.getAttribute('title') || ''} ${n.getAttribute('aria-label') || ''}`.match(EMAIL) || []),
        ...(spacedText(chip).match(EMAIL) || []),
      ];
      if (found.length) {
        for (const a of found) add(a);
        continue;
      }
      const name = cleanLabel(chip.getAttribute('title') || chip.getAttribute('aria-label') || chip.textContent);
      // A chip without an address shows the person's name ("Jane Doe"), never a control word.
      if (/^\p{L}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){1,3}$/u.test(name) && !LABELS.notNames.test(name)) add(name);
    }
    for (const a of spacedText(area).match(EMAIL) || []) add(a);
  }
  return out;
}

/**
 * The part of the page that belongs to one well: the labelled element and
 * up to two containers around it (the chips may sit beside the input),
 * never one that holds the body or another kind of well.
 * @param {Element} well @param {Element} body
 */
function wellArea(well, body) {
  const label = well.getAttribute('aria-label');
  let area = well;
  let p = well.parentElement;
  for (let i = 0; i < 2 && p && !p.contains(body); i++, p = p.parentElement) {
    if ([...p.querySelectorAll(SEL.wells)].some((w) => w.getAttribute('aria-label') !== label)) break;
    if (p.querySelector(SEL.subject)) break;
    area = p;
  }
  return area;
}

/** @returns {import('../composer.js').Composer[]} */
export function composers(doc = document) {
  const out = [];
  for (const body of doc.querySelectorAll(SEL.body)) {
    const root = composeRoot(body);
    if (!root) continue;
    out.push(emailComposer({ site: 'outlook', body, root, subject: SEL.subject, recipients, isSendButton }));
  }
  return out;
}

/** @type {import('../composer.js').Probe[]} */
const probes = [
  {
    id: 'outlook-compose',
    label: 'the message body and Send button of a new message',
    // A compose deep link opens a new message on its own page.
    expected: (doc) => /\/mail\/(?:\d+\/)?deeplink\/compose/.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).length > 0,
  },
];

/** @type {import('../composer.js').Adapter} */
export default {
  site: 'outlook',
  label: 'Outlook',
  matches: (loc) => ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'].includes(loc.hostname),
  pageProfile: () => null,
  socialAction: () => null,
  socialActions: () => [],
  composers,
  // Enter is a new line in a message; Ctrl+Enter sends (the content script holds it everywhere).
  enterSends: () => false,
  probes,
};
