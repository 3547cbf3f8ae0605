// The WASM core, loaded once per worker. The engine is rebuilt from the log
// after every change (cheap: the dictionaries are shared inside the module).
import init, { Engine, validate_log, rules, schema_version, identity_keys } from '../pkg/interview_guard.js';

let loaded = null;

/** Loads the WASM module once. */
export function loadCore() {
  loaded ??= init({ module_or_path: chrome.runtime.getURL('pkg/interview_guard_bg.wasm') });
  return loaded;
}

/** @param {object} log @returns {string[]} problems, [] when valid */
export function validateLog(log) {
  return JSON.parse(validate_log(JSON.stringify(log)));
}

/** @returns {number} */
export function schemaVersion() {
  return schema_version();
}

/** @returns {object[]} */
export function ruleCatalogue() {
  return JSON.parse(rules()).rules;
}

/** @param {object} log @returns {string[]} */
export function identityKeys(log) {
  return JSON.parse(identity_keys(JSON.stringify(log)));
}

/** One engine for one version of the log. */
export class CoreEngine {
  /** @param {object} log */
  constructor(log) {
    this.engine = new Engine(JSON.stringify(log));
  }
  /** @param {object} event @returns {object[]} warnings */
  check(event) {
    return JSON.parse(this.engine.check(JSON.stringify(event))).warnings;
  }
  /** The log's new `sent` entries for a message that was sent. @param {object} event @returns {any[]} */
  sentRecords(event) {
    return JSON.parse(this.engine.sent_records(JSON.stringify(event)));
  }
  /** @param {string} now RFC 3339 @returns {object[]} */
  reminders(now) {
    return JSON.parse(this.engine.reminders(now)).reminders;
  }
  free() {
    try {
      this.engine.free();
    } catch {
      /* already freed */
    }
  }
}
