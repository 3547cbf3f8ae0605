// Adapter health: a LinkedIn profile whose Connect and Follow buttons the
// adapter cannot find is counted (locally); after repeated misses the
// options page says the site looks broken and since when; a profile where
// they are found clears it. Real Chromium and extension, fixture pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, janeLog, daysFromNow } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch((url) => {
    // A profile as a changed LinkedIn might render it: the name, no button we know.
    if (url.host === 'www.linkedin.com' && url.pathname === '/in/changed-profile/') {
      return { body: '<!doctype html><html><body><main><section><h1>Alex Example</h1><div><button>Something new</button></div></section></main></body></html>' };
    }
    return serveFixtures(url);
  });
});
after(async () => {
  await h?.close();
});

/** Waits for the stored health of LinkedIn to satisfy `ok`. @param {(x: any) => boolean} ok */
async function linkedinHealth(ok, ms = 15000) {
  const until = Date.now() + ms;
  for (;;) {
    const x = (await h.storage()).health?.linkedin;
    if ((x && ok(x)) || Date.now() > until) return x;
    await new Promise((r) => setTimeout(r, 500));
  }
}

test('adapter health: a profile without the Connect/Follow buttons is counted as a miss; the options page reports the site after repeated misses; a working profile clears it', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-1, 15) }));
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/changed-profile/');
  const missed = await linkedinHealth((x) => Object.values(x).some((p) => p.misses >= 1));
  assert.ok(missed, 'no miss recorded');
  const [probe, rec] = /** @type {[string, any]} */ (Object.entries(missed).find(([, p]) => p.misses >= 1));
  assert.equal(rec.lastOk, null);
  await page.close();

  // Three misses that began three days ago (as several visits would leave them).
  const opts = await h.ctx.newPage();
  await opts.goto(`${h.base}/options/options.html`);
  await opts.evaluate(([p, r]) => chrome.storage.local.set({ health: { linkedin: { [p]: { ...r, misses: 3, firstMiss: new Date(Date.now() - 3 * 86400000 - 60000).toISOString() } } } }), [probe, rec]);
  await opts.reload();
  const line = opts.locator('.health.broken[data-site="linkedin"]');
  await line.waitFor();
  assert.match(await line.innerText(), /^Interview Guard cannot see the .+ on LinkedIn for 3 days\./);
  assert.equal(await opts.locator('.health.broken').count(), 1, 'only LinkedIn is reported');

  // A profile where the buttons are found clears it.
  const ok = await h.ctx.newPage();
  await ok.goto('https://www.linkedin.com/in/janedoe/');
  const cleared = await linkedinHealth((x) => x[probe]?.misses === 0);
  assert.equal(cleared[probe].misses, 0);
  assert.ok(cleared[probe].lastOk);
  await ok.close();
  await opts.reload();
  await opts.locator('.health.ok[data-site="linkedin"]').waitFor();
  assert.equal(await opts.locator('.health.broken').count(), 0);
  await opts.close();
});
