// RFC 3339 times with the local UTC offset, as the core expects in events.

const pad = (/** @type {number} */ n, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** @param {Date} [d] @returns {string} e.g. 2026-11-24T09:00:00-05:00 */
export function localRfc3339(d = new Date()) {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** @param {Date} [d] @returns {string} YYYY-MM-DD in local time */
export function localDate(d = new Date()) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
