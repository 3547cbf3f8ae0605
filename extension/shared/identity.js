// Normalised identity strings of people, the same as the core's
// `identity_keys` (src/people.rs). Both sides check
// tests/fixtures/identity-vectors.json.
//
//   email:jane.doe@acme.com
//   profile:linkedin.com/in/janedoe
//   name:jane doe

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** @param {string} email @returns {string|null} */
export function emailKey(email) {
  const e = String(email ?? '').trim().toLowerCase();
  if (!e || !e.includes('@')) return null;
  return `email:${e}`;
}

/** @param {string} s */
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** @param {string} url @returns {string|null} */
export function profileKey(url) {
  let u = String(url ?? '').trim();
  if (!u) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) u = `https://${u.replace(/^\/\//, '')}`;
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?]*)([^?]*)(\?.*)?$/i.exec(u);
  if (!m) return null;
  let host = m[1].toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host.replace(/:\d+$/, '');
  host = host.replace(/^(?:www|m|mobile)\./, '');
  // A two-letter country label in front of a registrable domain (uk.linkedin.com).
  const labels = host.split('.');
  if (labels.length >= 3 && /^[a-z]{2}$/.test(labels[0])) host = labels.slice(1).join('.');
  if (host === 'twitter.com') host = 'x.com';
  if (!host) return null;
  let path = safeDecode(m[2] || '').toLowerCase();
  path = path.replace(/\/+$/, '');
  if (host === 'linkedin.com') {
    const li = /^\/in\/([^/]+)/.exec(path);
    if (li) path = `/in/${li[1]}`;
  }
  let query = '';
  if (host === 'facebook.com' && path === '/profile.php' && m[3]) {
    const id = new URLSearchParams(m[3].slice(1)).get('id');
    if (id) query = `?id=${id.trim()}`;
  }
  return `profile:${host}${path}${query}`;
}

/** @param {string} name @returns {string|null} */
export function nameKey(name) {
  let n = String(name ?? '').normalize('NFD').replace(COMBINING, '').toLowerCase();
  n = n.replace(/[\u2019\u2018\u02bc]/g, "'");
  const tokens = n.split(/\s+/).filter(Boolean);
  const bare = (/** @type {string} */ t) => t.replace(/[.,]/g, '');
  // One leading honorific and one trailing suffix, dots ignored ("Dr.", "Jr.").
  if (tokens.length && HONORIFICS.has(bare(tokens[0]))) tokens.shift();
  if (tokens.length && SUFFIXES.has(bare(tokens[tokens.length - 1]))) tokens.pop();
  if (tokens.length < 2) return null;
  return `name:${tokens[0]} ${tokens[tokens.length - 1]}`;
}

/**
 * Every identity string of a target as a content script sees it.
 * @param {{name?: string|null, profile?: string|null, email?: string|null}} t
 * @returns {string[]}
 */
export function targetKeys(t) {
  return [t.email && emailKey(t.email), t.profile && profileKey(t.profile), t.name && nameKey(t.name)].filter(
    (k) => typeof k === 'string',
  );
}
