// What the background does with the log: checks, reminders, the identity
// index for content scripts, enriching warnings for the warning page, the
// badge, and recording views of tracked profiles.
import { CoreEngine, identityKeys } from './core.js';
import { getLog, update } from './store.js';
import { targetKeys, emailKey, profileKey, nameKey } from '../shared/identity.js';
import { identityHash, fromHex } from '../shared/hmac.js';
import { localRfc3339, localDate } from '../shared/time.js';

/** @type {CoreEngine|null} */
let engine = null;

export function refreshEngine() {
  engine?.free();
  engine = new CoreEngine(getLog());
}

/** @param {any} event */
export function check(event) {
  if (!engine) refreshEngine();
  return /** @type {CoreEngine} */ (engine).check(event);
}

/** @param {string} [now] */
export function reminders(now = localRfc3339()) {
  if (!engine) refreshEngine();
  return /** @type {CoreEngine} */ (engine).reminders(now);
}

/** Every identity string of one tracked person. @param {any} p */
export function personKeys(p) {
  return [
    ...(p.emails || []).map(emailKey),
    ...(p.profiles || []).map(profileKey),
    nameKey(p.name),
  ].filter((k) => typeof k === 'string');
}

/** The content scripts' index: keyed hashes only, never names. @param {string} keyHex */
export function identityIndex(keyHex) {
  const key = fromHex(keyHex);
  const log = getLog();
  const hashes = new Set();
  // The core normalises the identities (the same rules it matches with).
  for (const k of identityKeys(log)) hashes.add(identityHash(key, k));
  // Tracked companies' domains let a compose window know an email may concern them.
  const domains = new Set();
  for (const i of log.interviews) for (const d of i.company_domains || []) domains.add(identityHash(key, `domain:${String(d).trim().toLowerCase()}`));
  const enabled = log.settings?.sites || {};
  return { key: keyHex, hashes: [...hashes], domains: [...domains], sites: enabled };
}

/** The tracked person a target names (profile first, then email, then name; ambiguous → none). @param {any} target */
export function resolvePerson(target) {
  const log = getLog();
  const keys = targetKeys(target || {});
  for (const kind of ['profile:', 'email:', 'name:']) {
    const k = keys.find((x) => x.startsWith(kind));
    if (!k) continue;
    const hits = log.people.filter((p) => personKeys(p).includes(k));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return null;
  }
  return null;
}

/** Adds the person's name and the company to each warning (extension pages only). @param {any[]} warnings */
export function enrich(warnings) {
  const log = getLog();
  return (warnings || []).map((w) => {
    const person = log.people.find((/** @type {any} */ p) => p.id === w.person);
    const interview =
      log.interviews.find((/** @type {any} */ i) => i.id === w.interview) ||
      (person &&
        log.interviews
          .filter((/** @type {any} */ i) => (i.interviewer_ids || []).includes(person.id))
          .sort((/** @type {any} */ a, /** @type {any} */ b) => (a.at < b.at ? 1 : -1))[0]);
    return { ...w, personName: person?.name ?? null, company: interview?.company ?? null };
  });
}

/** Records a profile view of a tracked person (once a day per person). @param {any} target @param {string} site */
export async function recordView(target, site) {
  const person = resolvePerson(target);
  if (!person) return;
  const today = localDate();
  const log = getLog();
  if (log.views.some((/** @type {any} */ v) => v.person === person.id && String(v.at).slice(0, 10) === today)) return;
  await update((l) => ({ ...l, views: [...l.views, { person: person.id, site, at: localRfc3339() }] }));
  refreshEngine();
}

// ---------------------------------------------------------------- automatic logging

/** How many automatically logged messages the popup offers to undo. */
const AUTO_KEEP = 20;
/** The same message reported again within this time is one message. */
const SAME_SEND_MS = 5 * 60 * 1000;

/** Two `sent` entries for the same message. @param {any} a @param {any} b */
function sameEntry(a, b) {
  return (a.to ?? null) === (b.to ?? null) && (a.company ?? null) === (b.company ?? null) && a.kind === b.kind && a.at === b.at && (a.text ?? '') === (b.text ?? '');
}

/**
 * Records a sent email or direct message in the log (`sent`): the core
 * says whom it reached (tracked people, or a tracked company's address)
 * and what it was (thank-you, follow-up, other). A message to nobody
 * tracked records nothing. The entries are also remembered under
 * `autoLogged`, so the popup can show them and undo them.
 * @param {any} event
 * @returns {Promise<any[]>} the entries added
 */
export async function recordSent(event) {
  if (!engine) refreshEngine();
  const records = /** @type {CoreEngine} */ (engine).sentRecords(event);
  if (!records.length) return [];
  const t = Date.parse(event.at);
  /** @type {any[]} */
  let added = [];
  await update((log) => {
    // A message reported twice (a button and a key, a retried report) is logged once.
    added = records.filter(
      (/** @type {any} */ r) =>
        !log.sent.some(
          (/** @type {any} */ s) =>
            (s.to ?? null) === (r.to ?? null) && (s.company ?? null) === (r.company ?? null) && (s.text ?? '') === r.text && Math.abs(Date.parse(s.at) - t) < SAME_SEND_MS,
        ),
    );
    return added.length ? { ...log, sent: [...log.sent, ...added] } : log;
  });
  if (!added.length) return [];
  const got = await chrome.storage.local.get('autoLogged');
  const now = new Date().toISOString();
  const list = [...added.map((entry) => ({ entry, site: event.site, loggedAt: now })), ...(got.autoLogged || [])].slice(0, AUTO_KEEP);
  await chrome.storage.local.set({ autoLogged: list });
  return added;
}

/** The automatically logged messages still in the log, newest first. */
export async function autoLogged() {
  const got = await chrome.storage.local.get('autoLogged');
  const log = getLog();
  return (got.autoLogged || []).filter((/** @type {any} */ a) => log.sent.some((/** @type {any} */ s) => sameEntry(s, a.entry)));
}

/** Undoes one automatic entry: removes it from the log and from the list. @param {any} entry */
export async function undoSent(entry) {
  await update((log) => {
    const i = log.sent.findIndex((/** @type {any} */ s) => sameEntry(s, entry));
    return i < 0 ? log : { ...log, sent: log.sent.filter((/** @type {any} */ _, /** @type {number} */ j) => j !== i) };
  });
  const got = await chrome.storage.local.get('autoLogged');
  await chrome.storage.local.set({ autoLogged: (got.autoLogged || []).filter((/** @type {any} */ a) => !sameEntry(a.entry, entry)) });
}

export async function refreshBadge() {
  try {
    const due = reminders().filter((r) => r.severity !== 'info');
    await chrome.action.setBadgeText({ text: due.length ? String(due.length) : '' });
    await chrome.action.setBadgeBackgroundColor({ color: '#b45309' });
  } catch {
    /* no badge in this browser */
  }
}

/** @param {chrome.alarms.Alarm} alarm */
export async function onAlarm(alarm) {
  if (alarm.name === 'reminders') await refreshBadge();
}

/** Tells every tab's content script that the identity index changed. */
export async function broadcastIndexChanged() {
  try {
    const tabs = await chrome.tabs.query({});
    for (const t of tabs) {
      if (t.id != null) chrome.tabs.sendMessage(t.id, { type: 'index-changed' }).catch(() => {});
    }
  } catch {
    /* no tabs API here */
  }
}
