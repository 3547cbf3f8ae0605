// Bundled by tests/e2e/real-pages.test.mjs and evaluated in a real saved
// page: runs the site adapters' own code against the page's DOM and
// reports what they find (no page text leaves except hashes).
import { adapterFor } from '../../extension/content/sites/index.js';

globalThis.__igDescribe = () => {
  const adapter = adapterFor(location);
  if (!adapter) return null;
  const page = adapter.pageProfile(document);
  /** @type {Record<string, Record<string, number>>} */
  const actions = {};
  /** @type {Record<string, number>} */
  const naming = { 'top-card': 0, sticky: 0, main: 0, aside: 0 };
  const social = adapter.socialActions(document);
  // Whom each control acts on, in page order (the test hashes them).
  const targets = social.map((a) => ({ action: a.action, where: a.where, name: a.target?.name ?? null, profile: a.target?.profile ?? null }));
  /** The same, by where:action (target profiles in page order). @type {Record<string, string[]>} */
  const targetsByKind = {};
  for (const a of social) {
    (targetsByKind[`${a.where}:${a.action}`] ??= []).push(a.target?.profile ?? '');
    actions[a.where] ??= {};
    actions[a.where][a.action] = (actions[a.where][a.action] || 0) + 1;
    if (page && a.target.profile === page.profile) naming[a.where] = (naming[a.where] || 0) + 1;
  }
  const composers = adapter.composers(document).map((c) => {
    const { event } = c.read();
    const buttons = [...c.root.querySelectorAll('button, [role="button"]')];
    return {
      surface: c.surface,
      to: event.to,
      editableTag: c.editable.tagName,
      sendButtons: buttons.filter((b) => c.isSend(b)).length,
    };
  });
  // Each health probe: whether this page should have its element, and whether it was found.
  /** @type {Record<string, {expected: boolean, found: boolean}>} */
  const probes = {};
  for (const p of adapter.probes || []) probes[p.id] = { expected: p.expected(document), found: p.found(document) };
  // The probes this page should satisfy, and whether it does (list form).
  const probesExpected = (adapter.probes || []).filter((p) => p.expected(document)).map((p) => ({ id: p.id, found: p.found(document) }));
  // The same as id → found, for the probes this page should satisfy.
  const probesFound = Object.fromEntries((adapter.probes || []).filter((p) => p.expected(document)).map((p) => [p.id, p.found(document)]));
  return { site: adapter.site, page, actions, naming, targets, targetsByKind, composers, probes, probesExpected, probesFound };
};
