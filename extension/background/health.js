// Adapter health: per site and probe, when the adapter last found what it
// expected and how often it has missed since. Stored locally under
// `health`; nothing is ever reported anywhere. The options page shows a
// site as broken after repeated misses ("cannot see the Connect button on
// LinkedIn since 3 days"; see shared/health.js).
//
// health = { [site]: { [probe]: { label, lastOk, firstMiss, lastMiss, misses } } }

const SITE = /^[a-z]{1,20}$/;
const PROBE = /^[a-z0-9-]{1,40}$/;
let queue = Promise.resolve();

/**
 * @param {string} site @param {string} probe @param {string} label @param {boolean} ok
 * @param {Date} [now]
 */
export function recordHealth(site, probe, label, ok, now = new Date()) {
  if (!SITE.test(site) || !PROBE.test(probe)) return Promise.resolve();
  // One at a time: many tabs may report at once.
  queue = queue.then(async () => {
    const got = await chrome.storage.local.get('health');
    const health = got.health && typeof got.health === 'object' ? got.health : {};
    const bySite = (health[site] ??= {});
    const prev = bySite[probe] || { lastOk: null, firstMiss: null, lastMiss: null, misses: 0 };
    const at = now.toISOString();
    bySite[probe] = ok
      ? { label: label.slice(0, 120), lastOk: at, firstMiss: null, lastMiss: prev.lastMiss, misses: 0 }
      : { label: label.slice(0, 120), lastOk: prev.lastOk, firstMiss: prev.firstMiss ?? at, lastMiss: at, misses: (prev.misses || 0) + 1 };
    await chrome.storage.local.set({ health });
  });
  return queue.catch(() => {});
}

/** @returns {Promise<any>} */
export async function getHealth() {
  const got = await chrome.storage.local.get('health');
  return got.health && typeof got.health === 'object' ? got.health : {};
}
