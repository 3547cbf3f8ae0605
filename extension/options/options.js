// The options page: tracked people, per-site switches, weekend days,
// reminder notifications (off by default), muted rules, export / import of
// the log (CONTRACT.md), delete everything.
import { h, field, send } from '../shared/dom.js';
import { localRfc3339, localDate } from '../shared/time.js';
import { brokenSentence } from '../shared/health.js';
import { parseOrigin } from '../shared/origin.js';

const app = /** @type {HTMLElement} */ (document.getElementById('app'));
/** @type {any} */
let state = null;
let search = '';
/** @type {any} */
let pendingImport = null;
let importMessage = /** @type {{kind: 'ok'|'error', lines: string[]}|null} */ (null);

const SITES = [
  ['linkedin', 'LinkedIn'], ['facebook', 'Facebook'], ['x', 'X'], ['instagram', 'Instagram'],
  ['reddit', 'Reddit'], ['glassdoor', 'Glassdoor'], ['gmail', 'Gmail'], ['outlook', 'Outlook'],
];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

async function load() {
  const r = await send({ type: 'state', now: localRfc3339() });
  if (!r.ok) {
    app.replaceChildren(h('p', { class: 'banner', text: `Interview Guard could not start: ${r.error}` }));
    return;
  }
  state = r;
  render();
}

function render() {
  const focused = document.activeElement?.id;
  app.replaceChildren(
    h('h1', { text: 'Interview Guard — options' }),
    state.corrupt?.length ? renderCorrupt() : null,
    renderImportExport(),
    renderPeople(),
    renderSettings(),
    renderOtherSites(),
    renderDanger(),
  );
  if (focused) document.getElementById(focused)?.focus();
}

function renderCorrupt() {
  return h('p', { class: 'banner', role: 'alert' },
    'Stored data that could not be read was kept aside, not deleted: ',
    ...state.corrupt.flatMap((/** @type {any} */ c) => c.problems).slice(0, 5).map((/** @type {string} */ p) => h('code', { text: `${p} ` })));
}

function renderImportExport() {
  const file = /** @type {HTMLInputElement} */ (h('input', { type: 'file', id: 'importFile', accept: '.json,application/json' }));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    importMessage = null;
    pendingImport = null;
    let log;
    try {
      log = JSON.parse(await f.text());
    } catch (e) {
      importMessage = { kind: 'error', lines: [`${f.name} is not valid JSON: ${/** @type {Error} */ (e).message}`] };
      return render();
    }
    const r = await send({ type: 'import', mode: 'auto', log });
    if (!r.ok) {
      importMessage = { kind: 'error', lines: [`${f.name} is not a valid Interview Guard log; nothing was changed:`, ...(r.problems || [r.error])] };
    } else if (r.needsChoice) {
      pendingImport = { log, name: f.name };
    } else {
      importMessage = { kind: 'ok', lines: [`Imported ${f.name}.`] };
    }
    await load();
  });
  const choice = h('div', { id: 'importChoice' });
  if (pendingImport) {
    const apply = async (/** @type {'merge'|'replace'} */ mode) => {
      const r = await send({ type: 'import', mode, log: pendingImport.log });
      importMessage = r.ok
        ? { kind: 'ok', lines: [`${mode === 'merge' ? 'Merged' : 'Replaced the log with'} ${pendingImport.name}. A backup of the previous log was kept.`] }
        : { kind: 'error', lines: ['Nothing was changed:', ...(r.problems || [r.error])] };
      pendingImport = null;
      await load();
    };
    choice.append(
      h('p', { text: `${pendingImport.name}: your log is not empty. Merge the file into it (existing records keep their ids), or replace it? A backup is kept either way.` }),
      h('button', { type: 'button', id: 'importMerge', text: 'Merge', onclick: () => apply('merge') }),
      ' ',
      h('button', { type: 'button', id: 'importReplace', text: 'Replace', onclick: () => apply('replace') }),
      ' ',
      h('button', { type: 'button', id: 'importCancel', text: 'Cancel import', onclick: () => { pendingImport = null; render(); } }),
    );
  }
  const msg = importMessage
    ? h('div', { id: 'importMessage', role: importMessage.kind === 'error' ? 'alert' : 'status', class: importMessage.kind === 'error' ? 'error' : 'ok' },
        ...(importMessage.kind === 'error'
          ? [h('p', { text: importMessage.lines[0] }), h('ul', {}, ...importMessage.lines.slice(1).map((l) => h('li', { text: l })))]
          : [h('p', { text: importMessage.lines[0] })]))
    : null;
  const exp = h('button', {
    type: 'button',
    id: 'export',
    text: 'Export…',
    onclick: () => {
      const blob = new Blob([JSON.stringify(state.log, null, 2) + '\n'], { type: 'application/json' });
      const a = /** @type {HTMLAnchorElement} */ (h('a', { href: URL.createObjectURL(blob), download: `interview-guard-${localDate()}.json` }));
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    },
  });
  return h('section', {},
    h('h2', { text: 'Your log' }),
    h('p', { class: 'muted', text: `${state.log.interviews.length} interviews, ${state.log.people.length} people, ${state.log.sent.length} messages sent.` }),
    exp,
    field('Import a log (JSON)', file),
    choice,
    msg,
  );
}

/** @param {any} [p] */
function personForm(p) {
  const i = (/** @type {string} */ name, /** @type {string} */ value = '', type = 'text') => h('input', { name, type, value });
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'person' },
    field('Name', i('name', p?.name), 'name'),
    field('Title', i('title', p?.title)),
    field('Company', i('company', p?.company)),
    field('Emails (comma-separated)', i('emails', (p?.emails || []).join(', '))),
    field('Profile links (one per line)', h('textarea', { name: 'profiles', rows: '2' }, (p?.profiles || []).join('\n'))),
    Object.assign(field('They invited me to connect', h('input', { type: 'checkbox', name: 'invited_to_connect', checked: !!p?.invited_to_connect })), { className: 'field check' }),
    h('button', { type: 'submit', class: 'primary', text: p ? 'Save person' : 'Add person' }),
  ));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    const s = (/** @type {string} */ k) => String(fd.get(k) ?? '').trim();
    const err = /** @type {HTMLElement} */ (form.querySelector('[data-error-for="name"]'));
    if (!s('name')) {
      err.textContent = 'Enter a name.';
      return;
    }
    const person = {
      ...(p || {}),
      name: s('name'),
      title: s('title') || undefined,
      company: s('company') || undefined,
      emails: s('emails').split(',').map((x) => x.trim()).filter(Boolean),
      profiles: s('profiles').split('\n').map((x) => x.trim()).filter(Boolean),
      invited_to_connect: fd.get('invited_to_connect') != null,
    };
    const r = await send({ type: 'save-person', person });
    if (!r.ok) err.textContent = (r.problems || [r.error]).join('; ');
    else await load();
  });
  return form;
}

function renderPeople() {
  const q = h('input', { type: 'search', id: 'peopleSearch', value: search });
  q.addEventListener('input', () => {
    search = /** @type {HTMLInputElement} */ (q).value;
    render();
  });
  const list = h('div', { id: 'people' });
  const needle = search.trim().toLowerCase();
  for (const p of state.log.people) {
    const hay = [p.name, p.title, p.company, ...(p.emails || []), ...(p.profiles || [])].join(' ').toLowerCase();
    if (needle && !hay.includes(needle)) continue;
    const details = h('details', { class: 'person', 'data-person': p.id },
      h('summary', { text: `${p.name}${p.title ? `, ${p.title}` : ''}${p.company ? ` (${p.company})` : ''}` }),
      personForm(p),
      h('button', { type: 'button', text: `Remove ${p.name}`, onclick: async () => { await send({ type: 'remove-person', id: p.id }); await load(); } }),
    );
    list.append(details);
  }
  return h('section', {}, h('h2', { text: 'Tracked people' }), field('Search people', q), list, h('h3', { text: 'Add a person' }), personForm());
}

function renderSettings() {
  const s = state.log.settings || {};
  const save = async (/** @type {any} */ settings) => {
    await send({ type: 'settings', settings });
    await load();
  };
  const sites = h('fieldset', {}, h('legend', { text: 'Warn me on' }));
  for (const [id, name] of SITES) {
    const cb = h('input', { type: 'checkbox', id: `site-${id}`, checked: s.sites?.[id] !== false });
    cb.addEventListener('change', () => save({ sites: { ...(s.sites || {}), [id]: /** @type {HTMLInputElement} */ (cb).checked } }));
    sites.append(Object.assign(field(name, cb), { className: 'field check' }));
    // Adapter health: what this site's adapter expected and could not find.
    const probes = Object.values(state.health?.[id] || {});
    const broken = probes.map((p) => brokenSentence(name, p)).filter(Boolean);
    for (const line of broken) sites.append(h('p', { class: 'health broken', 'data-site': id, role: 'status', text: `${line} Warnings there may be missing; you can switch ${name} off until an update fixes it.` }));
    if (!broken.length && probes.some((p) => p.lastOk)) sites.append(h('p', { class: 'health ok muted', 'data-site': id, text: `${name}: working the last time it was checked.` }));
  }
  const weekend = h('fieldset', {}, h('legend', { text: 'Weekend days' }));
  for (const d of DAYS) {
    const cb = h('input', { type: 'checkbox', id: `day-${d}`, checked: (s.weekend || ['sat', 'sun']).includes(d) });
    cb.addEventListener('change', () => save({ weekend: DAYS.filter((x) => /** @type {HTMLInputElement} */ (document.getElementById(`day-${x}`)).checked) }));
    weekend.append(Object.assign(field(d[0].toUpperCase() + d.slice(1), cb), { className: 'field check' }));
  }
  const muted = h('ul', { id: 'muted' });
  for (const [n, m] of (s.muted || []).entries()) {
    const who = m.person ? state.log.people.find((/** @type {any} */ p) => p.id === m.person)?.name || m.person : m.company || 'everywhere';
    muted.append(h('li', {}, `${m.rule} — ${who} `, h('button', { type: 'button', text: 'Unmute', onclick: () => save({ muted: s.muted.filter((/** @type {any} */ _x, /** @type {number} */ j) => j !== n) }) })));
  }
  const ruleSel = h('select', { id: 'muteRule' });
  const rulesP = send({ type: 'rules' }).then((r) => {
    for (const rule of r.rules || []) ruleSel.append(h('option', { value: rule.id, text: `${rule.id} — ${rule.title}` }));
  });
  void rulesP;
  const whoSel = h('select', { id: 'muteWho' }, h('option', { value: '', text: 'Everywhere' }),
    ...state.log.people.map((/** @type {any} */ p) => h('option', { value: `person:${p.id}`, text: p.name })),
    ...[...new Set(state.log.interviews.map((/** @type {any} */ i) => i.company))].map((c) => h('option', { value: `company:${c}`, text: String(c) })));
  const addMute = h('button', {
    type: 'button',
    text: 'Mute',
    onclick: () => {
      const rule = /** @type {HTMLSelectElement} */ (ruleSel).value;
      if (!rule) return;
      const w = /** @type {HTMLSelectElement} */ (whoSel).value;
      const entry = { rule, ...(w.startsWith('person:') ? { person: w.slice(7) } : {}), ...(w.startsWith('company:') ? { company: w.slice(8) } : {}) };
      save({ muted: [...(s.muted || []), entry] });
    },
  });
  // Browser notifications for due reminders: off until the person turns them on.
  const notify = /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', id: 'notify', checked: !!state.prefs?.notify }));
  notify.addEventListener('change', async () => {
    await send({ type: 'prefs', prefs: { notify: notify.checked } });
    await load();
  });
  const notifications = h('fieldset', {}, h('legend', { text: 'Reminders' }),
    Object.assign(field('Show due reminders as browser notifications (each at most once a day)', notify), { className: 'field check' }));
  return h('section', {}, h('h2', { text: 'Settings' }), sites, weekend, notifications,
    h('h3', { text: 'Muted rules' }), muted, h('div', { class: 'row' }, field('Rule', ruleSel), field('For', whoSel)), addMute);
}

let otherSiteMessage = /** @type {{kind: 'ok'|'error', text: string}|null} */ (null);

/** Other sites: any https site, through an optional permission, watched by the generic adapter. */
function renderOtherSites() {
  const input = /** @type {HTMLInputElement} */ (h('input', { type: 'text', id: 'otherSite', placeholder: 'forum.example.com', autocomplete: 'off' }));
  const add = h('button', {
    type: 'button',
    id: 'addOtherSite',
    text: 'Add site',
    onclick: async () => {
      const parsed = parseOrigin(input.value);
      if ('error' in parsed) {
        otherSiteMessage = { kind: 'error', text: parsed.error };
        render();
        return;
      }
      const origin = parsed.origin;
      // Asked in the click itself: the browser shows its own permission prompt.
      let granted = false;
      try {
        granted = await chrome.permissions.request({ origins: [`${origin}/*`], permissions: ['scripting'] });
      } catch (e) {
        otherSiteMessage = { kind: 'error', text: String(/** @type {Error} */ (e).message || e) };
      }
      if (granted) {
        const r = await send({ type: 'other-site-add', input: origin });
        otherSiteMessage = r.ok ? { kind: 'ok', text: `Interview Guard now checks what you write on ${r.origin}. Reload its open tabs.` } : { kind: 'error', text: r.error };
      } else if (!otherSiteMessage) {
        otherSiteMessage = { kind: 'error', text: `${origin} was not added: the permission was not given.` };
      }
      await load();
    },
  });
  const list = h('ul', { id: 'otherSites' });
  for (const o of state.otherSites || []) {
    list.append(h('li', {}, `${o} `, h('button', { type: 'button', text: 'Remove', 'aria-label': `Remove ${o}`, onclick: async () => { await send({ type: 'other-site-remove', origin: o }); otherSiteMessage = { kind: 'ok', text: `${o} removed.` }; await load(); } })));
  }
  const msg = otherSiteMessage;
  otherSiteMessage = null;
  return h('section', {},
    h('h2', { text: 'Other sites' }),
    h('p', { class: 'muted', text: 'Forums, blogs, job boards: Interview Guard can check what you write in their text boxes for venting, bragging and tone. It only reads the sites you add here, after your browser asks you.' }),
    (state.otherSites || []).length ? list : h('p', { class: 'muted', text: 'No other site yet.' }),
    h('div', { class: 'row' }, field('Site address', input), add),
    msg ? h('p', { class: msg.kind === 'ok' ? 'ok' : 'error', role: msg.kind === 'ok' ? 'status' : 'alert', id: 'otherSiteMessage', text: msg.text }) : null,
  );
}

function renderDanger() {
  const box = h('div', { id: 'deleteConfirm' });
  const ask = h('button', {
    type: 'button',
    id: 'deleteAll',
    text: 'Delete everything…',
    onclick: () => {
      box.replaceChildren(
        h('p', { role: 'alert', text: 'Delete every interview, person, message and setting? A last backup is kept in this browser.' }),
        h('button', { type: 'button', id: 'deleteYes', text: 'Yes, delete everything', onclick: async () => { await send({ type: 'delete-everything' }); importMessage = { kind: 'ok', lines: ['Everything was deleted.'] }; await load(); } }),
        ' ',
        h('button', { type: 'button', id: 'deleteNo', text: 'Keep my data', onclick: () => box.replaceChildren() }),
      );
      /** @type {HTMLElement} */ (box.querySelector('#deleteNo')).focus();
    },
  });
  return h('section', {}, h('h2', { text: 'Delete' }), ask, box);
}

load();
