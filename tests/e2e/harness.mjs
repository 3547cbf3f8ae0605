// Shared set-up for the browser tests: Chromium (/usr/bin/chromium) with the
// built extension (dist/chromium/) loaded, our fixture pages served at the
// real sites' addresses with a strict CSP, every other request aborted.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist', 'chromium');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

if (!existsSync(join(DIST, 'manifest.json'))) {
  throw new Error('dist/chromium/ is missing: run ./scripts/build first');
}

/**
 * @typedef {{body: string|Buffer, contentType?: string, csp?: string|null}} Served
 * @typedef {(url: URL) => Served|null} Server
 */

/** A fixture file with {{KEY}} placeholders filled in. @param {string} name @param {Record<string,string>} [vars] */
export function fixture(name, vars = {}) {
  let s = readFileSync(join(FIXTURES, name), 'utf8');
  for (const [k, v] of Object.entries(vars)) s = s.split(`{{${k}}}`).join(v);
  return s;
}

/** The profiles our LinkedIn fixture serves: slug → [full name, first name]. */
export const PROFILES = { janedoe: ['Jane Doe', 'Jane'], 'chris-vale': ['Chris Vale', 'Chris'] };

/**
 * Every fixture page at its real address:
 *   www.linkedin.com/in/SLUG/            a profile (PROFILES), with the invitation dialog
 *   www.linkedin.com/feed/               the feed: "Start a post", a post with an open comment box
 *   www.linkedin.com/search/results/people/   people search results
 *   www.linkedin.com/messaging/thread/SLUG/   a page with the messaging overlay open on SLUG
 *   mail.google.com/mail/...             two Gmail compose windows
 * @type {Server}
 */
export function serveFixtures(url) {
  if (url.host === 'www.linkedin.com') {
    const m = /^\/in\/([^/]+)\/?$/.exec(url.pathname);
    if (m && PROFILES[m[1]]) return { body: fixture('linkedin-profile.html', { NAME: PROFILES[m[1]][0], FIRST: PROFILES[m[1]][1], SLUG: m[1] }) };
    if (url.pathname === '/feed/') return { body: fixture('linkedin-feed.html') };
    if (url.pathname === '/search/results/people/') return { body: fixture('linkedin-search.html') };
    const t = /^\/messaging\/thread\/([^/]+)\/?$/.exec(url.pathname);
    if (t && PROFILES[t[1]]) return { body: fixture('linkedin-messaging.html', { NAME: PROFILES[t[1]][0], FIRST: PROFILES[t[1]][1], SLUG: t[1] }) };
  }
  if (url.host === 'mail.google.com' && url.pathname.startsWith('/mail/')) {
    return { body: fixture('gmail-compose.html', { TO1: 'jane.doe@acme.example', TO1NAME: 'Jane Doe', TO2: 'sam@elsewhere.example', TO2NAME: 'Sam Lee' }) };
  }
  return null;
}

/** Serves /_fixture/*.js from tests/fixtures/pages on every site. @param {URL} url @returns {Served|null} */
function fixtureScript(url) {
  const m = /^\/_fixture\/([\w.-]+\.js)$/.exec(url.pathname);
  if (!m) return null;
  return { body: readFileSync(join(FIXTURES, m[1])), contentType: 'application/javascript' };
}

/**
 * Starts Chromium with the extension. `serve` maps a URL to a page; every
 * other http(s) request is aborted.
 * @param {Server} serve
 * @param {{headed?: boolean, dist?: string}} [opts] show the window (the demo, with a display); another build of the extension
 */
export async function launch(serve, opts = { headed: false }) {
  const dist = opts.dist || DIST;
  const dir = mkdtempSync(join(tmpdir(), 'ig-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: false,
    // playwright-core 1.65 passes --disable-extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // A step that cannot complete fails with its own stack instead of hanging
  // until the test's time limit.
  ctx.setDefaultTimeout(20000);
  await ctx.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const hit = fixtureScript(url) || serve(url);
    if (!hit) return route.abort();
    const headers = {};
    if (hit.csp !== null) headers['content-security-policy'] = hit.csp || STRICT_CSP;
    return route.fulfill({ status: 200, contentType: hit.contentType || 'text/html; charset=utf-8', body: hit.body, headers });
  });
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  const base = `chrome-extension://${extId}`;
  /** Makes sure the worker runs: a message from an extension page wakes it. */
  const wake = async () => {
    const page = await ctx.newPage();
    await page.goto(`${base}/popup/popup.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'rules' }));
    await page.close();
  };
  const h = {
    ctx,
    extId,
    base,
    /** The service worker (fresh handle: the worker may have been restarted). */
    worker() {
      return ctx.serviceWorkers().find((w) => w.url().startsWith(base));
    },
    /** Replaces the whole log through the trusted path the options page uses. @param {any} log */
    async setLog(log) {
      const page = await ctx.newPage();
      await page.goto(`${base}/popup/popup.html`);
      const r = await page.evaluate((l) => chrome.runtime.sendMessage({ type: 'import', mode: 'replace', log: l }), log);
      await page.close();
      if (!r.ok) throw new Error(`setLog: ${r.error} ${JSON.stringify(r.problems)}`);
    },
    async storage() {
      const page = await ctx.newPage();
      await page.goto(`${base}/popup/popup.html`);
      const s = await page.evaluate(() => chrome.storage.local.get(null));
      await page.close();
      return s;
    },
    /** The warning iframe in a page, once it shows its content. @param {import('playwright-core').Page} page */
    async warningFrame(page, timeout = 5000) {
      const loc = page.locator(`iframe[src^="chrome-extension://"]:visible`);
      await loc.first().waitFor({ state: 'attached', timeout });
      const frame = page.frameLocator(`iframe[src^="chrome-extension://"]:visible`).first();
      await frame.locator('#warnings li').first().waitFor({ timeout });
      return frame;
    },
    /**
     * Stops the extension's service worker through the DevTools protocol
     * (ServiceWorker.stopAllWorkers from the page's session) and waits until
     * Chromium reports it stopped. Returns the states seen, e.g.
     * ['running', 'stopping', 'stopped'].
     * @param {import('playwright-core').Page} page
     */
    async stopWorker(page) {
      const s = await ctx.newCDPSession(page);
      /** @type {string[]} */
      const seen = [];
      let onStopped = () => {};
      const stopped = new Promise((resolve) => (onStopped = () => resolve(undefined)));
      s.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) {
          if (!v.scriptURL.startsWith(base)) continue;
          seen.push(v.runningStatus);
          if (v.runningStatus === 'stopped' && seen.includes('stopping')) onStopped();
        }
      });
      await s.send('ServiceWorker.enable');
      await s.send('ServiceWorker.stopAllWorkers');
      await within(stopped, 5000, `the worker did not stop (${seen.join(', ')})`);
      await s.send('ServiceWorker.disable').catch(() => {});
      await s.detach().catch(() => {});
      return seen;
    },
    /**
     * Pauses the running service worker in the debugger (DevTools protocol
     * through a browser session: Target.attachToTarget, then Debugger.pause,
     * which stops it at the next script it runs: the next message's
     * listener). While paused it cannot answer anything.
     */
    async pauseWorker() {
      await wake();
      const b = await ctx.browser().newBrowserCDPSession();
      const { targetInfos } = await b.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(base));
      if (!target) throw new Error('pauseWorker: no running service worker');
      const { sessionId } = await b.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      let n = 0;
      let onPaused = () => {};
      const paused = new Promise((resolve) => (onPaused = () => resolve(undefined)));
      b.on('Target.receivedMessageFromTarget', (e) => {
        if (e.sessionId === sessionId && JSON.parse(e.message).method === 'Debugger.paused') onPaused();
      });
      const send = (/** @type {string} */ method, params = {}) =>
        b.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++n, method, params }) });
      await send('Debugger.enable');
      await send('Debugger.pause');
      return {
        /** Resolves once the worker has stopped at a script (a message arrived). */
        paused: () => within(paused, 5000, 'the worker never ran a script while paused'),
        /** Lets it run again and detaches. */
        async resume() {
          await send('Debugger.resume').catch(() => {});
          await send('Debugger.disable').catch(() => {});
          await b.send('Target.detachFromTarget', { sessionId }).catch(() => {});
          await b.detach().catch(() => {});
        },
      };
    },
    /** Every console error (the content script's included) and uncaught exception of a page, as text. @param {import('playwright-core').Page} page */
    errorsOf(page) {
      /** @type {string[]} */
      const errors = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      return errors;
    },
    async close() {
      await ctx.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** @template T @param {Promise<T>} p @param {number} ms @param {string} what @returns {Promise<T>} */
export function within(p, ms, what) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** @type {Promise<string>|null} */
let adapterCode = null;
/** The warning card on a page (a closing card lingers hidden for 100 ms: only a visible one counts). @param {import('playwright-core').Page} page */
export const card = (page) => page.frameLocator('iframe[src^="chrome-extension://"]:visible');
/** How many warning cards a page shows. @param {import('playwright-core').Page} page */
export const extFrames = (page) => page.locator('iframe[src^="chrome-extension://"]:visible').count();

/**
 * What the site adapters' own code finds in a page (the bundle the
 * real-page tier uses, tests/real-pages/adapters-entry.js, evaluated in the
 * page): the page's profile, the guarded controls, and each compose box
 * with its surface and recipients.
 * @param {import('playwright-core').Page} page
 */
export async function describeAdapters(page) {
  adapterCode ??= import('esbuild').then(async (esbuild) => {
    const r = await esbuild.build({ entryPoints: [join(ROOT, 'tests', 'real-pages', 'adapters-entry.js')], bundle: true, format: 'iife', write: false });
    return r.outputFiles[0].text;
  });
  await page.evaluate(await adapterCode);
  return page.evaluate(() => globalThis.__igDescribe());
}

// ---------------------------------------------------------------- times

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** RFC 3339 in local time with the offset. @param {Date} d */
export function rfc3339(d) {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const a = Math.abs(off);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** @param {Date} d */
export function ymd(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date `days` from now at the given local hour. @param {number} days @param {number} [hour] */
export function daysFromNow(days, hour = 10) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
}

/** A log with one interview with Jane Doe (Acme Corp). @param {{at: Date, decision?: string|null, status?: string, stage?: string}} o */
export function janeLog(o) {
  return {
    version: 1,
    interviews: [
      {
        id: 'i1',
        company: 'Acme Corp',
        company_aliases: ['Acme'],
        company_domains: ['acme.example'],
        role: 'Backend Engineer',
        stage: o.stage || 'phone_screen',
        format: 'video',
        at: rfc3339(o.at),
        duration_minutes: 60,
        interviewer_ids: ['p1'],
        ...(o.decision ? { decision_expected_by: o.decision } : {}),
        quick_decision: false,
        preferred_channel: 'any',
        status: o.status || 'open',
      },
    ],
    people: [
      {
        id: 'p1',
        name: 'Jane Doe',
        title: 'Engineering Manager',
        company: 'Acme Corp',
        emails: ['jane.doe@acme.example'],
        profiles: ['https://www.linkedin.com/in/janedoe'],
        invited_to_connect: false,
      },
    ],
    sent: [],
    views: [],
    settings: { weekend: ['sat', 'sun'], muted: [], sites: {} },
  };
}
