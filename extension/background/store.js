// The single writer of chrome.storage.local. Every change goes through
// `update`, which runs one at a time (a promise queue), so concurrent
// requests from the popup, the options page and many tabs apply in turn
// and never lose each other.
//
// Keys:
//   log      the log (CONTRACT.md), names as written
//   schema   the schema version the log was written with
//   backups  [{at, reason, log}] the last few logs before an import,
//            replace, delete or migration
//   corrupt  [{at, problems, data}] stored data that could not be read,
//            kept aside (never wiped) and shown in the popup and options
//   key      the per-install HMAC key (hex) for the content scripts' index
import { emptyLog, withDefaults } from './log-model.js';
import { validateLog, schemaVersion } from './core.js';

const MAX_BACKUPS = 5;

/** @type {any} */
let current = null;
/** @type {{at: string, problems: string[]}[]} */
let corruptReports = [];
let queue = Promise.resolve();

/** Loads the log once (part of the worker's ready promise). */
export async function loadStore() {
  const got = await chrome.storage.local.get(['log', 'schema', 'corrupt']);
  const schema = schemaVersion();
  corruptReports = (got.corrupt || []).map((/** @type {any} */ c) => ({ at: c.at, problems: c.problems }));
  if (got.log === undefined) {
    current = emptyLog();
    return;
  }
  /** @type {string[]} */
  let problems;
  let log = got.log;
  try {
    if (typeof log === 'string') log = JSON.parse(log);
    if (!log || typeof log !== 'object' || Array.isArray(log)) throw new Error('the stored log is not a JSON object');
    if ((got.schema ?? log.version) < schema) {
      // Migrations from older schema versions go here; version 1 is the first.
      await pushBackup(log, `before migration to schema ${schema}`);
      log = { ...log, version: schema };
    }
    log = withDefaults(log);
    problems = validateLog(log);
  } catch (e) {
    problems = [String(/** @type {Error} */ (e).message || e)];
  }
  if (problems.length) {
    // Keep the unreadable data aside, report it, and start from an empty log
    // in memory. The stored `log` is only replaced by the next real change.
    const entry = { at: new Date().toISOString(), problems, data: got.log };
    const corrupt = [...(got.corrupt || []), entry];
    await chrome.storage.local.set({ corrupt });
    corruptReports = corrupt.map((c) => ({ at: c.at, problems: c.problems }));
    current = emptyLog();
    return;
  }
  current = log;
}

/** @returns {any} a copy of the current log */
export function getLog() {
  return structuredClone(current);
}

export function getCorruptReports() {
  return corruptReports;
}

/** @param {any} log @param {string} reason */
async function pushBackup(log, reason) {
  const { backups = [] } = await chrome.storage.local.get('backups');
  backups.push({ at: new Date().toISOString(), reason, log });
  await chrome.storage.local.set({ backups: backups.slice(-MAX_BACKUPS) });
}

/**
 * Applies one change after all earlier ones. `fn` gets a copy of the log
 * and returns the new log; it is validated by the core before it is
 * written. Rejects with {problems} when invalid (nothing written).
 * @param {(log: any) => any} fn
 * @param {{backup?: string}} [opts] make a backup of the log before writing
 * @returns {Promise<any>} the log written
 */
export function update(fn, opts = {}) {
  const run = queue.then(async () => {
    const next = withDefaults(fn(structuredClone(current)));
    const problems = validateLog(next);
    if (problems.length) throw Object.assign(new Error(problems.join('\n')), { problems });
    if (opts.backup) await pushBackup(current, opts.backup);
    await chrome.storage.local.set({ log: next, schema: schemaVersion() });
    current = next;
    return structuredClone(next);
  });
  // The queue goes on after a failed change.
  queue = run.catch(() => {});
  return run;
}

/** The per-install key for identity hashes, made once. @returns {Promise<string>} hex */
export async function identityKey() {
  const { key } = await chrome.storage.local.get('key');
  if (typeof key === 'string' && key.length === 64) return key;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await chrome.storage.local.set({ key: hex });
  return hex;
}

/** Deletes the log and everything else, keeping one backup and the key. */
export function deleteEverything() {
  return update(() => emptyLog(), { backup: 'before delete everything' }).then(async (log) => {
    await chrome.storage.local.remove(['corrupt']);
    corruptReports = [];
    return log;
  });
}
