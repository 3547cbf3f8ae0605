// Due reminders as browser notifications: optional, off by default (the
// options page's switch). While on, an alarm runs every 30 minutes and each
// `caution` reminder is shown at most once per reminder per day; `info`
// reminders only appear in the popup.
//
// Storage keys (chrome.storage.local, beside the log, not part of it):
//   prefs          {notify: boolean}
//   notifications  {day: 'YYYY-MM-DD', shown: {[reminder key]: notification id}, runs: n, lastRun: RFC 3339}
import { reminders } from './service.js';
import { localDate, localRfc3339 } from '../shared/time.js';

export const NOTIFY_ALARM = 'reminder-notifications';
const PERIOD_MINUTES = 30;

/** @returns {Promise<{notify: boolean}>} */
export async function getPrefs() {
  const { prefs } = await chrome.storage.local.get('prefs');
  return { notify: false, ...(prefs && typeof prefs === 'object' ? prefs : {}) };
}

/** Changes the preferences; switching notifications on shows what is due now. @param {{notify?: boolean}} change */
export async function setPrefs(change) {
  const prefs = { ...(await getPrefs()) };
  if (typeof change?.notify === 'boolean') prefs.notify = change.notify;
  await chrome.storage.local.set({ prefs });
  await syncAlarm(prefs);
  if (prefs.notify) await notifyDue();
  return prefs;
}

/** The alarm exists exactly while notifications are on. @param {{notify: boolean}} prefs */
export async function syncAlarm(prefs) {
  const have = await chrome.alarms.get(NOTIFY_ALARM);
  if (prefs.notify && !have) await chrome.alarms.create(NOTIFY_ALARM, { delayInMinutes: PERIOD_MINUTES, periodInMinutes: PERIOD_MINUTES });
  if (!prefs.notify && have) await chrome.alarms.clear(NOTIFY_ALARM);
}

/** One reminder, whatever its wording: rule, person, interview. @param {any} r */
const keyOf = (r) => [r.rule, r.person ?? '', r.interview ?? ''].join('|');

let queue = Promise.resolve();

/**
 * Shows each due `caution` reminder not shown yet today. Runs one at a time
 * (the alarm and the switch may fire together), so nothing is shown twice.
 * @returns {Promise<string[]>} the notification ids created by this run
 */
export function notifyDue() {
  const run = queue.then(async () => {
    if (!(await getPrefs()).notify) return [];
    const today = localDate();
    const got = (await chrome.storage.local.get('notifications')).notifications;
    const state = got && got.day === today ? got : { day: today, shown: {}, runs: 0 };
    const created = [];
    for (const r of reminders().filter((x) => x.severity === 'caution')) {
      const key = keyOf(r);
      if (state.shown[key]) continue;
      const id = `interview-guard:${key}:${today}`;
      try {
        await chrome.notifications.create(id, {
          type: 'basic',
          iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
          title: String(r.title || 'Interview Guard'),
          message: String(r.advice || ''),
          priority: 0,
        });
      } catch {
        continue; // not shown: try again at the next run
      }
      state.shown[key] = id;
      created.push(id);
    }
    state.runs = (state.runs || 0) + 1;
    state.lastRun = localRfc3339();
    await chrome.storage.local.set({ notifications: state });
    return created;
  });
  queue = run.catch(() => {});
  return run;
}

/** A click on a notification opens the popup's list (where it is supported) and clears it. @param {string} id */
export async function onNotificationClicked(id) {
  if (!id.startsWith('interview-guard:')) return;
  await chrome.notifications.clear(id).catch(() => {});
  await chrome.action.openPopup?.().catch(() => {});
}
