// How the options page words adapter health (background/health.js keeps
// the counts).

/** Misses in a row (with no success between) before a site is shown as broken. */
export const BROKEN_AFTER = 3;

/**
 * The sentence the options page shows for one probe, or null when fine.
 * @param {string} siteName @param {any} h @param {Date} [now]
 */
export function brokenSentence(siteName, h, now = new Date()) {
  if (!h || (h.misses || 0) < BROKEN_AFTER || !h.firstMiss) return null;
  const days = Math.floor((now.getTime() - Date.parse(h.firstMiss)) / 86400000);
  const since = days <= 0 ? 'since today' : days === 1 ? 'since yesterday' : `for ${days} days`;
  return `Interview Guard cannot see ${h.label || 'what it looks for'} on ${siteName} ${since}.`;
}
