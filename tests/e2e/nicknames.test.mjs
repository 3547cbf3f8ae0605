// A page that names a tracked person by a short form of their first name
// ("Bob Smith" on LinkedIn, "Robert Smith" in the log) still concerns them:
// Connect is held and the card names them as logged. Real Chromium and
// extension, the LinkedIn profile fixture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fixture, janeLog, daysFromNow } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch((url) => {
    if (url.host === 'www.linkedin.com' && url.pathname === '/in/bsmith-42/') return { body: fixture('linkedin-profile.html', { NAME: 'Bob Smith', FIRST: 'Bob', SLUG: 'bsmith-42' }) };
    if (url.host === 'www.linkedin.com' && url.pathname === '/in/bjones-7/') return { body: fixture('linkedin-profile.html', { NAME: 'Bob Jones', FIRST: 'Bob', SLUG: 'bjones-7' }) };
    return null;
  });
});
after(async () => {
  await h?.close();
});

test('a tracked Robert Smith shown as "Bob Smith": Connect is held and the card names Robert Smith; "Bob Jones" is not held', async () => {
  const log = janeLog({ at: daysFromNow(-1, 15) });
  log.people[0] = { ...log.people[0], name: 'Robert Smith', emails: [], profiles: [] };
  await h.setLog(log);
  const page = await h.ctx.newPage();
  await page.goto('https://www.linkedin.com/in/bsmith-42/');
  await page.waitForTimeout(400);
  await page.locator('main button[aria-label="Invite Bob Smith to connect"]').click();
  const frame = await h.warningFrame(page);
  assert.match(await frame.locator('#card').innerText(), /Robert Smith/);
  await frame.getByRole('button', { name: /^Cancel/ }).click();
  await page.close();

  const other = await h.ctx.newPage();
  await other.goto('https://www.linkedin.com/in/bjones-7/');
  await other.waitForTimeout(400);
  await other.locator('main button[aria-label="Invite Bob Jones to connect"]').click();
  await other.waitForTimeout(800);
  assert.equal(await other.locator('iframe[src^="chrome-extension://"]:visible').count(), 0);
  await other.close();
});
