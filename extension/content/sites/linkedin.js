// LinkedIn (www.linkedin.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   linkedin/profile-connect-primary-2024-07.html   profile, Connect primary, More -> Follow
//   linkedin/profile-follow-primary-2024-07.html    profile, Follow primary, More -> Connect
//   linkedin/profile-1st-degree-2024-08.html        profile of a connection (nothing to hold)
//   linkedin/feed-comment-box-2022-05.html          feed with an open comment box (Quill)
// and on our fixtures tests/fixtures/pages/linkedin-*.html (profile with
// the invitation dialog, feed with the share dialog, search results, the
// messaging overlay). Search results, the invitation dialog, the post
// composer and message boxes are verified on fixtures only (no real page
// of them yet).
import { cleanLabel, controlOf, readEditable } from '../dom.js';

// Labels (apostrophes straightened by cleanLabel). Data, not logic.
export const LABELS = {
  connect: /^Invite (.+) to connect$/,
  follow: /^Follow (.+)$/,
  like: /^(?:React )?Like (.+)'s post$/,
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
  conversationHeader: '.msg-overlay-bubble-header, .msg-title-bar, .msg-thread__link-to-profile, header',
  conversationTitle: '.msg-overlay-bubble-header__title, .msg-entity-lockup__entity-title, .msg-thread__link-to-profile, h2',
  post: '.feed-shared-update-v2, [data-urn], article',
  // The dialog a Connect opens ("Add a note to your invitation?") and its note box.
  inviteDialog: '.send-invite, [aria-labelledby="send-invite-modal"], [role="dialog"]:has(#custom-message)',
  inviteNote: '#custom-message, textarea[name="message"], textarea.connect-button-send-invite__custom-message',
  submit:
    'button.comments-comment-box__submit-button, button[class*="submit-button"], button.share-actions__primary-action, button.msg-form__send-button, button[type="submit"]',
};

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
  if (page && cleanLabel(name) === page.name && where !== 'aside' && action !== 'like') {
    if (page.profile) target.profile = page.profile;
  } else {
    // A person in a list (search results, "People also viewed"): their own link.
    const item = control.closest('li, [data-chameleon-result-urn], .entity-result');
    const link = item?.querySelector('a[href*="/in/"]')?.getAttribute('href');
    if (link && action !== 'like') target.profile = new URL(link, 'https://www.linkedin.com').href;
  }
  return { kind: 'social', action, target, where, control };
}

/** Every guarded control in the page, for the adapter-health view and the real-page tier. */
export function socialActions(doc = document) {
  const out = [];
  for (const el of doc.querySelectorAll('button[aria-label], [role="button"][aria-label]')) {
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

/** The author of the post a comment box belongs to. @param {Element} editable */
function postAuthor(editable) {
  const post = editable.closest(SEL.post);
  if (!post) return null;
  for (const b of post.querySelectorAll('[aria-label]')) {
    const l = cleanLabel(b.getAttribute('aria-label'));
    const m = LABELS.commentOn.exec(l) || LABELS.like.exec(l);
    if (m) return m[1];
  }
  return null;
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
      const href = a.getAttribute('href') || '';
      const slug = /\/in\/([^/?#]+)/.exec(href)?.[1];
      if (slug) links.add(`https://www.linkedin.com/in/${slug}/`);
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
  for (const editable of doc.querySelectorAll(SEL.editable)) {
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
          const a = postAuthor(editable);
          if (a) to.push(a);
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

export default {
  site: 'linkedin',
  matches: (/** @type {Location} */ loc) => loc.hostname === 'www.linkedin.com',
  pageProfile,
  socialAction,
  socialActions,
  composers,
  // Enter sends in LinkedIn's message boxes (unless the person turned that off).
  enterSends: (/** @type {any} */ c) => c.surface === 'direct_message',
  probes: [
    {
      id: 'profile-actions',
      label: 'the Connect and Follow buttons on profiles',
      // Someone else's profile (not the edit pages below it); your own profile has neither.
      expected: (/** @type {Document} */ doc) => /^\/in\/[^/]+\/?$/.test(doc.location.pathname) && !doc.querySelector('a[href*="/edit/intro"]'),
      found: (/** @type {Document} */ doc) =>
        socialActions(doc).some((a) => a.where === 'top-card') || [...doc.querySelectorAll('main button[aria-label], main [role="button"][aria-label]')].some((b) => /^(Message|Pending|Remove connection|Unfollow)/.test(cleanLabel(b.getAttribute('aria-label')))),
    },
  ],
};
