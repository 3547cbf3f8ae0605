// The options page's outer surface (CONTRACT.md): import through the
// <input type="file"> (empty log: at once; otherwise "Merge" / "Replace"),
// an invalid file leaves the log untouched, and "Export…" downloads
// interview-guard-YYYY-MM-DD.json that imports back to the same log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, janeLog, daysFromNow, ymd } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch(() => null);
});
after(async () => {
  await h?.close();
});

const empty = { version: 1, interviews: [], people: [], sent: [], views: [], settings: {} };
/** @param {any} log */
const file = (log, name = 'log.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(log)) });

async function options() {
  const page = await h.ctx.newPage();
  await page.goto(`${h.base}/options/options.html`);
  await page.locator('input[type="file"]').waitFor();
  return page;
}

test('import into an empty log applies at once; export downloads interview-guard-YYYY-MM-DD.json with the same log', async () => {
  await h.setLog(empty);
  const page = await options();
  const log = janeLog({ at: daysFromNow(-3, 11) });
  await page.locator('input[type="file"]').setInputFiles(file(log));
  await page.locator('#importMessage', { hasText: 'Imported' }).waitFor();
  const stored = (await h.storage()).log;
  assert.equal(stored.people[0].name, 'Jane Doe');
  assert.equal(stored.interviews[0].at, log.interviews[0].at);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export/ }).click()]);
  assert.equal(download.suggestedFilename(), `interview-guard-${ymd(new Date())}.json`);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(exported, stored);

  // Round trip: export → replace into a different log → the same log again.
  await h.setLog({ ...empty, people: [{ id: 'p1', name: 'Someone Else' }] });
  await page.reload();
  await page.locator('input[type="file"]').setInputFiles(file(exported, 'back.json'));
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.locator('#importMessage', { hasText: 'Replaced' }).waitFor();
  assert.deepEqual((await h.storage()).log, stored);
  await page.close();
});

test('import over an existing log offers Merge and Replace; merge keeps existing ids and renames colliding ones; a backup is kept', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 11) }));
  const page = await options();
  const other = {
    version: 1,
    interviews: [{ id: 'i1', company: 'Globex', at: janeLog({ at: daysFromNow(-2, 9) }).interviews[0].at, interviewer_ids: ['p1'] }],
    people: [{ id: 'p1', name: 'Hank Scorpio', company: 'Globex' }],
    sent: [], views: [], settings: {},
  };
  page.on('dialog', () => assert.fail('a window dialog was used'));
  await page.locator('input[type="file"]').setInputFiles(file(other));
  await page.getByRole('button', { name: 'Merge' }).waitFor();
  await page.getByRole('button', { name: 'Replace' }).waitFor();
  assert.equal((await h.storage()).log.interviews.length, 1, 'nothing applied before the choice');
  await page.getByRole('button', { name: 'Merge' }).click();
  await page.locator('#importMessage', { hasText: 'Merged' }).waitFor();
  const s = await h.storage();
  assert.deepEqual(s.log.people[0], janeLog({ at: daysFromNow(-3, 11) }).people[0], 'the existing person keeps p1');
  const hank = s.log.people.find((p) => p.name === 'Hank Scorpio');
  assert.ok(hank && hank.id !== 'p1', 'the colliding imported person gets a new id');
  const globex = s.log.interviews.find((i) => i.company === 'Globex');
  assert.notEqual(globex.id, 'i1');
  assert.deepEqual(globex.interviewer_ids, [hank.id], 'references follow the new id');
  assert.ok(s.backups.length >= 1 && s.backups.at(-1).log.people.length === 1, 'a backup of the previous log');
  await page.close();
});

test('an invalid file is refused with the list of problems and the log untouched', async () => {
  await h.setLog(janeLog({ at: daysFromNow(-3, 11) }));
  const before = (await h.storage()).log;
  const page = await options();
  const bad = { version: 1, interviews: [{ id: 'i1', company: 'Acme', at: 'tomorrow' }], people: [] };
  await page.locator('input[type="file"]').setInputFiles(file(bad, 'bad.json'));
  const msg = page.locator('#importMessage');
  await msg.waitFor();
  assert.match(await msg.innerText(), /interviews\[0\]\.at/);
  assert.equal(await page.getByRole('button', { name: 'Merge' }).count(), 0);
  await page.locator('input[type="file"]').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
  await page.locator('#importMessage', { hasText: 'not valid JSON' }).waitFor();
  assert.deepEqual((await h.storage()).log, before);
  await page.close();
});

test('fifty concurrent changes from several extension pages all persist', async () => {
  await h.setLog(empty);
  const pages = await Promise.all([1, 2, 3].map(() => h.ctx.newPage()));
  await Promise.all(pages.map((p) => p.goto(`${h.base}/options/options.html`)));
  await Promise.all(
    pages.map((p, n) =>
      p.evaluate(async (n) => {
        const jobs = [];
        for (let i = 0; i < 17; i++) jobs.push(chrome.runtime.sendMessage({ type: 'save-person', person: { name: `Person ${n}-${i}` } }));
        return Promise.all(jobs);
      }, n),
    ),
  );
  const s = await h.storage();
  assert.equal(s.log.people.length, 51);
  assert.equal(new Set(s.log.people.map((p) => p.id)).size, 51);
  for (const p of pages) await p.close();
});
