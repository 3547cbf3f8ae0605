// The popup: log an interview (every field of the log), see what is due,
// change a status, mark a thank-you or follow-up as sent. All changes go
// to the background, the single writer.
import { h, field, send, select, STAGES, FORMATS, CHANNELS, STATUSES } from '../shared/dom.js';
import { localRfc3339 } from '../shared/time.js';

const app = /** @type {HTMLElement} */ (document.getElementById('app'));
/** @type {any} */
let state = null;

async function load() {
  const r = await send({ type: 'state', now: localRfc3339() });
  if (!r.ok) {
    app.replaceChildren(h('p', { class: 'banner', text: `Interview Guard could not start: ${r.error}` }));
    return;
  }
  state = r;
  render();
}

/** @param {string} s RFC 3339 */
const when = (s) => {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

function render() {
  const log = state.log;
  const parts = [h('h1', { text: 'Interview Guard' })];
  if (state.corrupt?.length) {
    parts.push(h('p', { class: 'banner', role: 'alert', text: `Some stored data could not be read and was kept aside (${state.corrupt[0].problems[0]}). See the options page.` }));
  }
  parts.push(renderList(log));
  if (state.autoLogged?.length) parts.push(renderAutoLogged(log));
  parts.push(renderForm(log));
  parts.push(h('p', {}, h('a', { href: '#', id: 'openOptions', text: 'Tracked people and settings', onclick: (/** @type {Event} */ e) => { e.preventDefault(); chrome.runtime.openOptionsPage(); } })));
  app.replaceChildren(...parts);
}

/** @param {any} log */
function renderList(log) {
  const sec = h('section', { 'aria-labelledby': 'listTitle' }, h('h2', { id: 'listTitle', text: 'Your interviews' }));
  if (!log.interviews.length) {
    sec.append(h('p', { class: 'muted', text: 'No interview logged yet.' }));
    return sec;
  }
  const people = new Map(log.people.map((/** @type {any} */ p) => [p.id, p]));
  const sorted = [...log.interviews].sort((a, b) => (a.at < b.at ? 1 : -1));
  for (const iv of sorted) {
    const due = (state.reminders || []).filter((/** @type {any} */ r) => r.interview === iv.id || (!r.interview && r.facts?.company === iv.company));
    const names = (iv.interviewer_ids || []).map((/** @type {string} */ id) => people.get(id)?.name).filter(Boolean);
    const status = select('status', STATUSES, iv.status || 'open');
    status.setAttribute('aria-label', `Status of ${iv.company}`);
    status.addEventListener('change', async () => {
      await send({ type: 'set-status', id: iv.id, status: status.value });
      await load();
    });
    const statusField = field('Status', status);
    const markThanks = h('button', {
      type: 'button',
      text: 'Mark thank-you sent',
      onclick: async () => {
        const at = localRfc3339();
        const targets = iv.interviewer_ids?.length ? iv.interviewer_ids : [null];
        for (const to of targets) {
          const entry = to ? { to, interview_id: iv.id, at, channel: 'email', kind: 'thank_you' } : { company: iv.company, interview_id: iv.id, at, channel: 'email', kind: 'thank_you' };
          await send({ type: 'mark-sent', entry });
        }
        await load();
      },
    });
    const markFollow = h('button', {
      type: 'button',
      text: 'Mark follow-up sent',
      onclick: async () => {
        await send({ type: 'mark-sent', entry: { company: iv.company, interview_id: iv.id, at: localRfc3339(), channel: 'email', kind: 'follow_up' } });
        await load();
      },
    });
    const list = h('ul', { class: 'due' });
    for (const r of due) list.append(h('li', { class: r.severity, text: r.title + (r.facts?.earliest ? ` (from ${r.facts.earliest})` : '') }));
    sec.append(
      h('div', { class: 'interview', 'data-interview': iv.id },
        h('strong', { text: `${iv.company}${iv.role ? ` — ${iv.role}` : ''}` }),
        h('div', { class: 'muted', text: `${when(iv.at)}${names.length ? ` with ${names.join(', ')}` : ''}` }),
        due.length ? list : null,
        statusField,
        h('div', { class: 'row' }, markThanks, markFollow),
      ),
    );
  }
  return sec;
}

const KIND_LABEL = { thank_you: 'Thank-you', follow_up: 'Follow-up', other: 'Message' };

/** The messages the extension logged by itself, each with an Undo. @param {any} log */
function renderAutoLogged(log) {
  const people = new Map(log.people.map((/** @type {any} */ p) => [p.id, p]));
  const sec = h('section', { 'aria-labelledby': 'autoTitle' }, h('h2', { id: 'autoTitle', text: 'Logged automatically' }));
  sec.append(h('p', { class: 'muted', text: 'Messages you sent to tracked people, recorded so the timing advice stays right.' }));
  const list = h('ul', { class: 'auto-logged' });
  for (const a of state.autoLogged) {
    const e = a.entry;
    const who = e.to ? people.get(e.to)?.name || e.to : e.address || e.company;
    const what = `${KIND_LABEL[/** @type {'thank_you'} */ (e.kind)] || 'Message'} to ${who} · ${e.channel} · ${when(e.at)}`;
    const undo = h('button', {
      type: 'button',
      text: 'Undo',
      'aria-label': `Undo: ${what}`,
      onclick: async () => {
        undo.setAttribute('disabled', '');
        await send({ type: 'undo-sent', entry: e });
        await load();
      },
    });
    list.append(h('li', {}, h('span', { text: what }), undo));
  }
  sec.append(list);
  return sec;
}

let newPeopleCount = 0;

/** @param {any} log */
function renderForm(log) {
  const form = /** @type {HTMLFormElement} */ (h('form', { id: 'logForm', novalidate: true }));
  const input = (/** @type {string} */ name, /** @type {string} */ type = 'text', extra = {}) => h('input', { name, type, ...extra });
  const company = input('company', 'text', { autocomplete: 'organization' });
  const domains = input('company_domains', 'text', { placeholder: 'acme.com' });
  const aliases = input('company_aliases', 'text', { placeholder: 'Acme' });
  const role = input('role');
  const stage = select('stage', STAGES, 'phone_screen');
  const at = input('at', 'datetime-local');
  const duration = input('duration_minutes', 'number', { min: '5', step: '5', value: '60' });
  const format = select('format', FORMATS, 'video');
  const decision = input('decision_expected_by', 'date');
  const quick = input('quick_decision', 'checkbox');
  const channel = select('preferred_channel', CHANNELS, 'any');
  const status = select('status', STATUSES, 'open');
  const salary = input('salary_amount', 'number', { min: '0', step: '1000' });
  const currency = input('salary_currency', 'text', { value: 'USD', maxlength: '3', size: '4' });
  const period = select('salary_period', [['year', 'per year'], ['month', 'per month'], ['week', 'per week'], ['hour', 'per hour']], 'year');
  const notes = h('textarea', { name: 'notes', rows: '2' });

  // Interviewers: tracked people to pick, and new ones to add.
  const pick = h('fieldset', {}, h('legend', { text: 'Interviewers' }));
  for (const p of log.people) {
    const cb = input('interviewer', 'checkbox', { value: p.id });
    const f = field(`${p.name}${p.title ? `, ${p.title}` : ''}`, cb);
    f.classList.add('check');
    pick.append(f);
  }
  const newList = h('div', { id: 'newPeople' });
  const addPerson = h('button', {
    type: 'button',
    text: 'Add an interviewer',
    onclick: () => {
      const i = newPeopleCount++;
      const row = h('fieldset', { class: 'newPerson', 'data-new': String(i) },
        h('legend', { text: 'New interviewer' }),
        field('Name', input(`np_name_${i}`), `people[new${i}].name`),
        field('Title', input(`np_title_${i}`)),
        field('Email', input(`np_email_${i}`, 'email'), `people[new${i}].emails`),
        field('Profile links (one per line)', h('textarea', { name: `np_profiles_${i}`, rows: '2' })),
      );
      newList.append(row);
      /** @type {HTMLInputElement} */ (row.querySelector('input'))?.focus();
    },
  });
  pick.append(newList, addPerson);
  if (!log.people.length) addPerson.click();

  const errors = h('div', { id: 'formErrors', role: 'alert', class: 'error' });
  form.append(
    h('h2', { text: 'Log an interview' }),
    field('Company', company, 'company'),
    h('div', { class: 'row' }, field('Company domain', domains, 'company_domains'), field('Other names', aliases, 'company_aliases')),
    field('Role', role, 'role'),
    h('div', { class: 'row' }, field('Stage', stage, 'stage'), field('Format', format, 'format')),
    h('div', { class: 'row' }, field('Date and time', at, 'at'), field('Duration (minutes)', duration, 'duration_minutes')),
    pick,
    h('div', { class: 'row' }, field('Decision expected by', decision, 'decision_expected_by'), field('Preferred channel', channel, 'preferred_channel')),
    Object.assign(field('They said the decision would be quick', quick, 'quick_decision'), { className: 'field check' }),
    field('Status', status, 'status'),
    h('div', { class: 'row' }, field('Salary expectation', salary, 'salary_expectation'), field('Currency', currency), field('Per', period)),
    field('Notes', notes, 'notes'),
    errors,
    h('button', { type: 'submit', class: 'primary', text: 'Save interview' }),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const p of form.querySelectorAll('.error')) p.textContent = '';
    const fd = new FormData(form);
    const str = (/** @type {string} */ k) => String(fd.get(k) ?? '').trim();
    const list = (/** @type {string} */ k) => str(k).split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    /** @type {Record<string, string>} */
    const local = {};
    if (!str('company')) local.company = 'Enter the company.';
    if (!str('at')) local.at = 'Enter the date and time of the interview.';
    const newPeople = [];
    const ids = fd.getAll('interviewer').map(String);
    for (const row of newList.querySelectorAll('.newPerson')) {
      const i = /** @type {HTMLElement} */ (row).dataset.new;
      const name = str(`np_name_${i}`);
      const email = str(`np_email_${i}`);
      const profiles = list(`np_profiles_${i}`);
      if (!name && !email && !profiles.length && !str(`np_title_${i}`)) continue;
      if (!name) {
        local[`people[new${i}].name`] = 'Enter the interviewer’s name.';
        continue;
      }
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) local[`people[new${i}].emails`] = 'This is not an email address.';
      ids.push(`new:${newPeople.length}`);
      newPeople.push({ name, title: str(`np_title_${i}`) || undefined, company: str('company'), emails: email ? [email] : [], profiles, invited_to_connect: false });
    }
    if (Object.keys(local).length) return showErrors(form, local);
    const interview = {
      company: str('company'),
      company_aliases: list('company_aliases'),
      company_domains: list('company_domains').map((d) => d.toLowerCase()),
      role: str('role') || undefined,
      stage: str('stage'),
      format: str('format'),
      at: localRfc3339(new Date(str('at'))),
      duration_minutes: Number(str('duration_minutes')) || 60,
      interviewer_ids: ids,
      decision_expected_by: str('decision_expected_by') || undefined,
      quick_decision: fd.get('quick_decision') != null,
      preferred_channel: str('preferred_channel'),
      status: str('status'),
      salary_expectation: str('salary_amount') ? { amount: Number(str('salary_amount')), currency: str('salary_currency').toUpperCase() || 'USD', period: str('salary_period') } : undefined,
      notes: str('notes'),
    };
    const r = await send({ type: 'save-interview', interview, newPeople });
    if (!r.ok) {
      /** @type {Record<string, string>} */
      const byField = {};
      for (const p of r.problems || [r.error]) {
        // "interviews[2].at: expected …" → the field "at"
        const m = /^interviews\[\d+\]\.(\w+)[^:]*:\s*(.*)$/.exec(p) || /^people\[\d+\]\.(\w+)[^:]*:\s*(.*)$/.exec(p);
        if (m && form.querySelector(`[data-field="${m[1]}"]`)) byField[m[1]] = m[2];
        else byField._ = byField._ ? `${byField._}\n${p}` : p;
      }
      return showErrors(form, byField);
    }
    newPeopleCount = 0;
    await load();
    document.getElementById('listTitle')?.focus();
  });
  return form;
}

/** @param {HTMLFormElement} form @param {Record<string, string>} errs */
function showErrors(form, errs) {
  let first = null;
  for (const [k, msg] of Object.entries(errs)) {
    const p = k === '_' ? form.querySelector('#formErrors') : form.querySelector(`[data-error-for="${CSS.escape(k)}"]`);
    if (p) p.textContent = msg;
    const ctl = form.querySelector(`[data-field="${CSS.escape(k)}"]`);
    if (ctl) {
      ctl.setAttribute('aria-invalid', 'true');
      first ??= ctl;
    }
  }
  /** @type {HTMLElement|null} */ (first)?.focus();
}

load();
