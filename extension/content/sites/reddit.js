// Reddit (www.reddit.com, old.reddit.com).
//
// Verified on fixtures only: tests/fixtures/pages/reddit-post.html (a post
// page of the current UI: the collapsed "Join the conversation" box, the
// comment composer, a reply composer under a comment), reddit-submit.html
// (the new-post form) and reddit-old.html (old.reddit.com: the comment
// form, a reply form, the "save" buttons). No saved real page of Reddit
// exists yet. The structure was modelled on what public automation scripts
// and extensions rely on (studied through code search, 2026-05): the
// current UI is built of web components — `shreddit-post` and
// `shreddit-comment` carry the author in an `author` attribute;
// `comment-composer-host` first shows a `faceplate-textarea-input` trigger
// ("Join the conversation") that turns into a `shreddit-composer` holding
// the editor (`div[contenteditable][role="textbox"]`, in its light DOM or
// its open shadow root) and its `button[slot="submit-button"]`; the new-post
// form has a `faceplate-textarea-input[name="title"]` whose textarea lives
// in its shadow root, the body in a `shreddit-composer`, and a Post button
// inside the shadow root of `#submit-post-button`. Old Reddit has plain
// `form.usertext` forms with `textarea[name="text"]` and a "save" button;
// `.thing` elements carry `data-author`.
import { cleanLabel, deepQueryAll, readEditable } from '../dom.js';

// Labels (data, not logic).
export const LABELS = {
  // The buttons that publish what the box holds.
  submit: /^(?:Comment|Reply|Post|Save|save|submit|Kommentieren|Commenter|Publier|Posten|Enregistrer|Speichern)$/i,
};

const SEL = {
  composer: 'shreddit-composer',
  editor: '[contenteditable="true"][role="textbox"], div[name="body"][contenteditable="true"]',
  // Where a composer writes a comment (the post's box, or a reply under a comment).
  commentPlace: 'comment-composer-host, shreddit-comment, shreddit-comment-tree',
  comment: 'shreddit-comment',
  post: 'shreddit-post',
  // The new-post form and its title.
  postForm: 'r-post-composer-form, shreddit-post-composer, faceplate-form, form',
  title: 'faceplate-textarea-input[name="title"]',
  submitButton: 'button[slot="submit-button"], button[type="submit"], #inner-post-submit-button',
  // old.reddit.com
  oldForm: 'form.usertext',
  oldText: 'textarea[name="text"]',
  oldThing: '.thing[data-author]',
  oldNewPost: 'form#newlink',
  oldTitle: 'textarea[name="title"]',
};

/** The parent across shadow roots. @param {Node} n @returns {Element|null} */
function composedParent(n) {
  const p = n.parentNode;
  if (p instanceof ShadowRoot) return p.host;
  return p instanceof Element ? p : null;
}

/** closest() that continues through shadow roots. @param {Element|null} el @param {string} sel */
export function closestDeep(el, sel) {
  for (let n = el; n; n = composedParent(n)) if (n.matches(sel)) return n;
  return null;
}

/** Whether root contains el, across shadow roots. @param {Element} root @param {Element} el */
function containsDeep(root, el) {
  for (let n = /** @type {Element|null} */ (el); n; n = composedParent(n)) if (n === root) return true;
  return false;
}

/** A username's canonical profile URL. @param {string|null|undefined} name */
function profileOf(name) {
  const u = String(name ?? '').trim().replace(/^\/?u(?:ser)?\//, '');
  if (!/^[\w-]{2,}$/.test(u) || /^\[deleted\]$/.test(u)) return null;
  return `https://www.reddit.com/user/${u}/`;
}

/** The submit button around el, if it publishes. @param {Element} el */
function submitOf(el) {
  const b = el.closest('button');
  if (!b) return null;
  if (b.matches(SEL.submitButton)) return b;
  const label = cleanLabel(b.getAttribute('aria-label') || b.textContent);
  return LABELS.submit.test(label) ? b : null;
}

/** The title the new-post form holds (its textarea is in the field's shadow root). @param {Element} form */
function titleOf(form) {
  const field = form.querySelector(SEL.title);
  if (!field) return '';
  const inner = /** @type {HTMLTextAreaElement|null} */ (field.shadowRoot?.querySelector('textarea'));
  return String(inner?.value ?? /** @type {any} */ (field).value ?? field.getAttribute('value') ?? '').trim();
}

/**
 * The text of a post: its title on the first line, then the body. The
 * segments map the body's part of the text (a title inside a textarea
 * cannot be highlighted).
 * @param {string} title @param {{text: string, segments: {node: Text, start: number, end: number}[]}} body
 */
function withTitle(title, body) {
  if (!title) return body;
  const shift = title.length + 1;
  return {
    text: body.text ? `${title}\n${body.text}` : title,
    segments: body.segments.map((s) => ({ node: s.node, start: s.start + shift, end: s.end + shift })),
  };
}

/** @param {Element} composer @returns {Element|null} */
function editorOf(composer) {
  return composer.querySelector(SEL.editor) || composer.shadowRoot?.querySelector(SEL.editor) || null;
}

/** The composers of the current UI. @param {Document} doc */
function newComposers(doc) {
  /** @type {import('../composer.js').Composer[]} */
  const out = [];
  const onSubmitPage = /\/submit\/?$/.test(doc.location?.pathname || '');
  for (const composer of deepQueryAll(doc, SEL.composer)) {
    const editable = editorOf(composer);
    if (!editable) continue;
    const place = closestDeep(composer, SEL.commentPlace);
    const form = closestDeep(composer, SEL.postForm);
    /** @type {'comment'|'public_post'} */
    let surface;
    if (place) surface = 'comment';
    else if (form && (onSubmitPage || form.querySelector(SEL.title))) surface = 'public_post';
    else continue; // a composer we do not know (modmail, chat): no guess
    const root = surface === 'public_post' && form ? form : place && !place.matches(SEL.comment) ? place : composer;
    out.push({
      site: 'reddit',
      surface,
      root,
      editable,
      read() {
        let r = readEditable(editable);
        /** @type {string[]} */
        const to = [];
        if (surface === 'public_post') {
          r = withTitle(titleOf(root), r);
        } else {
          // A reply names the comment it answers; else the post's author.
          const comment = closestDeep(composer, SEL.comment);
          const author = comment ? comment.getAttribute('author') : doc.querySelector(SEL.post)?.getAttribute('author');
          const p = profileOf(author);
          if (p) to.push(p);
        }
        return { event: { kind: 'compose', site: 'reddit', surface, to, text: r.text }, segments: r.segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = submitOf(el);
        return !!b && containsDeep(root, b) && !containsDeep(editable, b);
      },
    });
  }
  return out;
}

/** The plain forms of old.reddit.com. @param {Document} doc */
function oldComposers(doc) {
  /** @type {import('../composer.js').Composer[]} */
  const out = [];
  for (const form of doc.querySelectorAll(`${SEL.oldForm}, ${SEL.oldNewPost}`)) {
    const editable = /** @type {HTMLTextAreaElement|null} */ (form.querySelector(SEL.oldText));
    if (!editable) continue;
    // A hidden template form (old Reddit clones it for each reply) is no box yet.
    if (form.closest('[style*="display: none"], [style*="display:none"], [hidden]')) continue;
    const thing = form.closest(SEL.oldThing);
    const inComments = !!form.closest('.commentarea') || !!thing?.classList.contains('comment');
    /** @type {'comment'|'public_post'} */
    const surface = form.matches(SEL.oldNewPost) || !inComments ? 'public_post' : 'comment';
    out.push({
      site: 'reddit',
      surface,
      root: form,
      editable,
      read() {
        const title = /** @type {HTMLTextAreaElement|null} */ (form.querySelector(SEL.oldTitle))?.value.trim() || '';
        const body = editable.value;
        const text = title ? (body ? `${title}\n${body}` : title) : body;
        /** @type {string[]} */
        const to = [];
        if (surface === 'comment') {
          const author = thing ? thing.getAttribute('data-author') : doc.querySelector(`.thing.link${SEL.oldThing}`)?.getAttribute('data-author');
          const p = profileOf(author);
          if (p) to.push(p);
        }
        // A textarea's text cannot be highlighted: no segments.
        return { event: { kind: 'compose', site: 'reddit', surface, to, text }, segments: [] };
      },
      isSend(/** @type {Element} */ el) {
        const b = submitOf(el);
        return !!b && form.contains(b);
      },
    });
  }
  return out;
}

/** @returns {import('../composer.js').Composer[]} */
export function composers(doc = document) {
  return doc.location?.hostname === 'old.reddit.com' ? oldComposers(doc) : newComposers(doc);
}

/** @type {import('../composer.js').Probe[]} */
const probes = [
  {
    id: 'reddit-submit',
    label: 'the body of a new post',
    expected: (doc) => /\/submit\/?$/.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).some((c) => c.surface === 'public_post'),
  },
];

/** @type {import('../composer.js').Adapter} */
export default {
  site: 'reddit',
  label: 'Reddit',
  matches: (loc) => loc.hostname === 'www.reddit.com' || loc.hostname === 'old.reddit.com',
  // Reddit names people by pseudonymous usernames: no profile views or
  // follows are guarded (see the README's site table).
  pageProfile: () => null,
  socialAction: () => null,
  socialActions: () => [],
  composers,
  // Enter is a new line in posts and comments.
  enterSends: () => false,
  probes,
};
