// Instagram (www.instagram.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   instagram/own-profile-post-modal-2025-06.html   a post open in a dialog over
//                                                   its author's profile: the
//                                                   comment <textarea> ("Add a
//                                                   comment…") and its Post
//                                                   button (a div role=button),
//                                                   the post's Like (an svg
//                                                   aria-label="Like" in a
//                                                   role=button), two comments
//                                                   already liked (Unlike)
// and on our fixtures tests/fixtures/pages/instagram-*.html (a profile with
// its header Follow and a post dialog, a direct-message thread). Follow on
// profiles and in post headers, comment likes and direct messages are
// verified on fixtures only (no real page of them yet).
import { cleanLabel, controlOf, readEditable } from '../dom.js';

// Labels (data, not logic): English, French, Spanish, German, Italian, Portuguese.
export const LABELS = {
  follow: /^(?:Follow|Follow Back|Suivre|Suivre en retour|S'abonner|Seguir|Seguir também|Folgen|Segui)$/i,
  like: /^(?:Like|J'aime|Me gusta|Gefällt mir|Mi piace|Curtir)$/i,
  // The action bar's Comment icon: tells the post's Like from a comment's.
  comment: /^(?:Comment|Commenter|Comentar|Kommentieren|Commenta)$/i,
  commentBox: /^(?:Add a comment|Ajouter un commentaire|Agrega un comentario|Añade un comentario|Kommentieren|Aggiungi un commento|Adicione um comentário)/i,
  post: /^(?:Post|Publier|Publicar|Posten|Pubblica)$/i,
  send: /^(?:Send|Envoyer|Enviar|Senden|Invia)$/i,
  messageBox: /^(?:Message|Écrire un message|Envoyer un message|Mensaje|Nachricht|Messaggio|Mensagem)/i,
};

// First path segments that are pages of Instagram, never a handle.
const RESERVED = new Set(
  'p reel reels tv explore direct accounts stories about legal developer challenge emails session web archive privacy terms help press api jobs nametag topics locations'.split(' '),
);

const SEL = {
  // A profile's header (the username, the stats, the full name and its buttons).
  profileHeader: 'main header',
  post: 'article',
  // A comment box: the textarea of the form under a post.
  commentBox: 'form textarea',
  dmBox: '[contenteditable="true"][role="textbox"]',
  buttons: 'button, [role="button"]',
  dialog: '[role="dialog"]',
  // A thread's message list: links in it are senders, not the header's partner.
  messageList: '[role="grid"], [aria-label^="Messages in conversation"]',
  aside: 'aside',
};

/** The handle a link points to (`/handle/` or `https://www.instagram.com/handle/`), else null. @param {string|null} href */
export function handleOf(href) {
  if (!href) return null;
  let url;
  try {
    url = new URL(href, 'https://www.instagram.com');
  } catch {
    return null;
  }
  if (!/^(?:www\.|m\.)?instagram\.com$/.test(url.hostname)) return null;
  const m = /^\/([\w.]{1,30})\/?$/.exec(url.pathname);
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

/** @param {string} handle */
const profileUrl = (handle) => `https://www.instagram.com/${handle}/`;

/** The first profile a box links to. @param {Element|null} box */
function firstProfile(box) {
  if (!box) return null;
  for (const a of box.querySelectorAll('a[href]')) {
    const h = handleOf(a.getAttribute('href'));
    if (h) return h;
  }
  return null;
}

/** The profile handle in the address, else null. @param {Document} doc */
function addressHandle(doc) {
  const h = /^\/([\w.]{1,30})\/?$/.exec(doc.location?.pathname || '')?.[1];
  return h && !RESERVED.has(h.toLowerCase()) ? h : null;
}

/** @returns {{name: string, profile: string}|null} the profile this page is about */
export function pageProfile(doc = document) {
  const handle = addressHandle(doc);
  const header = doc.querySelector(SEL.profileHeader);
  if (!handle || !header) return null;
  // The full name: the first text line of the header outside the stats, links and buttons.
  let name = '';
  for (const span of header.querySelectorAll('span[dir="auto"]')) {
    if (span.closest('ul, a, button, [role="button"], h1, h2')) continue;
    const t = cleanLabel(span.textContent);
    if (t && t.toLowerCase() !== handle.toLowerCase()) {
      name = t;
      break;
    }
  }
  return { name: name || handle, profile: profileUrl(handle) };
}

/** The author of a post: the first profile its header links to. @param {Element} el */
function postAuthor(el) {
  const post = el.closest(SEL.post);
  const h = firstProfile(post?.querySelector('header') ?? null);
  return h ? profileUrl(h) : null;
}

/** The svg icon label of a control ("Like", "Unlike", "Comment"). @param {Element} control */
function iconOf(control) {
  return cleanLabel(control.querySelector('svg[aria-label]')?.getAttribute('aria-label'));
}

/**
 * What a click on this control would do, or null when we do not guard it.
 * @param {Element} el
 * @returns {import('../composer.js').SocialAction|null}
 */
export function socialAction(el) {
  const control = controlOf(el);
  if (!control || control.matches('a[href]')) return null;
  const doc = control.ownerDocument;
  const text = cleanLabel(control.textContent);
  if (LABELS.follow.test(text) && !control.querySelector('svg')) {
    const profileHead = control.closest(SEL.profileHeader);
    const postHead = control.closest(`${SEL.post} header`);
    if (profileHead && !postHead) {
      const page = pageProfile(doc);
      if (!page) return null;
      return { kind: 'social', action: 'follow', target: page, where: 'top-card', control };
    }
    if (postHead) {
      const h = firstProfile(postHead);
      return h ? { kind: 'social', action: 'follow', target: { profile: profileUrl(h) }, where: 'main', control } : null;
    }
    // A suggestion (a list item with the person's link): walk up to the item that links to one profile.
    for (let item = control.parentElement; item && item !== doc.body; item = item.parentElement) {
      const h = firstProfile(item);
      if (!h) continue;
      return { kind: 'social', action: 'follow', target: { profile: profileUrl(h) }, where: control.closest(SEL.aside) ? 'aside' : 'list', control };
    }
    return null;
  }
  if (LABELS.like.test(iconOf(control))) {
    // Walk up to the first box that holds a profile link or the Comment icon:
    // the post's action bar holds Comment and no link; a comment's row links
    // to its author first.
    for (let box = control.parentElement; box && box !== doc.body; box = box.parentElement) {
      const bar = [...box.querySelectorAll('svg[aria-label]')].some((s) => LABELS.comment.test(cleanLabel(s.getAttribute('aria-label'))));
      const h = firstProfile(box);
      if (bar && (!h || box.matches(SEL.post))) {
        const author = postAuthor(control);
        return author ? { kind: 'social', action: 'like', target: { profile: author }, where: 'main', control } : null;
      }
      if (h) return { kind: 'social', action: 'like', target: { profile: profileUrl(h) }, where: 'comment', control };
    }
    return null;
  }
  return null;
}

/** Every guarded control in the page. */
export function socialActions(doc = document) {
  const out = [];
  for (const el of doc.querySelectorAll(SEL.buttons)) {
    // The innermost control only (Instagram nests role=button elements).
    if (el.querySelector(SEL.buttons) && !el.matches('button')) continue;
    const a = socialAction(el);
    if (a && a.control === el) out.push(a);
  }
  return out;
}

/**
 * The partner of a direct-message thread: the one profile the thread's header
 * links to (links in the message list are senders), else the name it shows.
 * @param {Element} box
 * @returns {string[]}
 */
export function messagePartner(box) {
  const thread = box.closest('[role="main"]') || box.closest('section');
  if (!thread) return [];
  const handles = new Set();
  for (const a of thread.querySelectorAll('a[href]')) {
    if (a.closest(SEL.messageList) || a.contains(box)) continue;
    const h = handleOf(a.getAttribute('href'));
    if (!h) continue;
    handles.add(h.toLowerCase());
  }
  if (handles.size === 1) return [profileUrl([...handles][0])];
  const name = cleanLabel(thread.querySelector('h1, h2')?.textContent);
  return name ? [name] : [];
}

/** The Post / Send button of a compose form. @param {Element} el @param {RegExp} label */
function submitOf(el, label) {
  const b = el.closest(SEL.buttons);
  return b && label.test(cleanLabel(b.textContent || b.getAttribute('aria-label'))) ? b : null;
}

/** A textarea's text (no text nodes to highlight). @param {HTMLTextAreaElement} box */
const readTextarea = (box) => ({ text: box.value, segments: [] });

/**
 * The compose boxes in the page.
 * @returns {import('../composer.js').Composer[]}
 */
export function composers(doc = document) {
  /** @type {import('../composer.js').Composer[]} */
  const out = [];
  for (const box of doc.querySelectorAll(SEL.commentBox)) {
    const label = cleanLabel(box.getAttribute('aria-label') || box.getAttribute('placeholder'));
    if (!LABELS.commentBox.test(label)) continue;
    const root = /** @type {Element} */ (box.closest('form'));
    const area = /** @type {HTMLTextAreaElement} */ (box);
    out.push({
      site: 'instagram',
      surface: 'comment',
      root,
      editable: box,
      read() {
        const { text, segments } = readTextarea(area);
        const author = postAuthor(box);
        return { event: { kind: 'compose', site: 'instagram', surface: 'comment', to: author ? [author] : [], text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = submitOf(el, LABELS.post);
        return !!b && root.contains(b);
      },
    });
  }
  for (const box of doc.querySelectorAll(SEL.dmBox)) {
    const label = cleanLabel(box.getAttribute('aria-label') || box.getAttribute('aria-placeholder'));
    if (!LABELS.messageBox.test(label)) continue;
    // The thread's composer row: the nearest ancestor with a Send button.
    let root = null;
    for (let el = box.parentElement; el && !root; el = el.parentElement) {
      if ([...el.querySelectorAll(SEL.buttons)].some((b) => submitOf(b, LABELS.send))) root = el;
    }
    const rootEl = root || box.parentElement || box;
    out.push({
      site: 'instagram',
      surface: 'direct_message',
      root: rootEl,
      editable: box,
      read() {
        const { text, segments } = readEditable(box);
        return { event: { kind: 'compose', site: 'instagram', surface: 'direct_message', to: messagePartner(box), text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = submitOf(el, LABELS.send);
        return !!b && rootEl.contains(b);
      },
    });
  }
  return out;
}

/** @type {import('../composer.js').Probe[]} */
export const probes = [
  {
    id: 'instagram-comment-box',
    label: 'the comment box under a post',
    expected: (doc) => /^\/(?:[\w.]+\/)?p\/[\w-]+/.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).some((c) => c.surface === 'comment'),
  },
  {
    id: 'instagram-post-like',
    label: 'the Like button of a post',
    expected: (doc) => /^\/(?:[\w.]+\/)?p\/[\w-]+/.test(doc.location?.pathname || ''),
    // A post already liked shows Unlike instead.
    found: (doc) =>
      socialActions(doc).some((a) => a.action === 'like' && a.where === 'main') ||
      [...doc.querySelectorAll(`${SEL.post} section svg[aria-label]`)].some((s) => /^Unlike$/i.test(cleanLabel(s.getAttribute('aria-label')))),
  },
  {
    id: 'instagram-profile-follow',
    label: 'the Follow button on profiles',
    expected: (doc) => !!pageProfile(doc),
    // Someone you follow shows Following; your own profile, Edit profile.
    found: (doc) =>
      socialActions(doc).some((a) => a.where === 'top-card') ||
      [...doc.querySelectorAll(`${SEL.profileHeader} button, ${SEL.profileHeader} a[href], ${SEL.profileHeader} [role="button"]`)].some((b) =>
        /^(?:Following|Requested|Edit profile)$/i.test(cleanLabel(b.textContent)),
      ),
  },
  {
    id: 'instagram-dm-box',
    label: 'the message box in direct messages',
    expected: (doc) => /^\/direct\/t\/[\w-]+/.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).some((c) => c.surface === 'direct_message'),
  },
];

export default {
  site: 'instagram',
  label: 'Instagram',
  matches: (/** @type {Location} */ loc) => loc.hostname === 'www.instagram.com',
  pageProfile,
  socialAction,
  socialActions,
  composers,
  // Enter sends a direct message and posts a comment (Shift+Enter is a new line).
  enterSends: () => true,
  probes,
};
