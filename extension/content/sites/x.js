// X (x.com, twitter.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   x/home-timeline-2025-02.html   home timeline: the post box (Draft.js,
//                                  data-testid="tweetTextarea_0") with its
//                                  inline Post button; six posts with Like
//                                  ("27 Likes. Like": the label carries the
//                                  count, so data-testid="like" is the handle);
//                                  "Who to follow" in the sidebar with three
//                                  Follow buttons ("Follow @handle", data-testid
//                                  "<user id>-follow")
// and on our fixtures tests/fixtures/pages/x-*.html (a profile with its
// header Follow and the reply dialog, a post page with the inline reply box,
// a direct-message conversation). Profiles, replies and direct messages are
// verified on fixtures only (no real page of them yet); the direct-message
// markup (data-testid="dmComposerTextInput", "dmComposerSendButton", the
// conversation header) is the least certain.
import { cleanLabel, controlOf, readEditable } from '../dom.js';

// Labels (data, not logic). Follow buttons are found by data-testid; the
// @handle is read from their label in any UI language.
export const LABELS = {
  handleInLabel: /@(\w{1,15})\b/,
  // The submit button of a reply (its data-testid is the same as a post's).
  replyButton: /^(?:Reply|Répondre|Responder|Antworten|Rispondi)$/i,
  // The reply box's placeholder: "Post your reply", "Postez votre réponse", …
  replyPlaceholder: /\b(?:reply|réponse|respuesta|antwort|risposta)\b/i,
  // "Replying to @handle" above a reply in the dialog.
  replyingTo: /^(?:Replying to|En réponse à|Respondiendo a|Antwort an|In risposta a)\b/i,
};

// First path segments that are pages of X, never a handle.
const RESERVED = new Set(
  'home explore notifications messages i settings search compose login logout signup tos privacy jobs premium bookmarks lists communities hashtag intent share account about download display keyboard_shortcuts verified-choose'.split(' '),
);

const SEL = {
  primary: '[data-testid="primaryColumn"]',
  sidebar: '[data-testid="sidebarColumn"]',
  // A profile's header: the name over "@handle".
  profileName: '[data-testid="UserName"]',
  tweet: 'article[data-testid="tweet"]',
  // The author line of a post: display name and @handle, both linking to the profile.
  userName: '[data-testid="User-Name"]',
  userCell: '[data-testid="UserCell"]',
  hoverCard: '[data-testid="HoverCard"]',
  follow: '[data-testid$="-follow"]',
  like: '[data-testid="like"]',
  // The post and reply boxes (a thread in the dialog has _0, _1, …) and the direct-message box.
  postBox: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  dmBox: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]',
  postSubmit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  dmSubmit: '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]',
  dialog: '[role="dialog"]',
  // A direct-message conversation and its header (the partner's name and profile link).
  conversation: '[data-testid="DmActivityContainer"], [data-testid="DMConversationView"], [data-testid="dm-conversation-panel"], section',
  conversationHeader: '[data-testid="DMConversationHeader"], [data-testid="dm-conversation-header"], [data-testid="DmActivityHeader"]',
  messageList: '[data-testid="DmActivityViewport"], [data-testid="DmScrollerContainer"], [data-testid="dm-message-list"]',
};

/** The handle a link points to (`/handle` or `https://x.com/handle`), else null. @param {string|null} href */
export function handleOf(href) {
  if (!href) return null;
  let url;
  try {
    url = new URL(href, 'https://x.com');
  } catch {
    return null;
  }
  if (!/^(?:www\.|mobile\.)?(?:x|twitter)\.com$/.test(url.hostname)) return null;
  const m = /^\/(\w{1,15})\/?$/.exec(url.pathname);
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

/** @param {string} handle */
const profileUrl = (handle) => `https://x.com/${handle}`;

/** The name and profile of an author line (User-Name, a UserCell): the first link to a profile. @param {Element|null} box */
function personIn(box) {
  if (!box) return null;
  let handle = null;
  let name = '';
  for (const a of box.querySelectorAll('a[href]')) {
    const h = handleOf(a.getAttribute('href'));
    if (!h) continue;
    handle ??= h;
    if (h !== handle) continue;
    const text = cleanLabel(a.textContent);
    if (!name && text && !text.startsWith('@')) name = text;
  }
  if (!handle) return null;
  return name ? { name, profile: profileUrl(handle) } : { profile: profileUrl(handle) };
}

/** @returns {{name: string, profile: string}|null} the profile this page is about */
export function pageProfile(doc = document) {
  const handle = /^\/(\w{1,15})\/?$/.exec(doc.location?.pathname || '')?.[1];
  if (!handle || RESERVED.has(handle.toLowerCase())) return null;
  const header = doc.querySelector(`${SEL.primary} ${SEL.profileName}`) || doc.querySelector(SEL.profileName);
  if (!header) return null;
  // The header shows the display name, then "@handle".
  let name = '';
  for (const span of header.querySelectorAll('span')) {
    const t = cleanLabel(span.textContent);
    if (t && !t.startsWith('@') && !span.querySelector('span')) {
      name = t;
      break;
    }
  }
  return { name: name || handle, profile: profileUrl(handle) };
}

/** Where a control sits, for tests and the health view. @param {Element} control @param {string|null} handle */
function whereOf(control, handle) {
  if (control.closest(SEL.hoverCard)) return 'hovercard';
  if (control.closest(SEL.sidebar)) return 'aside';
  if (control.closest(SEL.tweet)) return 'main';
  if (control.closest(SEL.userCell)) return 'list';
  const page = pageProfile(control.ownerDocument);
  if (page && handle && page.profile.toLowerCase() === profileUrl(handle).toLowerCase() && control.closest(SEL.primary)) return 'top-card';
  return 'main';
}

/**
 * What a click on this control would do, or null when we do not guard it.
 * @param {Element} el
 * @returns {import('../composer.js').SocialAction|null}
 */
export function socialAction(el) {
  const control = controlOf(el);
  if (!control) return null;
  if (control.matches(SEL.follow)) {
    const handle = LABELS.handleInLabel.exec(cleanLabel(control.getAttribute('aria-label')))?.[1] ?? null;
    const around = control.closest(`${SEL.userCell}, ${SEL.hoverCard}`);
    const inList = around ? personIn(around) : null;
    /** @type {{name?: string, profile?: string}|null} */
    let target = null;
    if (handle) {
      target = { profile: profileUrl(handle) };
      const page = pageProfile(control.ownerDocument);
      if (inList?.name && inList.profile?.toLowerCase() === target.profile.toLowerCase()) target.name = inList.name;
      else if (page && page.profile.toLowerCase() === target.profile.toLowerCase()) target.name = page.name;
    } else target = inList;
    if (!target) return null;
    return { kind: 'social', action: 'follow', target, where: whereOf(control, handle), control };
  }
  if (control.matches(SEL.like)) {
    const tweet = control.closest(SEL.tweet);
    const target = personIn(tweet?.querySelector(SEL.userName) ?? null);
    if (!target) return null;
    return { kind: 'social', action: 'like', target, where: whereOf(control, null), control };
  }
  return null;
}

/** Every guarded control in the page. */
export function socialActions(doc = document) {
  const out = [];
  for (const el of doc.querySelectorAll(`${SEL.follow}, ${SEL.like}`)) {
    const a = socialAction(el);
    if (a) out.push(a);
  }
  return out;
}

/** The compose window around a box: its dialog, else the nearest ancestor with a submit button. @param {Element} box @param {string} submit */
function composeRoot(box, submit) {
  for (let el = box.parentElement; el; el = el.parentElement) {
    if (el.matches(SEL.dialog)) return el;
    if (el.querySelector(submit)) return el;
  }
  return null;
}

/** The placeholder Draft.js shows for an empty box (referenced by aria-describedby). @param {Element} box */
function placeholderOf(box) {
  const ids = (box.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  const texts = ids.map((id) => cleanLabel(box.ownerDocument.getElementById(id)?.textContent));
  return [...texts, box.getAttribute('aria-placeholder') || '', box.getAttribute('data-placeholder') || ''].join(' ');
}

/** The handle of the post page this is (`/handle/status/ID`), else null. @param {Document} doc */
function statusAuthor(doc) {
  const m = /^\/(\w{1,15})\/status\/\d+/.exec(doc.location?.pathname || '');
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

/**
 * Whether a post box answers a post, and to whom: the "Replying to @handle"
 * link or the post shown in the dialog, else the post page's author.
 * @param {Element} box @param {Element} root
 * @returns {{reply: boolean, to: string|null}}
 */
function replyOf(box, root) {
  const buttons = [...root.querySelectorAll(SEL.postSubmit)];
  const byButton = buttons.some((b) => LABELS.replyButton.test(cleanLabel(b.textContent)));
  const byPlaceholder = LABELS.replyPlaceholder.test(placeholderOf(box));
  // A profile link whose line (a few levels up) starts with "Replying to".
  let replyingTo = null;
  for (const a of root.querySelectorAll('a[href]')) {
    const h = handleOf(a.getAttribute('href'));
    if (!h) continue;
    let line = a.parentElement;
    for (let i = 0; line && i < 3 && !line.contains(box); i++, line = line.parentElement) {
      if (LABELS.replyingTo.test(cleanLabel(line.textContent))) {
        replyingTo = h;
        break;
      }
    }
    if (replyingTo) break;
  }
  const dialog = box.closest(SEL.dialog);
  const inline = !dialog && !!statusAuthor(box.ownerDocument);
  if (!byButton && !byPlaceholder && !replyingTo && !inline) return { reply: false, to: null };
  if (replyingTo) return { reply: true, to: profileUrl(replyingTo) };
  if (dialog) {
    const shown = personIn(dialog.querySelector(SEL.userName));
    if (shown?.profile) return { reply: true, to: shown.profile };
  }
  const author = statusAuthor(box.ownerDocument);
  return { reply: true, to: author ? profileUrl(author) : null };
}

/**
 * The partner of a direct-message conversation: the profile the header links
 * to, else the name it shows.
 * @param {Element} box
 * @returns {string[]}
 */
export function messagePartner(box) {
  for (let convo = box.closest(SEL.conversation); convo; convo = convo.parentElement?.closest(SEL.conversation) ?? null) {
    const header = convo.querySelector(SEL.conversationHeader);
    if (!header) continue;
    const handles = new Set();
    for (const a of header.querySelectorAll('a[href]')) {
      const h = handleOf(a.getAttribute('href'));
      if (h) handles.add(h.toLowerCase());
    }
    if (handles.size === 1) return [profileUrl([...handles][0])];
    const at = [...header.querySelectorAll('span')].map((s) => LABELS.handleInLabel.exec(cleanLabel(s.textContent))?.[1]).filter(Boolean);
    if (new Set(at.map((h) => h?.toLowerCase())).size === 1) return [profileUrl(/** @type {string} */ (at[0]))];
    const name = cleanLabel(header.querySelector('h2, [role="heading"]')?.textContent || header.textContent);
    return name ? [name] : [];
  }
  return [];
}

/** The text of a box: a contenteditable's text nodes, or a textarea's value. @param {Element} box */
function readBox(box) {
  if (box instanceof HTMLTextAreaElement) return { text: box.value, segments: [] };
  return readEditable(box);
}

/**
 * The compose boxes in the page.
 * @returns {import('../composer.js').Composer[]}
 */
export function composers(doc = document) {
  /** @type {import('../composer.js').Composer[]} */
  const out = [];
  for (const box of doc.querySelectorAll(SEL.postBox)) {
    const root = composeRoot(box, SEL.postSubmit);
    if (!root) continue;
    const { reply } = replyOf(box, root);
    /** @type {'comment'|'public_post'} */
    const surface = reply ? 'comment' : 'public_post';
    out.push({
      site: 'x',
      surface,
      root,
      editable: box,
      read() {
        const { text, segments } = readBox(box);
        const to = surface === 'comment' ? replyOf(box, root).to : null;
        return { event: { kind: 'compose', site: 'x', surface, to: to ? [to] : [], text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = el.closest('button, [role="button"]');
        return !!b && root.contains(b) && b.matches(SEL.postSubmit);
      },
    });
  }
  for (const box of doc.querySelectorAll(SEL.dmBox)) {
    // The textarea version of the box carries the test id itself; the older one wraps the editor.
    const editable = box.matches('[contenteditable="true"], textarea') ? box : box.querySelector('[contenteditable="true"]');
    if (!editable) continue;
    const root = composeRoot(editable, SEL.dmSubmit);
    if (!root) continue;
    out.push({
      site: 'x',
      surface: 'direct_message',
      root,
      editable,
      read() {
        const { text, segments } = readBox(editable);
        return { event: { kind: 'compose', site: 'x', surface: 'direct_message', to: messagePartner(editable), text }, segments };
      },
      isSend(/** @type {Element} */ el) {
        const b = el.closest('button, [role="button"]');
        return !!b && root.contains(b) && b.matches(SEL.dmSubmit);
      },
    });
  }
  return out;
}

/** @type {import('../composer.js').Probe[]} */
export const probes = [
  {
    id: 'x-home-post-box',
    label: 'the post box on the home timeline',
    expected: (doc) => doc.location?.pathname === '/home',
    found: (doc) => composers(doc).some((c) => c.surface === 'public_post'),
  },
  {
    id: 'x-like',
    label: 'the Like buttons of posts',
    expected: (doc) => !!doc.querySelector(SEL.tweet),
    // Posts already liked show Unlike instead.
    found: (doc) => socialActions(doc).some((a) => a.action === 'like') || !!doc.querySelector(`${SEL.tweet} [data-testid="unlike"]`),
  },
  {
    id: 'x-profile-follow',
    label: 'the Follow button on profiles',
    expected: (doc) => !!pageProfile(doc),
    // Someone you already follow shows Following; your own profile, Edit profile.
    found: (doc) =>
      socialActions(doc).some((a) => a.where === 'top-card') ||
      !!doc.querySelector(`${SEL.primary} [data-testid$="-unfollow"], ${SEL.primary} [data-testid="editProfileButton"]`),
  },
  {
    id: 'x-dm-box',
    label: 'the message box in direct messages',
    expected: (doc) => /^\/messages\/[\w-]+/.test(doc.location?.pathname || ''),
    found: (doc) => composers(doc).some((c) => c.surface === 'direct_message'),
  },
];

export default {
  site: 'x',
  label: 'X',
  matches: (/** @type {Location} */ loc) => /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/.test(loc.hostname),
  pageProfile,
  socialAction,
  socialActions,
  composers,
  // Enter sends a direct message; in a post box it starts a new line (Ctrl/Cmd+Enter posts).
  enterSends: (/** @type {import('../composer.js').Composer} */ c) => c.surface === 'direct_message',
  probes,
};
