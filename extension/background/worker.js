// The background service worker. Every listener is registered synchronously
// at the top level (the worker can be stopped at any time and is woken by
// the next event); each awaits the one `ready` promise (WASM core + log).
import { loadCore } from './core.js';
import { loadStore, identityKey } from './store.js';
import { handleMessage } from './router.js';
import { refreshEngine, refreshBadge, onAlarm } from './service.js';
import { syncOtherSites } from './other-sites.js';
import { NOTIFY_ALARM, getPrefs, syncAlarm, notifyDue, onNotificationClicked } from './notify.js';

/** @type {Promise<{key: string}>} */
const ready = (async () => {
  await loadCore();
  await loadStore();
  const key = await identityKey();
  refreshEngine();
  // The reminder-notification alarm exists exactly while the option is on.
  await syncAlarm(await getPrefs()).catch(() => {});
  // The content script on the other sites the person enabled.
  await syncOtherSites().catch(() => {});
  return { key };
})();
ready.catch((e) => console.error('Interview Guard failed to start', e));

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  ready
    .then((r) => handleMessage(msg, sender, r))
    .then(
      (answer) => sendResponse({ ok: true, ...answer }),
      (e) => sendResponse({ ok: false, error: String(e?.message || e), problems: e?.problems }),
    );
  return true; // answered asynchronously
});

chrome.runtime.onInstalled.addListener(() => {
  chrome.alarms.create('reminders', { periodInMinutes: 30 });
  ready.then(refreshBadge).catch(() => {});
});

chrome.alarms.onAlarm.addListener((alarm) => {
  ready
    .then(() => (alarm.name === NOTIFY_ALARM ? notifyDue() : onAlarm(alarm)))
    .catch(() => {});
});

chrome.notifications?.onClicked.addListener((id) => {
  onNotificationClicked(id).catch(() => {});
});
