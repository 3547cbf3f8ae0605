// LinkedIn (www.linkedin.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   linkedin/profile-connect-primary-2024-07.html   profile, Connect primary, More -> Follow
//   linkedin/profile-follow-primary-2024-07.html    profile, Follow primary, More -> Connect
//   linkedin/profile-1st-degree-2024-08.html        profile of a connection (nothing to hold)
//   linkedin/feed-comment-box-2022-05.html          feed with an open comment box (Quill)
//   linkedin/feed-sdui-2026-05.html                 the 2026 feed: hashed classes; Follow and
//                                                   the reaction button ("Reaction button state:
//                                                   no reaction") per post, the author named by the
//                                                   post's menu and picture link; the messaging
//                                                   overlay inside an open shadow root (2026-05)
// and on our fixtures tests/fixtures/pages/linkedin-*.html (profile with
// the invitation dialog, feed with the share dialog, search results, the
// messaging overlay, the full messaging page, the 2026 feed with an open
// conversation in a shadow root). Search results, the invitation dialog,
// the post composer and message boxes are verified on fixtures only (no
// real page shows them open); the class names they use also appear in the
// 2026 page's messaging styles (msg-form__contenteditable,
// msg-form__send-button, msg-overlay-bubble-header__title).
import { cleanLabel, controlOf, deepQueryAll, readEditable } from '../dom.js';

// Labels (apostrophes straightened by cleanLabel). Data, not logic.
export const LABELS = {
  connect: /^Invite (.+) to connect$/,
  follow: /^Follow (.+)$/,
  like: /^(?:React )?Like (.+)'s post$/,
  // The 2026 feed's reaction button does not name the author; the post's
  // own menu does ("Open control menu for post by Jane Doe"). A button that
  // already shows a reaction takes it back: not guarded.
  reactNone: /^Reaction button state: no reaction$/,
  postBy: /^(?:Open control menu for post by|Hide post by) (.+)$/,
  // The author's picture link: "View Jane Doe's profile", "View Aurimas Griciūnas' profile".
  viewProfile: /^View (.+?)(?:'s|')? profile$/,
  commentOn: /^Comment on (.+)'s post$/,
  // The invitation dialog's send buttons (with or without a note).
  inviteSend: /^Send(?: now| invitation| without a note)?$/i,
};

const SEL = {
  topCard: 'main section:has(h1)',
  topCardName: 'h1',
  contactInfo: 'a[href*="/overlay/contact-info"]',
  // The copy of the top card's buttons that sticks to the top when scrolled.
  sticky: '.scaffold-layout-toolbar, [class*="sticky-header"]',
  aside: 'aside',
  editable: '[contenteditable="true"][role="textbox"]',
  commentBox: '.comments-comment-box, .comments-comment-texteditor, [class*="comment-box"]',
  messageBox: '.msg-form, [class*="msg-form"]',
  // A conversation: the overlay bubble, or the thread on the messaging page.
  conversation: '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread',
  // Its header, where the partner's name links to their profile (never the
  // message list: its links are every sender's, including your own).
  conversationHeader: '.msg-overlay-bubble-header, .msg-overlay-conversation-bubble-header, .msg-title-bar, .msg-thread__link-to-profile, header',
  conversationTitle: '.msg-overlay-bubble-header__title, .msg-entity-lockup__entity-title, .msg-thread__link-to-profile, h2',
  // A post: the 2022–2024 update, or the 2026 feed's list item.
  post: '.feed-shared-update-v2, [data-urn], article, [role="listitem"]',
  // The 2022–2024 author block (never the "X likes this" header above it).
  actor: '.update-components-actor, .feed-shared-actor',
  // The dialog a Connect opens ("Add a note to your invitation?") and its note box.
  inviteDialog: '.send-invite, [aria-labelledby="send-invite-modal"], [role="dialog"]:has(#custom-message)',
  inviteNote: '#custom-message, textarea[name="message"], textarea.connect-button-send-invite__custom-message',
  submit:
    'button.comments-comment-box__submit-button, button[class*="submit-button"], button.share-actions__primary-action, button.msg-form__send-button, button[type="submit"]',
};

/** A profile link's canonical URL (https://www.linkedin.com/in/SLUG/), or ''. @param {string|null|undefined} href */
function profileUrl(href) {
  const slug = /\/in\/([^/?#]+)/.exec(href || '')?.[1];
  return slug ? `https://www.linkedin.com/in/${slug}/` : '';
}

/**
 * The profile link of a post's author called `name`: the 2026 picture link
 * ("View NAME's profile"), else the 2022–2024 author block when it shows
 * that name. Links in the "X likes this" / "X and 3 other connections
 * follow this Page" line above the post are never taken.
 * @param {Element} post @param {string} name
 */
function authorLink(post, name) {
  const want = cleanLabel(name);
  for (const a of post.querySelectorAll('a[href*="/in/"]')) {
    const labels = [a.getAttribute('aria-label'), ...[...a.querySelectorAll('img[alt], [aria-label]')].map((e) => e.getAttribute('alt') || e.getAttribute('aria-label'))];
    for (const l of labels) {
      const m = LABELS.viewProfile.exec(cleanLabel(l));
      if (m && m[1] === want) return profileUrl(a.getAttribute('href'));
    }
  }
  for (const actor of post.querySelectorAll(SEL.actor)) {
    if (!cleanLabel(actor.textContent).includes(want)) continue;
    const href = actor.querySelector('a[href*="/in/"]')?.getAttribute('href');
    if (href) return profileUrl(href);
  }
  return '';
}

/**
 * The author of the post an element sits in: the name its buttons give
 * ("Like NAME's post", "Comment on NAME's post", the 2026 "Open control
 * menu for post by NAME"), with their profile when the post links it.
 * @param {Element} el
 * @returns {{name: string, profile?: string}|null}
 */
export function postAuthor(el) {
  const post = el.closest(SEL.post);
  if (!post) return null;
  for (const b of post.querySelectorAll('[aria-label]')) {
    const l = cleanLabel(b.getAttribute('aria-label'));
    const m = LABELS.commentOn.exec(l) || LABELS.like.exec(l) || LABELS.postBy.exec(l);
    if (!m) continue;
    const profile = authorLink(post, m[1]);
    return profile ? { name: m[1], profile } : { name: m[1] };
  }
  return null;
}

/** Whether a post-like element is a 2026 feed post (it has the post's menu). @param {Element} post */
function isFeedPost(post) {
  return [...post.querySelectorAll('button[aria-label]')].some((b) => LABELS.postBy.test(cleanLabel(b.getAttribute('aria-label'))));
}

/** @returns {{name: string, profile: string}|null} the profile this page is about */
export function pageProfile(doc = document) {
  const card = doc.querySelector(SEL.topCard);
  const name = cleanLabel(card?.querySelector(SEL.topCardName)?.textContent);
  if (!card || !name) return null;
  let slug = /^\/in\/([^/]+)/.exec(doc.location?.pathname || '')?.[1];
  if (!slug) {
    const href = doc.querySelector(SEL.contactInfo)?.getAttribute('href') || '';
    slug = /\/in\/([^/]+)/.exec(href)?.[1];
  }
  return { name, profile: slug ? `https://www.linkedin.com/in/${slug}/` : '' };
}

/**
 * A send button of the invitation dialog: the connection it sends, with the
 * note when one was written. The dialog does not reliably name the person:
 * `target` is null and the content script fills in whom the Connect click
 * that opened it was for.
 * @param {Element} control
 */
function inviteSend(control) {
  const dialog = control.closest(SEL.inviteDialog);
  if (!dialog) return null;
  const label = cleanLabel(control.getAttribute('aria-label') || control.textContent);
  if (!LABELS.inviteSend.test(label)) return null;
  const box = /** @type {HTMLTextAreaElement|null} */ (dialog.querySelector(SEL.inviteNote));
  const note = box && !box.closest('[hidden]') ? box.value : '';
  return { kind: /** @type {const} */ ('social'), action: 'connect', target: null, where: 'invite-dialog', control, invite: true, note, noteBox: box };
}

/**
 * What a click on this control would do, or null when we do not guard it.
 * @param {Element} el
 * @returns {{kind: 'social', action: string, target: {name: string, profile?: string}|null, where: string, control: Element, invite?: boolean, note?: string, noteBox?: Element|null}|null}
 */
export function socialAction(el) {
  const control = controlOf(el);
  if (!control) return null;
  const invite = inviteSend(control);
  if (invite) return invite;
  const label = cleanLabel(control.getAttribute('aria-label'));
  let action = null;
  let name = null;
  for (const [a, re] of [['connect', LABELS.connect], ['follow', LABELS.follow], ['like', LABELS.like]]) {
    const m = /** @type {RegExp} */ (re).exec(label);
    if (m) {
      action = /** @type {string} */ (a);
      name = m[1];
      break;
    }
  }
  /** @type {{name: string, profile?: string}|null} */
  let author = null;
  if (!action && LABELS.reactNone.test(label)) {
    // 2026: the reaction button names nobody; a post without an author (an ad for a course) is not guarded.
    author = postAuthor(control);
    if (!author) return null;
    action = 'like';
    name = author.name;
  }
  if (!action || !name) return null;
  const doc = control.ownerDocument;
  const page = pageProfile(doc);
  const card = doc.querySelector(SEL.topCard);
  let where = 'list';
  if (card && card.contains(control)) where = 'top-card';
  else if (control.closest(SEL.sticky)) where = 'sticky';
  else if (control.closest(SEL.aside)) where = 'aside';
  else if (control.closest('main')) where = 'main';
  /** @type {{name: string, profile?: string}} */
  const target = { name };
  const post = control.closest(SEL.post);
  if (page && cleanLabel(name) === page.name && where !== 'aside' && action !== 'like') {
    if (page.profile) target.profile = page.profile;
  } else if (action === 'like') {
    // A post's author: their picture or author link, never the "X likes this" line.
    const profile = author?.profile || (post ? authorLink(post, name) : '');
    if (profile) target.profile = profile;
  } else if (post && isFeedPost(post)) {
    // Follow in a 2026 feed post: the author's link only (a company's post
    // lists connections who follow it: their links are not the target).
    const profile = authorLink(post, name);
    if (profile) target.profile = profile;
  } else {
    // A person in a list (search results, "People also viewed"): their own link.
    const item = control.closest('li, [data-chameleon-result-urn], .entity-result');
    const link = item?.querySelector('a[href*="/in/"]')?.getAttribute('href');
    if (link) target.profile = new URL(link, 'https://www.linkedin.com').href;
  }
  return { kind: 'social', action, target, where, control };
}

/** Every guarded control in the page, for the adapter-health view and the real-page tier. */
export function socialActions(doc = document) {
  const out = [];
  // The 2026 profile's Connect is a link ("Invite NAME to connect" to a custom-invite address).
  for (const el of deepQueryAll(doc, 'button[aria-label], [role="button"][aria-label], [role="menuitem"][aria-label], a[href][aria-label]')) {
    const a = socialAction(el);
    if (a) out.push(a);
  }
  return out;
}

/** @param {Element} editable */
function surfaceOf(editable) {
  if (editable.closest(SEL.commentBox)) return 'comment';
  if (editable.closest(SEL.messageBox)) return 'direct_message';
  const ph = `${editable.getAttribute('aria-placeholder') || ''} ${editable.getAttribute('data-placeholder') || ''}`;
  if (/comment|reply/i.test(ph)) return 'comment';
  return 'public_post';
}

/**
 * The partner of the conversation a message box belongs to: their profile
 * URL when the header links to exactly one profile, else the name the
 * header shows (a group shows several names: one entry each).
 * @param {Element} editable
 * @returns {string[]}
 */
export function messagePartner(editable) {
  const convo = editable.closest(SEL.conversation);
  if (!convo) return [];
  const headers = [...convo.querySelectorAll(SEL.conversationHeader)].filter((hd) => !hd.contains(editable));
  const links = new Set();
  for (const hd of headers) {
    const own = hd.matches('a[href*="/in/"]') ? [hd] : [];
    for (const a of [...own, ...hd.querySelectorAll('a[href*="/in/"]')]) {
      const url = profileUrl(a.getAttribute('href'));
      if (url) links.add(url);
    }
  }
  if (links.size === 1) return [...links];
  for (const hd of headers) {
    const title = hd.matches(SEL.conversationTitle) ? hd : hd.querySelector(SEL.conversationTitle);
    const text = cleanLabel(title?.textContent);
    if (text) return text.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
  }
  return [];
}

/**
 * The compose boxes in the page.
 * @returns {import('../composer.js').Composer[]}
 */
export function composers(doc = document) {
  const out = [];
  // Message boxes of the 2026 interface live in an open shadow root.
  for (const editable of deepQueryAll(doc, SEL.editable)) {
    if (editable.classList.contains('ql-clipboard')) continue;
    const surface = surfaceOf(editable);
    const root = editable.closest('form') || editable.closest('.share-box, [role="dialog"]') || editable.parentElement || editable;
    out.push({
      site: 'linkedin',
      surface,
      root,
      editable,
      read() {
        const { text, segments } = readEditable(editable);
        /** @type {string[]} */
        const to = [];
        if (surface === 'comment') {
          // The author by name, and by profile when the post links it (one person: counted once).
          const a = postAuthor(editable);
          if (a) to.push(a.name, ...(a.profile ? [a.profile] : []));
        } else if (surface === 'direct_message') {
          to.push(...messagePartner(editable));
        }
        return { event: { kind: 'compose', site: 'linkedin', surface, to, text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = el.closest('button');
        return !!b && root.contains(b) && b.matches(SEL.submit);
      },
    });
  }
  return out;
}

const PROFILE_PATH = /^\/in\/[^/]+\/?$/;

/**
 * Health probes: only what must be there.
 * @type {import('../composer.js').Probe[]}
 */
export const probes = [
  {
    id: 'profile-name',
    label: 'the name at the top of profiles',
    expected: (doc) => PROFILE_PATH.test(doc.location?.pathname || ''),
    found: (doc) => !!pageProfile(doc),
  },
  {
    id: 'profile-actions',
    label: 'the Connect and Follow buttons on profiles',
    // Someone else's profile (your own has neither, nor do its edit pages):
    // Connect or Follow in the top card, or what a connection's profile
    // shows instead (Message, Pending, Unfollow…).
    expected: (doc) => PROFILE_PATH.test(doc.location?.pathname || '') && !doc.querySelector('a[href*="/edit/intro"]'),
    found: (doc) =>
      socialActions(doc).some((a) => a.where === 'top-card') ||
      [...doc.querySelectorAll('main button[aria-label], main [role="button"][aria-label], main a[aria-label]')].some((b) => /^(Message|Pending|Remove connection|Unfollow)/.test(cleanLabel(b.getAttribute('aria-label')))),
  },
  {
    id: 'message-partner',
    label: 'whom a message box writes to',
    expected: (doc) => composers(doc).some((c) => c.surface === 'direct_message'),
    found: (doc) => composers(doc).every((c) => c.surface !== 'direct_message' || messagePartner(c.editable).length > 0),
  },
  {
    id: 'comment-author',
    label: 'the author of the post a comment answers',
    expected: (doc) => composers(doc).some((c) => c.surface === 'comment'),
    found: (doc) => composers(doc).every((c) => c.surface !== 'comment' || !!postAuthor(c.editable)),
  },
];

/** @type {import('../composer.js').Adapter} */
export default {
  site: 'linkedin',
  label: 'LinkedIn',
  matches: (/** @type {Location} */ loc) => loc.hostname === 'www.linkedin.com',
  pageProfile,
  socialAction: /** @type {any} */ (socialAction),
  socialActions: /** @type {any} */ (socialActions),
  composers,
  // Enter sends in LinkedIn's message boxes (unless the person turned that off).
  enterSends: (/** @type {any} */ c) => c.surface === 'direct_message',
  probes,
};
