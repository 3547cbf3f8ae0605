// Decides once, from the sender, what a message may do:
//  - extension pages (popup, options, the warning page) may read and change
//    the log;
//  - content scripts may only submit events and get warnings back, ask for
//    the keyed-hash index, and show or answer the warning page.
// Anything else is refused.
import * as store from './store.js';
import * as svc from './service.js';
import { saveInterview, savePerson, removePerson, removeInterview, mergeLogs, isEmptyLog, withDefaults } from './log-model.js';
import { validateLog, ruleCatalogue, schemaVersion } from './core.js';
import { getPrefs, setPrefs } from './notify.js';
import { recordHealth, getHealth } from './health.js';
import { otherSites, addOtherSite, removeOtherSite } from './other-sites.js';

const EVENT_KINDS = new Set(['compose', 'social']);

/** @param {chrome.runtime.MessageSender} sender @returns {'extension'|'content'|null} */
export function senderKind(sender) {
  if (sender.id !== chrome.runtime.id) return null;
  const url = String(sender.url || '');
  // The extension's own pages (popup, options, the warning page, also under
  // its dynamic host). A content script's sender.url is the web page's.
  if (/^(chrome|moz)-extension:\/\//.test(url)) return 'extension';
  if (sender.tab && /^https?:\/\//.test(url)) return 'content';
  return null;
}

/** Pending warning-page contents, by tab and ui id (session storage survives a worker restart). */
async function putUi(/** @type {number} */ tab, /** @type {string} */ id, /** @type {any} */ payload) {
  await chrome.storage.session.set({ [`ui:${tab}:${id}`]: payload });
}
async function getUi(/** @type {number} */ tab, /** @type {string} */ id) {
  const k = `ui:${tab}:${id}`;
  const got = await chrome.storage.session.get(k);
  return got[k] ?? null;
}

/** @param {any} event */
function checkedEvent(event) {
  if (!event || typeof event !== 'object' || !EVENT_KINDS.has(event.kind)) throw new Error('event: expected a compose or social event');
  return event;
}

async function changed() {
  svc.refreshEngine();
  svc.refreshBadge();
  svc.broadcastIndexChanged();
}

/** @param {any} msg @param {chrome.runtime.MessageSender} sender @param {{key: string}} ctx */
export async function handleMessage(msg, sender, ctx) {
  const kind = senderKind(sender);
  if (!kind || !msg || typeof msg.type !== 'string') throw new Error('refused');
  const tabId = sender.tab?.id ?? -1;

  // ---- allowed for content scripts (and extension pages) ----
  switch (msg.type) {
    case 'check': {
      const event = checkedEvent(msg.event);
      if (event.kind === 'social' && event.action === 'view_profile') {
        await svc.recordView(event.target, event.site);
      }
      const log = store.getLog();
      if (log.settings?.sites?.[event.site] === false) return { warnings: [] };
      return { warnings: svc.check(event) };
    }
    case 'sent': {
      // A message the site has sent (its compose box closed or emptied).
      const event = checkedEvent(msg.event);
      if (event.kind !== 'compose') throw new Error('sent: expected a compose event');
      if (store.getLog().settings?.sites?.[event.site] === false) return { added: [] };
      const added = await svc.recordSent(event);
      if (added.length) await changed();
      return { added: added.length };
    }
    case 'health':
      // What an adapter expected on a page and did or did not find (kept locally, never sent anywhere).
      await recordHealth(String(msg.site || ''), String(msg.probe || ''), String(msg.label || ''), !!msg.ok);
      return {};
    case 'index':
      return { index: svc.identityIndex(ctx.key) };
    case 'ui-show':
      if (kind !== 'content') break;
      await putUi(tabId, String(msg.id), { warnings: msg.warnings, action: msg.action });
      return {};
    case 'ui-hide':
      if (kind !== 'content') break;
      await chrome.storage.session.remove(`ui:${tabId}:${msg.id}`);
      return {};
  }
  if (kind !== 'extension') throw new Error('refused: content scripts may only submit events');

  // ---- extension pages only ----
  switch (msg.type) {
    case 'ui-pull': {
      // The warning page, inside a site's tab, asks for what to show.
      const p = await getUi(tabId, String(msg.id));
      if (!p) return { payload: null };
      return { payload: { ...p, warnings: svc.enrich(p.warnings) } };
    }
    case 'ui-choice':
    case 'ui-size':
      // From the warning page to the content script of its tab (top frame).
      await chrome.tabs.sendMessage(tabId, { type: msg.type, id: msg.id, choice: msg.choice, height: msg.height }, { frameId: 0 });
      return {};
    case 'state':
      return {
        log: store.getLog(),
        corrupt: store.getCorruptReports(),
        schema: schemaVersion(),
        reminders: svc.reminders(msg.now),
        prefs: await getPrefs(),
        autoLogged: await svc.autoLogged(),
        health: await getHealth(),
        otherSites: await otherSites(),
      };
    case 'prefs':
      return { prefs: await setPrefs(msg.prefs || {}) };
    case 'rules':
      return { rules: ruleCatalogue() };
    case 'validate':
      return { problems: validateLog(withDefaults(msg.log || {})) };
    case 'save-interview':
      await store.update((log) => saveInterview(log, msg.interview, msg.newPeople || []));
      break;
    case 'remove-interview':
      await store.update((log) => removeInterview(log, msg.id));
      break;
    case 'set-status':
      await store.update((log) => ({
        ...log,
        interviews: log.interviews.map((/** @type {any} */ i) => (i.id === msg.id ? { ...i, status: msg.status } : i)),
      }));
      break;
    case 'other-site-add':
      return { origin: await addOtherSite(msg.input), otherSites: await otherSites() };
    case 'other-site-remove':
      await removeOtherSite(String(msg.origin || ''));
      return { otherSites: await otherSites() };
    case 'undo-sent':
      await svc.undoSent(msg.entry);
      break;
    case 'mark-sent':
      await store.update((log) => ({ ...log, sent: [...log.sent, msg.entry] }));
      break;
    case 'save-person':
      await store.update((log) => savePerson(log, msg.person));
      break;
    case 'remove-person':
      await store.update((log) => removePerson(log, msg.id));
      break;
    case 'settings':
      await store.update((log) => ({ ...log, settings: { ...log.settings, ...msg.settings } }));
      break;
    case 'import': {
      // mode: 'auto' applies into an empty log; otherwise 'merge' or 'replace'.
      const incoming = msg.log;
      if (!incoming || typeof incoming !== 'object' || Array.isArray(incoming)) {
        throw Object.assign(new Error('not a log'), { problems: ['the file is not a JSON object'] });
      }
      const problems = validateLog(incoming);
      if (problems.length) throw Object.assign(new Error('invalid log'), { problems });
      const empty = isEmptyLog(store.getLog());
      if (msg.mode === 'auto' && !empty) return { needsChoice: true };
      const mode = msg.mode === 'merge' ? 'merge' : 'replace';
      await store.update(
        (log) => (mode === 'merge' && !empty ? mergeLogs(log, incoming) : withDefaults(incoming)),
        { backup: `before import (${mode})` },
      );
      break;
    }
    case 'delete-everything':
      await store.deleteEverything();
      await setPrefs({ notify: false });
      await chrome.storage.local.remove(['notifications', 'autoLogged', 'health']);
      for (const o of await otherSites()) await removeOtherSite(o);
      break;
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
  await changed();
  return { log: store.getLog() };
}
