// Facebook (www.facebook.com, m.facebook.com) and Messenger (www.messenger.com).
//
// Verified on (../shared/real-pages/, expectations in tests/real-pages/real-pages.json):
//   facebook/home-composer-chat-2025-07.html   feed: "Create a post" entry (no dialog
//                                              open), a page's post with Like, a friend
//                                              request in the right rail, an open chat tab
//                                              (Lexical editor) with a partner whose profile
//                                              link is numeric (/61559…/)
//   facebook/home-chat-2022-04.html            feed: a post with an open comment box
//                                              (Lexical), a comment with its own Like, friend
//                                              requests in the notifications popover and the
//                                              right rail (each with an aria-hidden copy), an
//                                              open chat tab (data-testid="mwchat-tab")
// and on our fixtures tests/fixtures/pages/facebook-*.html (the "Create post"
// dialog, profiles with Add friend / Follow / Poke, "People you may know"
// cards, the same in French). The post dialog, profile pages, Follow and Poke
// are verified on fixtures only (no real page of them yet).
//
// Class names are hashed: everything here leans on roles, aria-labels,
// data-testid, contenteditable and links. Labels are translated: each one is
// listed per UI language (English, French) in LABELS. Nothing here changes
// the page; an unexpected shape gives no composer / no action.
import { cleanLabel, controlOf, readEditable } from '../dom.js';

/**
 * Labels as the page shows them (after cleanLabel: apostrophes straight,
 * bidi marks gone), compared without case and without a trailing "…".
 * English first, then French.
 */
export const LABELS = {
  friend: ['Add friend', 'Add Friend', 'Ajouter', 'Ajouter ami(e)', 'Ajouter en ami(e)', 'Ajouter comme ami(e)'],
  // Accepting someone's friend request makes you friends just the same.
  confirm: ['Confirm', 'Confirm request', 'Confirmer', 'Confirmer la demande'],
  follow: ['Follow', 'Suivre'],
  like: ['Like', "J'aime"],
  poke: ['Poke', 'Poke back', 'Faire un poke', 'Poker', 'Répondre au poke'],
  // The chat tab's close button: what tells a chat tab from other boxes.
  closeChat: ['Close chat', 'Fermer la discussion', 'Fermer le chat'],
  // Send in a chat box: the arrow that replaces "Send a Like" once there is text.
  chatSend: ['Press enter to send', 'Press Enter to send', 'Send', 'Appuyez sur Entrée pour envoyer', 'Envoyer'],
  commentSend: ['Comment', 'Post comment', 'Reply', 'Commenter', 'Publier le commentaire', 'Répondre'],
  postSend: ['Post', 'Publier'],
};

/** Patterns that read a name or a kind of box out of a label. */
export const PATTERNS = {
  // The comment box: "Write a comment…", "Comment as Alex Kim", "Écrivez un commentaire…".
  commentBox: /^(?:write a (?:public )?(?:comment|reply)|comment as |reply to |leave a comment|écrivez un commentaire|écrire un commentaire|écrivez une réponse|commenter en tant que|répondre à |laissez un commentaire)/i,
  // The post box: "What's on your mind, Alex?", "Write something to Jane…", "Quoi de neuf, Alex ?".
  postBox: /^(?:what's on your mind|write something|create a public post|quoi de neuf|exprimez-vous|écrivez quelque chose|que voulez-vous dire|créez une publication publique)/i,
  // The post dialog's heading.
  createPost: /^(?:create post|create a post|créer une publication|créer un post)$/i,
  // A comment's own article: "Comment by Jane Doe about an hour ago".
  commentBy: /^(?:comment|reply) by (.+?) (?:about |an? |\d|yesterday|just now)|^(?:commentaire|réponse) de (.+?) (?:il y a|hier|à l'instant|\d)/i,
  // The message list of a conversation.
  conversationWith: /^(?:messages in conversation with|messages de la conversation avec|messages dans la conversation avec) (.+)$/i,
  // aria-describedby of the chat box (2025: the text itself; 2022: an id whose element says it).
  writeTo: /^(?:write to|écrire à|écrivez à) (.+)$/i,
  // A post opened in a dialog: "Jane Doe's post", "Publication de Jane Doe".
  postOf: /^(.+)'s post$|^publication de (.+)$/i,
};

const SEL = {
  editable: '[contenteditable="true"][role="textbox"]',
  // A post in the feed or on a profile: the 2022 article, the 2025 feed unit.
  post: '[role="article"], [aria-posinset]',
  // The header of a 2025 post (the 2022 one is named by aria-labelledby).
  postHeader: '[data-ad-rendering-role="profile_name"], h2, h3, h4',
  chatTab: '[data-testid="mwchat-tab"]',
  // A conversation's message list (other grids, e.g. notifications, are not).
  messageList: '[data-testid="mw_message_list"], [role="grid"][aria-label^="Messages "]',
  friendRequest: 'a[href*="/friends/requests/"]',
  controls: '[role="button"], button',
  // Where a box stops being part of a conversation (a chat tab never sits in these).
  notChat: '[role="dialog"], [role="main"], [role="feed"], [role="complementary"], [role="banner"], [role="navigation"], [role="article"], [aria-posinset]',
  labelled: '[aria-label]',
};

// First path segments that are never a person's profile.
const NOT_PROFILES = new Set(
  ('about ads bookmarks business careers checkpoint comment events friends fundraisers gaming groups hashtag help home.php ' +
    'l.php login logout marketplace me media memories messages notifications pages permalink.php photo photo.php photos ' +
    'policies privacy reel reels saved search settings share sharer sharer.php stories story.php watch video videos ' +
    'live legal latest places plugins dialog recover reg r.php ufi composer feeds profile onthisday coronavirus_info ' +
    'game games fundraiser offers jobs weather news')
    .split(/\s+/)
    .filter(Boolean),
);

const FB_HOST = /(?:^|\.)facebook\.com$/i;

/**
 * A link's profile in its canonical form, or '': https://www.facebook.com/NAME,
 * or https://www.facebook.com/profile.php?id=N for a profile known by number
 * (/profile.php?id=N, /N/, /people/NAME/N/, /groups/G/user/N/).
 * @param {string|null|undefined} href
 */
export function profileUrl(href) {
  if (!href) return '';
  let u;
  try {
    u = new URL(href, 'https://www.facebook.com/');
  } catch {
    return '';
  }
  if (!FB_HOST.test(u.hostname)) return '';
  const parts = u.pathname.split('/').filter(Boolean);
  const byId = (/** @type {string|null|undefined} */ id) => (id && /^\d+$/.test(id) ? `https://www.facebook.com/profile.php?id=${id}` : '');
  if (parts.length === 1 && parts[0] === 'profile.php') return byId(u.searchParams.get('id'));
  if (parts[0] === 'people' && parts.length >= 3) return byId(parts[2]);
  if (parts[0] === 'groups' && parts[2] === 'user') return byId(parts[3]);
  if (parts.length !== 1) return '';
  const seg = parts[0];
  if (/^\d+$/.test(seg)) return byId(seg);
  if (!/^[A-Za-z0-9.\-]+$/.test(seg) || NOT_PROFILES.has(seg.toLowerCase()) || seg.includes('.php')) return '';
  return `https://www.facebook.com/${seg}`;
}

/** A label as compared with LABELS: cleaned, no trailing ellipsis, lower case. @param {string|null|undefined} s */
const norm = (s) => cleanLabel(s).replace(/(?:…|\.\.\.)$/, '').trim().toLowerCase();
/** @param {string[]} list @param {string} label */
const isOneOf = (list, label) => list.some((l) => norm(l) === label);

/** The label of a control: its aria-label, else its text. @param {Element} el */
const controlLabel = (el) => norm(el.getAttribute('aria-label') || el.textContent);

/** Hidden copies Facebook keeps for layout (aria-hidden): never what a person clicks. @param {Element} el */
const hidden = (el) => !!el.closest('[aria-hidden="true"]');

/** The first match of a pattern's groups. @param {RegExp} re @param {string} s */
function capture(re, s) {
  const m = re.exec(s);
  if (!m) return '';
  return cleanLabel(m.slice(1).find(Boolean) || '');
}

/**
 * The people an element's links point to: canonical profile → the name the
 * link shows (its text, else its aria-label).
 * @param {Element} el
 * @param {(a: Element) => boolean} [keep]
 */
function linkedPeople(el, keep = () => true) {
  /** @type {Map<string, string>} */
  const out = new Map();
  const links = el.matches('a[href]') ? [el] : [...el.querySelectorAll('a[href]')];
  for (const a of links) {
    if (!keep(a) || hidden(a)) continue;
    const p = profileUrl(a.getAttribute('href'));
    if (!p) continue;
    const text = cleanLabel(a.textContent);
    const label = cleanLabel(a.getAttribute('aria-label'));
    const name = text || (/^(?:profile picture of|photo de profil de)\b/i.test(label) ? '' : label);
    if (!out.get(p)) out.set(p, name);
  }
  return out;
}

// ---------------------------------------------------------------- profile pages

/** @param {Location|URL} loc @returns {string} the profile a page address is about, or '' */
function profileOfAddress(loc) {
  const parts = loc.pathname.split('/').filter(Boolean);
  if (parts[0] === 'profile.php') return profileUrl(`${loc.pathname}${loc.search}`);
  if (parts[0] === 'people') return profileUrl(loc.pathname);
  return parts.length ? profileUrl(`/${parts[0]}`) : '';
}

/** The profile page's name heading. @param {Document} doc */
function profileHeading(doc) {
  return doc.querySelector('[role="main"] h1') || doc.querySelector('h1');
}

/** @returns {{name: string, profile: string}|null} the person a profile page is about */
export function pageProfile(doc = document) {
  if (!doc.location || !/(?:^|\.)facebook\.com$/.test(doc.location.hostname)) return null;
  const profile = profileOfAddress(doc.location);
  if (!profile) return null;
  const h1 = profileHeading(doc);
  // The name is the heading's first line (an alternate name may follow in brackets).
  const first = h1 ? [...h1.childNodes].map((n) => n.textContent || '').find((t) => cleanLabel(t)) : '';
  const name = cleanLabel(first).replace(/\s*\(.*\)$/, '');
  if (!name) return null;
  return { name, profile };
}

// ---------------------------------------------------------------- social actions

/** The author of a post or comment (its header's person), or null. @param {Element} unit */
function authorOf(unit) {
  const own = (/** @type {Element} */ a) => a.closest(SEL.post) === unit;
  const by = capture(PATTERNS.commentBy, cleanLabel(unit.getAttribute('aria-label')));
  /** @type {Element[]} */
  const headers = [];
  const labelledBy = unit.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const hd = unit.ownerDocument.getElementById(id);
      if (hd && unit.contains(hd)) headers.push(hd);
    }
  }
  for (const hd of unit.querySelectorAll(SEL.postHeader)) if (own(hd)) headers.push(hd);
  // A comment has no header: its first links are the commenter's.
  headers.push(unit);
  for (const hd of headers) {
    for (const [profile, name] of linkedPeople(hd, own)) {
      if (!name && !by) continue;
      return { name: by || name, profile };
    }
  }
  return by ? { name: by } : null;
}

/** Where a control sits, for tests: top-card (a profile's header), main, aside, dialog, list. @param {Element} control @param {boolean} inHeader */
function whereOf(control, inHeader) {
  if (inHeader) return 'top-card';
  if (control.closest('[role="dialog"]')) return 'dialog';
  if (control.closest('[role="complementary"]')) return 'aside';
  if (control.closest('[role="main"]')) return 'main';
  return 'list';
}

/**
 * Whether a control sits in the header of the profile page (with the
 * profile's name), rather than in a card about someone else.
 * @param {Element} control
 * @returns {boolean|null} null when the control is in someone's card (a link to another person comes first)
 */
function inProfileHeader(control) {
  const h1 = profileHeading(control.ownerDocument);
  const page = pageProfile(control.ownerDocument);
  for (let el = control.parentElement; el && el !== control.ownerDocument.body; el = el.parentElement) {
    if (el.matches(SEL.post)) return false;
    if (h1 && el.contains(h1)) return !!page && !el.querySelector(SEL.post);
    const people = linkedPeople(el);
    if (page) people.delete(page.profile);
    if (people.size) return false;
  }
  return false;
}

/**
 * The person of the card a control sits in (a "People you may know" card, a
 * search result, a post's header): the nearest ancestor that links to a
 * profile; two different people there means we cannot tell.
 * @param {Element} control
 * @returns {{name?: string, profile?: string}|null}
 */
function cardPerson(control) {
  for (let el = control.parentElement; el && el !== control.ownerDocument.body; el = el.parentElement) {
    const people = linkedPeople(el);
    if (people.size === 0) {
      if (el.matches(SEL.post)) return null;
      continue;
    }
    if (people.size > 1) return null;
    const [[profile, name]] = [...people];
    return name ? { name, profile } : { profile };
  }
  return null;
}

/**
 * The person of a friend request: the request's link carries profile_id.
 * The nearest ancestor of the control with such links must name one person.
 * @param {Element} control
 */
function requester(control) {
  // Inside the request's link (as Facebook draws it), or a card a few levels up.
  const own = control.closest(SEL.friendRequest);
  /** @type {Element[]} */
  let links = own ? [own] : [];
  for (let el = /** @type {Element|null} */ (control), i = 0; el && i < 6 && !links.length; el = el.parentElement, i++) {
    links = el.matches(SEL.friendRequest) ? [el] : [...el.querySelectorAll(SEL.friendRequest)];
    if (!links.length && el.matches(SEL.notChat)) break;
  }
  /** @type {Map<string, Element>} */
  const byProfile = new Map();
  for (const a of links) {
    let id = '';
    try {
      id = new URL(a.getAttribute('href') || '', 'https://www.facebook.com/').searchParams.get('profile_id') || '';
    } catch {
      id = '';
    }
    const p = profileUrl(`/profile.php?id=${id}`);
    if (p && !byProfile.has(p)) byProfile.set(p, a);
  }
  if (byProfile.size !== 1) return null;
  const [[profile, link]] = [...byProfile];
  // The name: the one person the card names ("A and B sent you friend
  // requests" names two: the profile alone then).
  const strong = [...link.querySelectorAll('strong')].map((s) => cleanLabel(s.textContent)).filter(Boolean);
  if (strong.length > 1) return { profile };
  let name = strong[0] || '';
  if (!name) {
    const img = link.querySelector('svg[aria-label], img[alt]');
    name = cleanLabel(img?.getAttribute('aria-label') || img?.getAttribute('alt'));
  }
  return name ? { name, profile } : { profile };
}

/**
 * What a click on this control would do to a person, or null when we do not
 * guard it (or cannot tell whom it is about).
 * @param {Element} el
 * @returns {import('../composer.js').SocialAction|null}
 */
export function socialAction(el) {
  try {
    const control = controlOf(el);
    if (!control || hidden(control)) return null;
    const label = controlLabel(control);
    if (!label || label.length > 40) return null;
    /** @type {'friend'|'follow'|'like'|'poke'|null} */
    let action = null;
    let request = false;
    if (isOneOf(LABELS.friend, label)) action = 'friend';
    else if (isOneOf(LABELS.confirm, label)) [action, request] = ['friend', true];
    else if (isOneOf(LABELS.follow, label)) action = 'follow';
    else if (isOneOf(LABELS.like, label)) action = 'like';
    else if (isOneOf(LABELS.poke, label)) action = 'poke';
    if (!action) return null;
    // Nothing in a chat tab is about a person's profile ("Like" there reacts to a message).
    if (control.closest(SEL.chatTab) || control.closest(SEL.messageList)) return null;

    /** @type {{name?: string, profile?: string}|null} */
    let target = null;
    let header = false;
    if (request) {
      target = requester(control);
    } else if (action === 'like') {
      const unit = control.closest(SEL.post);
      target = unit ? authorOf(unit) : null;
    } else {
      if (inProfileHeader(control)) {
        target = pageProfile(control.ownerDocument);
        header = true;
      } else target = cardPerson(control);
    }
    if (!target || (!target.name && !target.profile)) return null;
    return { kind: 'social', action, target, where: whereOf(control, header), control };
  } catch {
    return null;
  }
}

/** Every guarded control in the page, for the adapter-health view and the real-page tier. */
export function socialActions(doc = document) {
  const out = [];
  for (const el of doc.querySelectorAll(SEL.controls)) {
    const a = socialAction(el);
    if (a && a.control === el) out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------- compose boxes

/**
 * The chat tab or conversation pane around a box, or null: the nearest
 * ancestor with a chat tab's close button (its header with the partner
 * comes with it), else, on Messenger's full page, the nearest one with the
 * conversation's message list.
 * @param {Element} editable @param {{close: Element[], lists: Element[]}} marks
 */
function chatRoot(editable, marks) {
  const tab = editable.closest(SEL.chatTab);
  if (tab) return tab;
  for (const group of [marks.close, marks.lists]) {
    if (!group.length) continue;
    for (let el = editable.parentElement; el && el !== editable.ownerDocument.body; el = el.parentElement) {
      if (group.some((m) => el.contains(m))) return el;
      if (el.matches(SEL.notChat)) break;
    }
  }
  return null;
}

/** What marks a conversation: a chat tab's close button, a message list named after the partner. @param {Document} doc */
function conversationMarks(doc) {
  /** @type {{close: Element[], lists: Element[]}} */
  const marks = { close: [], lists: [] };
  for (const el of doc.querySelectorAll(SEL.labelled)) {
    const l = el.getAttribute('aria-label') || '';
    if (el.matches(SEL.controls) && isOneOf(LABELS.closeChat, norm(l))) marks.close.push(el);
    else if (el.matches(SEL.messageList) && PATTERNS.conversationWith.test(cleanLabel(l))) marks.lists.push(el);
  }
  return marks;
}

/**
 * The partner of a conversation: their profile URL when the header links to
 * exactly one profile, else the name the conversation shows.
 * @param {Element} root @param {Element} editable
 * @returns {string[]}
 */
export function chatPartner(root, editable) {
  const outside = (/** @type {Element} */ a) => !a.closest(SEL.messageList) && !editable.contains(a);
  const people = linkedPeople(root, outside);
  if (people.size === 1) return [...people.keys()];
  for (const list of root.querySelectorAll(SEL.messageList)) {
    const n = capture(PATTERNS.conversationWith, cleanLabel(list.getAttribute('aria-label')));
    if (n) return [n];
  }
  const described = editable.getAttribute('aria-describedby') || '';
  let n = capture(PATTERNS.writeTo, cleanLabel(described));
  if (!n) {
    for (const id of described.split(/\s+/)) {
      const el = id ? editable.ownerDocument.getElementById(id) : null;
      n = el ? capture(PATTERNS.writeTo, cleanLabel(el.textContent)) : '';
      if (n) break;
    }
  }
  return n ? [n] : [];
}

/** The heading of the dialog a box sits in. @param {Element} editable */
function dialogHeading(editable) {
  const dialog = editable.closest('[role="dialog"]');
  if (!dialog) return '';
  const by = dialog.getAttribute('aria-labelledby');
  const hd = (by && editable.ownerDocument.getElementById(by.split(/\s+/)[0])) || dialog.querySelector('h1, h2, h3, [role="heading"]');
  return cleanLabel(dialog.getAttribute('aria-label') || hd?.textContent);
}

/**
 * The kind of a box, or null for a box we do not know (no warning).
 * @param {Element} editable @param {Element|null} chat
 * @returns {'direct_message'|'comment'|'public_post'|null}
 */
function surfaceOf(editable, chat) {
  if (chat) return 'direct_message';
  const label = cleanLabel(`${editable.getAttribute('aria-label') || ''}`);
  const placeholder = cleanLabel(editable.getAttribute('aria-placeholder'));
  if (PATTERNS.commentBox.test(label) || PATTERNS.commentBox.test(placeholder)) return 'comment';
  if (PATTERNS.postBox.test(label) || PATTERNS.postBox.test(placeholder) || PATTERNS.createPost.test(dialogHeading(editable))) return 'public_post';
  if (editable.closest(SEL.post)) return 'comment';
  return null;
}

/** The author a comment box answers: the post (or comment) it sits under. @param {Element} editable @returns {string[]} */
function commentTo(editable) {
  const unit = editable.closest(SEL.post);
  const a = unit ? authorOf(unit) : null;
  if (a) return [a.name, a.profile].filter((x) => typeof x === 'string' && x !== '');
  const n = capture(PATTERNS.postOf, dialogHeading(editable));
  return n ? [n] : [];
}

/** The compose root of a comment or post box: its form, dialog, or a few levels up. @param {Element} editable */
function rootOf(editable) {
  const form = editable.closest('form');
  if (form) return form;
  const dialog = editable.closest('[role="dialog"]');
  if (dialog) return dialog;
  let el = editable;
  for (let i = 0; i < 4 && el.parentElement; i++) el = el.parentElement;
  return el;
}

/**
 * The compose boxes in the page.
 * @returns {import('../composer.js').Composer[]}
 */
export function composers(doc = document) {
  const out = [];
  const marks = conversationMarks(doc);
  for (const editable of doc.querySelectorAll(SEL.editable)) {
    try {
      const chat = chatRoot(editable, marks);
      const surface = surfaceOf(editable, chat);
      if (!surface) continue;
      const root = chat || rootOf(editable);
      const sends = surface === 'direct_message' ? LABELS.chatSend : surface === 'comment' ? LABELS.commentSend : LABELS.postSend;
      out.push({
        site: 'facebook',
        surface,
        root,
        editable,
        read() {
          const { text, segments } = readEditable(editable);
          /** @type {string[]} */
          let to = [];
          try {
            if (surface === 'direct_message') to = chatPartner(root, editable);
            else if (surface === 'comment') to = commentTo(editable);
          } catch {
            to = [];
          }
          return { event: { kind: 'compose', site: 'facebook', surface, to, text }, segments };
        },
        isSend(/** @type {Element} */ el) {
          const b = controlOf(el);
          if (!b || !root.contains(b) || b.contains(editable) || hidden(b)) return false;
          return isOneOf(sends, controlLabel(b));
        },
      });
    } catch {
      // A box we do not understand: no composer.
    }
  }
  return out;
}

// ---------------------------------------------------------------- health probes

/** @type {import('../composer.js').Probe[]} */
const probes = [
  {
    id: 'chat-partner',
    label: 'the name or profile of the person in an open Messenger chat box',
    expected: (doc) => composers(doc).some((c) => c.surface === 'direct_message'),
    found: (doc) => composers(doc).some((c) => c.surface === 'direct_message' && c.read().event.to.length > 0),
  },
  {
    id: 'comment-author',
    label: 'the author of the post a comment box is under',
    expected: (doc) => composers(doc).some((c) => c.surface === 'comment' && !!c.editable.closest(SEL.post)),
    found: (doc) => composers(doc).some((c) => c.surface === 'comment' && c.read().event.to.length > 0),
  },
];

export default {
  site: 'facebook',
  label: 'Facebook',
  matches: (/** @type {Location} */ loc) => ['www.facebook.com', 'm.facebook.com', 'www.messenger.com'].includes(loc.hostname),
  pageProfile,
  socialAction,
  socialActions,
  composers,
  // Enter sends a chat message and posts a comment; in the post dialog it is a new line.
  enterSends: (/** @type {any} */ c) => c.surface === 'direct_message' || c.surface === 'comment',
  probes,
};
