// Messages to the background. The worker may be stopped at any moment; the
// next message wakes it. A message that fails (the worker restarted while
// answering) or gets no answer in time (a worker that hangs) is retried
// once, then given up silently: no warning, nothing held, never an error in
// the page.

/** How long one attempt may take. A cold worker answers in well under 100 ms. */
export const ATTEMPT_MS = 2000;

/** @param {Promise<any>} p @param {number} ms */
function within(p, ms) {
  let timer = 0;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), ms);
  });
  // The race handles the loser's later rejection too (no unhandled rejection).
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** @param {any} msg @returns {Promise<any|null>} the answer, or null */
export async function ask(msg) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await within(chrome.runtime.sendMessage(msg), ATTEMPT_MS);
      if (r && r.ok) return r;
      if (r && !r.ok) return null; // refused or invalid: nothing to show
    } catch {
      /* the worker went away mid-answer, or hangs: try once more */
    }
  }
  return null;
}
