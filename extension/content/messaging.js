// Messages to the background. The worker may be stopped at any moment; the
// next message wakes it. A message that fails (the worker restarted while
// answering) is retried once, then given up silently (no warning, never an
// error in the page).

/** @param {any} msg @returns {Promise<any|null>} the answer, or null */
export async function ask(msg) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await chrome.runtime.sendMessage(msg);
      if (r && r.ok) return r;
      if (r && !r.ok) return null; // refused or invalid: nothing to show
    } catch {
      /* the worker went away mid-answer: try once more */
    }
  }
  return null;
}
