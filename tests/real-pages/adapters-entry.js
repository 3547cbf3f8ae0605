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
  /** @type {{where: string, action: string, name: string|null, profile: string|null}[]} */
  const targets = [];
  for (const a of adapter.socialActions(document)) {
    targets.push({ where: a.where, action: a.action, name: a.target?.name ?? null, profile: a.target?.profile ?? null });
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
    // The health probes this page should satisfy, and whether they do.
  const probes = Object.fromEntries((adapter.probes || []).filter((p) => p.expected(document)).map((p) => [p.id, p.found(document)]));
  return { site: adapter.site, page, actions, naming, targets, composers, probes };
};
