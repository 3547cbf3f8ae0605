// The site the person typed on the options page, as an origin (shared by
// the options page and the background, which checks it again).

/**
 * The origin of what the person typed ("forum.example.com",
 * "https://forum.example.com/t/123"), or an error message.
 * @param {string} input
 * @returns {{origin: string}|{error: string}}
 */
export function parseOrigin(input) {
  let s = String(input ?? '').trim();
  if (!s) return { error: 'Type the address of a site, e.g. https://forum.example.com' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `https://${s}`;
  let url;
  try {
    url = new URL(s);
  } catch {
    return { error: `"${input}" is not a web address` };
  }
  if (url.protocol !== 'https:') return { error: 'Only https:// sites can be added' };
  if (!url.hostname.includes('.') || url.username || url.password) return { error: `"${input}" is not a web address` };
  return { origin: `https://${url.host.toLowerCase()}` };
}
