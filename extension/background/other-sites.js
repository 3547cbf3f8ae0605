// Other sites: origins the person enabled on the options page. The options
// page asks the browser for the optional host permission (and `scripting`)
// in the click that adds a site; this module keeps the list (storage key
// `otherSites`) and registers the content script for exactly those origins.

import { parseOrigin } from '../shared/origin.js';

const SCRIPT_ID = 'other-sites';

/** @returns {Promise<string[]>} */
export async function otherSites() {
  const got = await chrome.storage.local.get('otherSites');
  return Array.isArray(got.otherSites) ? got.otherSites : [];
}

/**
 * Registers the content script for the enabled origins the browser still
 * grants (a permission removed in the browser's own settings drops out).
 */
export async function syncOtherSites() {
  if (!chrome.scripting?.registerContentScripts) return;
  const sites = await otherSites();
  const granted = [];
  for (const o of sites) {
    if (await chrome.permissions.contains({ origins: [`${o}/*`] }).catch(() => false)) granted.push(o);
  }
  const matches = granted.map((o) => `${o}/*`);
  // A worker wakes often: leave the registration alone when it is right.
  const [current] = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (current && JSON.stringify([...(current.matches || [])].sort()) === JSON.stringify([...matches].sort())) return;
  await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => {});
  if (!granted.length) return;
  await chrome.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: ['content/main.js'], css: ['content/page.css'], runAt: 'document_start', allFrames: false },
  ]);
}

/** @param {string} input */
export async function addOtherSite(input) {
  const p = parseOrigin(input);
  if ('error' in p) throw new Error(p.error);
  const granted = await chrome.permissions.contains({ origins: [`${p.origin}/*`] });
  if (!granted) throw new Error(`Interview Guard was not allowed to read ${p.origin}`);
  const sites = await otherSites();
  if (!sites.includes(p.origin)) await chrome.storage.local.set({ otherSites: [...sites, p.origin] });
  await syncOtherSites();
  return p.origin;
}

/** @param {string} origin */
export async function removeOtherSite(origin) {
  const sites = await otherSites();
  await chrome.storage.local.set({ otherSites: sites.filter((o) => o !== origin) });
  await syncOtherSites();
  await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => {});
}
