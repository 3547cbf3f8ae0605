// A tiny element builder for the extension's own pages. Text is always set
// as text (never innerHTML).

/**
 * @param {string} tag
 * @param {Record<string, any>} [attrs] attributes; `on*` functions become listeners; `text` sets textContent
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = String(v);
    else if (k === 'checked') /** @type {HTMLInputElement} */ (el).checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null && c !== false) el.append(c);
  return el;
}

let n = 0;
/** A labelled field: <div class="field"><label for>…</label>control<p class="error"></p></div>. @param {string} label @param {HTMLElement} control @param {string} [name] */
export function field(label, control, name) {
  const id = control.id || `f${++n}`;
  control.id = id;
  if (name) control.dataset.field = name;
  const err = h('p', { class: 'error', role: 'alert', 'data-error-for': name || id });
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), control, err);
}

/** @param {any} msg */
export async function send(msg) {
  const r = await chrome.runtime.sendMessage(msg);
  return r || { ok: false, error: 'no answer' };
}

/** @param {string} name @param {[string, string][]} options @param {string} [value] */
export function select(name, options, value) {
  const s = /** @type {HTMLSelectElement} */ (h('select', { name }));
  for (const [v, t] of options) s.append(h('option', { value: v, text: t }));
  if (value != null) s.value = value;
  return s;
}

export const STAGES = /** @type {[string,string][]} */ ([
  ['phone_screen', 'Phone screen'], ['first_round', 'First round'], ['second_round', 'Second round'],
  ['third_round', 'Third round'], ['final_round', 'Final round'], ['references', 'References'], ['other', 'Other'],
]);
export const FORMATS = /** @type {[string,string][]} */ ([['video', 'Video'], ['phone', 'Phone'], ['onsite', 'On site']]);
export const CHANNELS = /** @type {[string,string][]} */ ([['any', 'Any'], ['email', 'Email'], ['phone', 'Phone'], ['linkedin', 'LinkedIn']]);
export const STATUSES = /** @type {[string,string][]} */ ([
  ['open', 'Open'], ['offer_verbal', 'Verbal offer'], ['offer_written', 'Written offer'],
  ['rejected', 'Rejected'], ['withdrawn', 'Withdrawn'], ['hired', 'Hired'],
]);
