// The content script's core: picks the site adapter by address, watches the
// page (mutations batched once per animation frame), checks compose boxes
// (debounced) and holds clicks and sends that the person should confirm.
//
// Holding works in the capture phase of `window`, registered at
// document_start, so it runs before any listener the page adds. A held
// event is stopped; "… anyway" replays it on the same element exactly once.
import { adapterFor } from './sites/index.js';
import { eventTarget } from './dom.js';
import { ask } from './messaging.js';
import { Card } from './ui.js';
import { highlight, clearHighlight } from './highlight.js';
import { targetKeys } from '../shared/identity.js';
import { identityHash, fromHex } from '../shared/hmac.js';
import { localRfc3339 } from '../shared/time.js';

const adapter = adapterFor(location);
const CHECK_DELAY_MS = 350;

/** @type {{key: Uint8Array, hashes: Set<string>, sites: Record<string, boolean>}|null} */
let index = null;

async function loadIndex() {
  const r = await ask({ type: 'index' });
  if (r?.index) index = { key: fromHex(r.index.key), hashes: new Set(r.index.hashes), sites: r.index.sites || {} };
}

/** Could this target be a tracked person? Synchronous (used in the capture phase). Unknown → yes. @param {any} target */
function couldBeTracked(target) {
  if (!index) return true;
  return targetKeys(target).some((k) => index && index.hashes.has(identityHash(index.key, k)));
}

function enabled() {
  return !!adapter && index?.sites?.[adapter.site] !== false;
}

// ---------------------------------------------------------------- compose boxes

/** @type {Map<Element, any>} editable → composer state */
const composers = new Map();

function scan() {
  if (!adapter) return;
  const found = new Set();
  for (const c of adapter.composers(document)) {
    found.add(c.editable);
    const known = composers.get(c.editable);
    if (known) known.c = c;
    else composers.set(c.editable, { c, timer: 0, lastKey: '', result: null, card: null });
  }
  for (const [el, st] of composers) {
    if (!found.has(el) || !el.isConnected) {
      st.card?.remove();
      clearHighlight(st);
      composers.delete(el);
    }
  }
}

/** The state key of a compose event (everything but the time). @param {any} event */
const stateKey = (event) => JSON.stringify([event.to, event.subject ?? '', event.text]);

/** @param {any} st */
async function checkComposer(st) {
  const { event, segments } = st.c.read();
  const key = stateKey(event);
  if (!event.text.trim() && !event.subject) {
    st.lastKey = key;
    st.result = [];
    showComposeCard(st, []);
    return st.result;
  }
  const r = await ask({ type: 'check', event: { ...event, at: localRfc3339() } });
  const warnings = r?.warnings ?? [];
  // Only the answer for what is in the box now counts.
  if (stateKey(st.c.read().event) !== key) return null;
  st.lastKey = key;
  st.result = warnings;
  highlight(st, warnings, segments);
  // The answer may come after the person moved on to another compose box:
  // its card then waits until they come back (see onFocusIn).
  if (!focusedElsewhere(st)) showComposeCard(st, warnings);
  return warnings;
}

/** Whether the focus is in another compose box than this one. @param {any} st */
function focusedElsewhere(st) {
  const active = document.activeElement;
  if (!active) return false;
  for (const [editable, other] of composers) {
    if (other !== st && (editable.contains(active) || other.c.root.contains(active))) return true;
  }
  return false;
}

/** @param {any} st @param {any[]} warnings */
function showComposeCard(st, warnings) {
  const shown = warnings.filter((w) => w.severity !== 'info' || warnings.length <= 3);
  const key = JSON.stringify(shown.map((w) => [w.rule, w.severity, w.span]));
  if (st.card && !st.card.done && st.card.key === key) return;
  if (st.card && !st.card.done && st.card.held) return; // a held send's card stays until answered
  if (st.holding) return; // a held send is being confirmed: a late answer adds no second card
  st.card?.remove();
  st.card = null;
  if (!shown.length || st.dismissed === key) return;
  st.card = new Card(
    st.c.editable,
    shown,
    null,
    (choice) => {
      if (choice === 'dismiss') st.dismissed = key;
    },
    () => [...st.c.root.querySelectorAll('button, [role="button"], input[type="submit"]')].filter((b) => st.c.isSend(b)),
  );
}

/** The composer state whose box or window contains el. @param {Element} el */
function composerOf(el) {
  let found = null;
  for (const [editable, st] of composers) {
    if (editable.contains(el) || st.c.root.contains(el)) found = st;
  }
  return found;
}

/**
 * A box inside a shadow root (LinkedIn's 2026 messaging) appears without
 * any change our MutationObserver on the document sees: when the focus or
 * typing reaches an editable in a shadow root that we do not know yet,
 * look again. (Focus moving inside one shadow root does not reach
 * `window` at all; typing does.)
 * @param {Element} el
 */
function rescanFor(el) {
  if (!(el.getRootNode() instanceof ShadowRoot) || !(/** @type {HTMLElement} */ (el).isContentEditable)) return null;
  // A box no adapter claimed is looked at again only after a while, not at
  // every keystroke (the page may still be building it).
  if (Date.now() - (unclaimed.get(el) ?? 0) < RESCAN_AFTER_MS) return null;
  scan();
  const st = composerOf(el);
  if (!st) unclaimed.set(el, Date.now());
  return st;
}
const RESCAN_AFTER_MS = 2000;
/** Editable elements in shadow roots that a rescan found to be no compose box, with when. @type {WeakMap<Element, number>} */
const unclaimed = new WeakMap();

/** @param {Event} e */
function onInput(e) {
  if (!enabled()) return;
  const el = eventTarget(e);
  if (!el) return;
  if (!composerOf(el)) rescanFor(el);
  for (const [editable, st] of composers) {
    if (editable.contains(el) || st.c.root.contains(el)) {
      clearTimeout(st.timer);
      st.timer = setTimeout(() => checkComposer(st).catch(() => {}), CHECK_DELAY_MS);
    }
  }
}

/**
 * Only the compose box being written in shows its card: with several
 * windows open side by side (Gmail), a card beside one would cover the
 * others' buttons. Focus entering a box hides the other boxes' cards (a held
 * send's card stays until answered) and brings its own back.
 * @param {Event} e
 */
function onFocusIn(e) {
  if (!enabled()) return;
  const el = eventTarget(e);
  if (!el) return;
  const entered = composerOf(el) || rescanFor(el);
  if (!entered) return;
  for (const st of composers.values()) {
    if (st === entered) continue;
    if (st.card && !st.card.done && !st.card.held) {
      st.card.remove();
      st.card = null;
    }
  }
  if (!entered.card && entered.result?.length) showComposeCard(entered, entered.result);
}

// ---------------------------------------------------------------- held actions

const MOUSE_SEQUENCE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
/** A hold in progress (one at a time). @type {{el: Element, events: Event[], complete: Promise<void>, finish: () => void}|null} */
let pending = null;

/** Starts holding: the events of this activation are collected until it completes (its click, or a key). @param {Element} el @param {Event} first */
function startHold(el, first) {
  let finish = () => {};
  const complete = new Promise((resolve) => {
    finish = () => resolve(undefined);
  });
  pending = { el, events: [first], complete, finish };
  // A keyboard activation is complete at once; a pointer one with its click (or after a second).
  if (first.type === 'keydown' || first.type === 'click') finish();
  else setTimeout(finish, 1000);
}
let replaying = false;

/**
 * The last Connect click, so the invitation dialog it opens knows whom it
 * invites; `cleared` once that click was checked and let through (no
 * warning, or "Connect anyway").
 * @type {{target: any, at: number, cleared: boolean}|null}
 */
let lastConnect = null;
const INVITE_MEMORY_MS = 15 * 60 * 1000;

/** Whom an invitation dialog's Send is for: the Connect that opened it, else the profile on the page. */
function invitee() {
  if (lastConnect && Date.now() - lastConnect.at < INVITE_MEMORY_MS) return lastConnect;
  const p = adapter?.pageProfile(document);
  return p ? { target: p, at: Date.now(), cleared: false } : null;
}

/** What a user event on `el` would do that we may need to hold. @param {Element} el @param {Event} e */
function classify(el, e) {
  if (!adapter) return null;
  const social = adapter.socialAction(el);
  if (social?.invite) {
    const who = invitee();
    if (!who) return null;
    return { kind: 'social', social: { ...social, target: who.target }, invite: who, control: social.control };
  }
  if (social) return { kind: 'social', social, control: social.control };
  for (const st of composers.values()) {
    const c = st.c;
    if (e.type === 'keydown') {
      const k = /** @type {KeyboardEvent} */ (e);
      // Enter that confirms an input method's composition sends nothing.
      if (k.key !== 'Enter' || k.isComposing || !c.editable.contains(el)) continue;
      // Ctrl/Cmd+Enter sends everywhere; plain Enter where the site sends on
      // it (direct messages); Shift+Enter is a new line and never held.
      if (k.ctrlKey || k.metaKey || (adapter.enterSends(c) && !k.shiftKey && !k.altKey)) return { kind: 'send', st, control: c.editable };
      continue;
    }
    if (c.isSend(el)) return { kind: 'send', st, control: el };
  }
  return null;
}

/** @param {Event} e */
function swallow(e) {
  // Not on pointerdown: that would cancel the mouse events that follow it,
  // which some sites act on (and which we hold and replay too).
  if (e.type !== 'pointerdown') e.preventDefault();
  e.stopImmediatePropagation();
}

/** Replays held events on their element, exactly once, past our own listener. @param {Element} el @param {Event[]} events */
function replay(el, events) {
  replaying = true;
  try {
    for (const ev of events) {
      let copy;
      if (ev instanceof KeyboardEvent) copy = new KeyboardEvent(ev.type, ev);
      else if (typeof PointerEvent !== 'undefined' && ev instanceof PointerEvent) copy = new PointerEvent(ev.type, ev);
      else if (ev instanceof MouseEvent) copy = new MouseEvent(ev.type, ev);
      else copy = new Event(ev.type, ev);
      const ok = el.dispatchEvent(copy);
      // A replayed Enter on a native button does not click it by itself.
      if (ok && ev instanceof KeyboardEvent && ev.type === 'keydown' && el instanceof HTMLButtonElement) el.click();
    }
  } finally {
    replaying = false;
  }
}

/** @param {Element} anchor @param {any[]} warnings @param {{verb: string, kind: 'social'|'writing'}} action */
function confirmHeld(anchor, warnings, action) {
  return new Promise((resolve) => {
    const card = new Card(anchor, warnings, action, resolve);
    card.held = true;
    card.ready.then(() => setTimeout(() => card.focus(), 0));
  });
}

/** Decides a held action with the background, then replays or drops it. @param {any} what @param {Element} el */
async function decide(what, el) {
  const hold = /** @type {NonNullable<typeof pending>} */ (pending);
  let warnings = [];
  let action;
  if (what.kind === 'social') {
    const note = String(what.social.note ?? '');
    /** @type {any} */
    const event = { kind: 'social', site: adapter?.site, action: what.social.action, target: what.social.target, at: localRfc3339() };
    // A connection note is checked with every rule for direct messages (the core does).
    if (note.trim()) event.note = note;
    const r = await ask({ type: 'check', event });
    warnings = (r?.warnings ?? []).filter((/** @type {any} */ w) => w.severity === 'stop' || w.severity === 'caution');
    action = { verb: verbOf(what.social.action), kind: 'social' };
    if (what.invite) {
      // The Connect click that opened the dialog was already confirmed: hold
      // again only for what the note adds (warnings with a span in it), and
      // then show everything, the connection's warning too.
      if (what.invite.cleared && !warnings.some((/** @type {any} */ w) => w.span)) warnings = [];
      action = { verb: 'Send', kind: note.trim() ? 'writing' : 'social' };
    }
  } else {
    const st = what.st;
    let result = st.lastKey === stateKey(st.c.read().event) ? st.result : null;
    if (!result) result = (await checkComposer(st)) ?? [];
    warnings = result.filter((/** @type {any} */ w) => w.severity === 'stop');
    action = { verb: st.c.surface === 'email' || st.c.surface === 'direct_message' ? 'Send' : 'Post', kind: 'writing' };
    if (warnings.length) {
      // Show every warning of the text in the confirmation, stop first.
      warnings = result.filter((/** @type {any} */ w) => w.severity !== 'info');
      st.card?.remove();
      st.card = null;
    }
  }
  if (!warnings.length) {
    await hold.complete;
    pending = null;
    cleared(what);
    if (what.kind === 'send') watchSent(what.st);
    replay(hold.el, hold.events);
    return;
  }
  if (what.kind === 'send') what.st.holding = true;
  let choice;
  try {
    choice = await confirmHeld(what.control, warnings, /** @type {any} */ (action));
  } finally {
    if (what.kind === 'send') what.st.holding = false;
  }
  await hold.complete;
  pending = null;
  if (choice === 'anyway') {
    cleared(what);
    if (what.kind === 'send') watchSent(what.st);
    replay(hold.el, hold.events);
  } else if (what.kind === 'send') /** @type {HTMLElement} */ (what.st.c.editable).focus?.();
  else if (choice === 'edit' && what.social.noteBox) /** @type {HTMLElement} */ (what.social.noteBox).focus?.();
  else /** @type {HTMLElement} */ (what.control).focus?.();
}

/** A Connect click is let through: the dialog it opens need not ask again. @param {any} what */
function cleared(what) {
  if (what.kind === 'social' && what.social.action === 'connect' && !what.invite && lastConnect) lastConnect.cleared = true;
}

/** Remembers a Connect click (held or not) for the invitation dialog it opens. @param {any} what @param {boolean} held */
function rememberConnect(what, held) {
  if (what?.kind !== 'social' || what.social.action !== 'connect' || what.invite) return;
  lastConnect = { target: what.social.target, at: Date.now(), cleared: !held };
}

/** @param {string} action */
function verbOf(action) {
  return { connect: 'Connect', follow: 'Follow', like: 'Like', friend: 'Add friend', comment: 'Comment', poke: 'Poke' }[action] || 'Continue';
}

/** Whether the cached answer for this composer already says "let it go". @param {any} st */
function sendIsClear(st) {
  const key = stateKey(st.c.read().event);
  return st.lastKey === key && Array.isArray(st.result) && !st.result.some((/** @type {any} */ w) => w.severity === 'stop');
}

// ---------------------------------------------------------------- automatic logging

const SENT_WATCH_MS = 10000;
const LOGGED_SURFACES = new Set(['email', 'direct_message']);

/**
 * A send was let through: once the site has really sent it (the compose box
 * closed, or emptied), the message is reported for the log's `sent` list.
 * If the box still holds the text after a while (the site refused, the
 * person changed their mind), nothing is logged. Once per send.
 * @param {any} st
 */
function watchSent(st) {
  if (!LOGGED_SURFACES.has(st.c.surface) || st.watching) return;
  const { event } = st.c.read();
  if (!event.text.trim() || !event.to?.length) return;
  const at = localRfc3339();
  st.watching = true;
  const started = Date.now();
  const tick = () => {
    let gone = !st.c.editable.isConnected || !st.c.root.isConnected;
    let text = '';
    if (!gone) {
      try {
        text = st.c.read().event.text.trim();
      } catch {
        gone = true;
      }
    }
    if (gone || !text) {
      st.watching = false;
      ask({ type: 'sent', event: { ...event, at } });
      return;
    }
    // The person is writing something else: that send did not happen.
    if (text !== event.text.trim() || Date.now() - started > SENT_WATCH_MS) {
      st.watching = false;
      return;
    }
    setTimeout(tick, 250);
  };
  setTimeout(tick, 250);
}

/** The capture-phase guard for clicks, pointer and key events. @param {Event} e */
function guard(e) {
  if (replaying || !e.isTrusted || !enabled()) return;
  try {
    const el = eventTarget(e);
    if (!el) return;
    // While a decision is pending, every further activation of that element is held too.
    if (pending && (pending.el === el || pending.el.contains(el))) {
      const first = pending.events[0];
      const byKey = first instanceof KeyboardEvent;
      const key = /** @type {KeyboardEvent} */ (e).key;
      // Held by a key (Enter in a message box): only that key again; other
      // typing and clicks in the box go on. Held by the pointer: the rest of
      // the pointer sequence, and Enter/Space on the same control.
      const activating =
        e.type === 'keydown' || e.type === 'keyup'
          ? byKey
            ? key === /** @type {KeyboardEvent} */ (first).key
            : key === 'Enter' || key === ' '
          : !byKey && MOUSE_SEQUENCE.includes(e.type);
      if (activating) {
        // One key press is one activation: a repeated Enter is swallowed, not replayed.
        const repeat = e.type === 'keydown' && byKey;
        if (e.type !== 'keyup' && !repeat) pending.events.push(e);
        if (e.type === 'click') pending.finish();
        swallow(e);
      }
      return;
    }
    if (e.type === 'keyup') return;
    if (e.type === 'keydown') {
      const k = /** @type {KeyboardEvent} */ (e);
      if (k.key !== 'Enter' && k.key !== ' ') return;
      const what = classify(el, e);
      if (!what) return;
      // A native <button> turns Enter/Space into a click: hold that click instead.
      if (what.kind === 'social' && what.control instanceof HTMLButtonElement) return;
      if (what.kind === 'send' && what.control !== what.st.c.editable && what.control instanceof HTMLButtonElement) return;
      const hold = mustHold(what);
      rememberConnect(what, hold);
      if (!hold) {
        if (what.kind === 'send') watchSent(what.st);
        return;
      }
      swallow(e);
      startHold(el, e);
      decide(what, el).catch(() => {
        pending = null;
      });
      return;
    }
    // Pointer sequence: decide on the first event; hold the rest of it.
    if (e.type === 'pointerdown' || e.type === 'mousedown' || e.type === 'click') {
      const what = classify(el, e);
      if (!what) return;
      const hold = mustHold(what);
      rememberConnect(what, hold);
      if (!hold) {
        if (what.kind === 'send') watchSent(what.st);
        return;
      }
      swallow(e);
      startHold(el, e);
      decide(what, el).catch(() => {
        pending = null;
      });
    }
  } catch {
    // Never break the page: an unexpected error means no warning.
  }
}

/** @param {any} what */
function mustHold(what) {
  if (what.kind === 'social') {
    if (!couldBeTracked(what.social.target)) return false;
    // An invitation's Send: a note is checked; without one, only a connection not checked yet.
    if (what.invite) return !!String(what.social.note ?? '').trim() || !what.invite.cleared;
    return true;
  }
  return !sendIsClear(what.st);
}

// ---------------------------------------------------------------- profile views

let lastViewed = '';
function reportProfileView() {
  if (!adapter) return;
  const p = adapter.pageProfile(document);
  if (!p || !p.profile || p.profile === lastViewed) return;
  lastViewed = p.profile;
  if (!couldBeTracked(p)) return;
  ask({ type: 'check', event: { kind: 'social', site: adapter.site, action: 'view_profile', target: p, at: localRfc3339() } });
}

// ---------------------------------------------------------------- adapter health

// Each address is probed once, after the page had time to render: the
// adapter's probes say what this page should have and whether it is there;
// the result is counted (locally, in the background) for the options
// page's health view. Nothing of this runs on the mutation or keystroke
// path beyond noticing a new address.
const PROBE_SETTLE_MS = 8000;
let probedUrl = '';

function runProbes() {
  if (!adapter?.probes?.length || location.href === probedUrl) return;
  const url = (probedUrl = location.href);
  setTimeout(() => {
    // Gone elsewhere meanwhile: that address is probed on its own.
    if (location.href !== url || !enabled()) return;
    for (const p of adapter.probes || []) {
      try {
        if (!p.expected(document)) continue;
        ask({ type: 'health', site: adapter.site, probe: p.id, label: p.label, ok: !!p.found(document) });
      } catch {
        /* a probe that cannot tell says nothing */
      }
    }
  }, PROBE_SETTLE_MS);
}

// ---------------------------------------------------------------- start

function observe() {
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    try {
      scan();
      reportProfileView();
      runProbes();
    } catch {
      /* a page we do not understand: no warning */
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Once per frame; hidden tabs get no frames, so fall back to a timer.
    if (document.hidden) setTimeout(flush, 200);
    else requestAnimationFrame(flush);
  };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  schedule();
}

if (adapter) {
  for (const t of [...MOUSE_SEQUENCE, 'keydown', 'keyup']) addEventListener(t, guard, true);
  addEventListener('input', onInput, true);
  addEventListener('focusin', onFocusIn, true);
  chrome.runtime.onMessage.addListener((msg) => {
    if (msg?.type === 'index-changed') loadIndex();
  });
  loadIndex();
  if (document.documentElement) observe();
  else document.addEventListener('readystatechange', observe, { once: true });
}
