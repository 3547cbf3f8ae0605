// Glassdoor (www.glassdoor.com and the country sites in manifest.json).
//
// Verified on fixtures only: tests/fixtures/pages/glassdoor-review.html (the
// company review form: headline, Pros, Cons, Advice to management) and
// glassdoor-interview.html (the interview review form: the process, the
// questions). No saved real page of Glassdoor exists yet, and its review
// forms (under /mz-survey/, which robots.txt hides) are rarely seen in
// public code: the structure was modelled on the fields Glassdoor's
// published reviews show (pros, cons, advice-management, headline; seen
// through code search, 2026-05) and its `data-test` habit. So this adapter
// leans on what any such form must have: a <form> with textareas, the
// employer named in the form's heading (or an employer field), and a
// Submit button. Class names are never used.
import { cleanLabel } from '../dom.js';

// Labels (data, not logic).
export const LABELS = {
  // The text fields of a review (a form with none of them is something else,
  // e.g. a job application's cover letter), unless the address says survey.
  reviewField: /\b(?:pros|cons|advice|interview|questions?|review|headline|avantages|inconvénients|conseils?|entretien|vorteile|nachteile|ratschläge?|vorstellungsgespräch)\b/i,
  // Single-line fields that are part of what gets published (the review's headline).
  publishedInput: /headline|title of (?:your|the) review|review title|titre de l'avis|überschrift|interview question/i,
  // The heading around the company's name: "Write a review of Acme Corp",
  // "Acme Corp interview review", "Rate Acme Corp"…
  headingBefore: /^(?:(?:write|share|add|leave) (?:a |an |your )?(?:company |employer |interview )?review (?:of|for|about)|review|rate|tell us about your (?:interview|job|time) (?:at|with)|your (?:interview|review) (?:at|of|for)|interview (?:review )?(?:at|for)|évaluez|évaluer|bewerten sie|bewertung für)\s+/i,
  headingAfter: /\s+(?:interview reviews?|company reviews?|reviews?|interview|review form|bewertung|avis)$/i,
  employerField: /^(?:company|employer|company name|employer name|entreprise|nom de l'entreprise|unternehmen|arbeitgeber)$/i,
  // The final button; "Continue"/"Next" only move between steps.
  submit: /^(?:submit|post|publish|envoyer|soumettre|publier|absenden|senden|veröffentlichen)\b/i,
  notSubmit: /^(?:next|continue|back|cancel|skip|weiter|zurück|abbrechen|suivant|continuer|retour|annuler)\b/i,
};

const SEL = {
  form: 'form',
  text: 'textarea, input[type="text"], input:not([type])',
  heading: 'h1, h2, [role="heading"], [data-test*="employer-name"], [data-test*="employerName"]',
  buttons: 'button, input[type="submit"], [role="button"]',
};

/** The label a person sees for a field. @param {Element} field */
function fieldLabel(field) {
  const id = field.getAttribute('id');
  const byFor = id ? field.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const labelledBy = (field.getAttribute('aria-labelledby') || '')
    .split(/\s+/)
    .map((i) => (i ? field.ownerDocument.getElementById(i)?.textContent : ''))
    .join(' ');
  return cleanLabel(
    field.getAttribute('aria-label') ||
      labelledBy ||
      byFor?.textContent ||
      field.closest('label')?.textContent ||
      field.getAttribute('placeholder') ||
      field.getAttribute('name') ||
      field.getAttribute('data-test'),
  );
}

/** The fields of a review form whose text gets published, in page order. @param {Element} form */
function publishedFields(form) {
  return /** @type {(HTMLTextAreaElement|HTMLInputElement)[]} */ (
    [...form.querySelectorAll(SEL.text)].filter(
      (f) => f.tagName === 'TEXTAREA' || LABELS.publishedInput.test(`${fieldLabel(f)} ${f.getAttribute('name') || ''}`),
    )
  );
}

/** The company a review form is about: an employer field, else the form's heading. @param {Element} form */
export function companyOf(form) {
  for (const f of form.querySelectorAll('input')) {
    const v = /** @type {HTMLInputElement} */ (f).value.trim();
    if (v && LABELS.employerField.test(fieldLabel(f))) return v;
  }
  // The heading inside the form, else the nearest one before it.
  let heading = form.querySelector(SEL.heading);
  if (!heading) {
    const all = [...form.ownerDocument.querySelectorAll(SEL.heading)];
    heading = all.filter((h) => h.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).pop() || null;
  }
  const text = cleanLabel(heading?.textContent);
  const name = text.replace(LABELS.headingBefore, '').replace(LABELS.headingAfter, '').trim();
  return name && name !== text ? name : text;
}

/** @param {Element} el @param {Element} form */
function submitOf(el, form) {
  const b = el.closest(SEL.buttons);
  if (!b || !form.contains(b)) return null;
  const label = cleanLabel(b.getAttribute('aria-label') || b.textContent || /** @type {HTMLInputElement} */ (b).value);
  if (LABELS.notSubmit.test(label)) return null;
  if (LABELS.submit.test(label)) return b;
  return b.getAttribute('type') === 'submit' && b.matches('[data-test*="submit" i], [name*="submit" i]') ? b : null;
}

/**
 * One composer per review form: everything it publishes is read together
 * (a vent in Cons must hold Submit as much as one in Pros).
 * @returns {import('../composer.js').Composer[]}
 */
export function composers(doc = document) {
  const out = [];
  for (const form of doc.querySelectorAll(SEL.form)) {
    const fields = publishedFields(form);
    const editable = fields.find((f) => f.tagName === 'TEXTAREA');
    if (!editable) continue;
    const survey = /\/mz-survey\//.test(doc.location?.pathname || '');
    if (!survey && !fields.some((f) => LABELS.reviewField.test(fieldLabel(f)))) continue;
    out.push({
      site: 'glassdoor',
      surface: /** @type {const} */ ('public_post'),
      root: form,
      editable,
      read() {
        const text = publishedFields(form)
          .map((f) => f.value.trim())
          .filter(Boolean)
          .join('\n\n');
        const company = companyOf(form);
        // The review is about the company in its heading: it stands in `to`
        // (a name the page shows), as a comment's `to` is the post's author.
        return { event: { kind: 'compose', site: 'glassdoor', surface: 'public_post', to: company ? [company] : [], text }, segments: [] };
      },
      isSend(/** @type {Element} */ el) {
        return !!submitOf(el, form);
      },
    });
  }
  return out;
}

const HOSTS = ['www.glassdoor.com', 'www.glassdoor.co.uk', 'www.glassdoor.ca', 'www.glassdoor.com.au', 'www.glassdoor.co.in', 'www.glassdoor.de', 'www.glassdoor.fr'];

/** @type {import('../composer.js').Probe[]} */
const probes = [
  {
    id: 'glassdoor-review-form',
    label: 'the text fields of a review form',
    expected: (doc) => /\/mz-survey\/(?:employer|interview)\//.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).length > 0,
  },
];

/** @type {import('../composer.js').Adapter} */
export default {
  site: 'glassdoor',
  label: 'Glassdoor',
  matches: (loc) => HOSTS.includes(loc.hostname),
  pageProfile: () => null,
  socialAction: () => null,
  socialActions: () => [],
  composers,
  enterSends: () => false,
  probes,
};
