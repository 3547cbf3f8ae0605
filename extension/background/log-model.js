// Pure operations on the log (no storage, no chrome.*): defaults, ids,
// merge, and the edits the popup and options page ask for. Each returns a
// new log; the store validates it with the core before writing.

/** @returns {any} */
export function emptyLog() {
  return {
    version: 1,
    interviews: [],
    people: [],
    sent: [],
    views: [],
    settings: { weekend: ['sat', 'sun'], muted: [], sites: {} },
  };
}

/** Fills the arrays and settings a partial log may lack. @param {any} log */
export function withDefaults(log) {
  const base = emptyLog();
  const out = { ...base, ...log };
  for (const k of ['interviews', 'people', 'sent', 'views']) if (!Array.isArray(out[k])) out[k] = [];
  out.settings = { ...base.settings, ...(log.settings || {}) };
  if (!Array.isArray(out.settings.weekend)) out.settings.weekend = base.settings.weekend;
  if (!Array.isArray(out.settings.muted)) out.settings.muted = [];
  if (typeof out.settings.sites !== 'object' || !out.settings.sites) out.settings.sites = {};
  return out;
}

/** @param {any} log */
export function isEmptyLog(log) {
  return !log || ['interviews', 'people', 'sent', 'views'].every((k) => !log[k] || log[k].length === 0);
}

/** A fresh id with the prefix that no record of the list uses. @param {string} prefix @param {{id: string}[]} list @param {Set<string>} [also] */
export function freshId(prefix, list, also = new Set()) {
  const used = new Set(list.map((r) => r.id));
  let n = list.length + 1;
  while (used.has(`${prefix}${n}`) || also.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * Merges an imported log into the current one: existing records keep their
 * ids; imported records whose id collides get a new one, and every
 * reference to them (interviewer_ids, sent.to, sent.interview_id,
 * views.person, muted.person) follows.
 * @param {any} current @param {any} incoming
 */
export function mergeLogs(current, incoming) {
  const cur = withDefaults(structuredClone(current));
  const inc = withDefaults(structuredClone(incoming));
  const personMap = new Map();
  const interviewMap = new Map();
  const usedP = new Set(cur.people.map((p) => p.id));
  const usedI = new Set(cur.interviews.map((i) => i.id));
  for (const p of inc.people) {
    let id = p.id;
    if (usedP.has(id)) id = freshId('p', [...cur.people, ...inc.people], usedP);
    usedP.add(id);
    personMap.set(p.id, id);
  }
  for (const i of inc.interviews) {
    let id = i.id;
    if (usedI.has(id)) id = freshId('i', [...cur.interviews, ...inc.interviews], usedI);
    usedI.add(id);
    interviewMap.set(i.id, id);
  }
  const mapP = (/** @type {string} */ id) => personMap.get(id) ?? id;
  const mapI = (/** @type {string} */ id) => interviewMap.get(id) ?? id;
  for (const p of inc.people) cur.people.push({ ...p, id: mapP(p.id) });
  for (const i of inc.interviews) {
    cur.interviews.push({ ...i, id: mapI(i.id), interviewer_ids: (i.interviewer_ids || []).map(mapP) });
  }
  for (const s of inc.sent) {
    const t = { ...s };
    if (t.to != null) t.to = mapP(t.to);
    if (t.interview_id != null) t.interview_id = mapI(t.interview_id);
    cur.sent.push(t);
  }
  for (const v of inc.views) cur.views.push({ ...v, person: mapP(v.person) });
  for (const m of inc.settings.muted || []) {
    const t = { ...m };
    if (t.person != null) t.person = mapP(t.person);
    if (!cur.settings.muted.some((x) => JSON.stringify(x) === JSON.stringify(t))) cur.settings.muted.push(t);
  }
  return cur;
}

/**
 * Saves an interview from the popup: new people are added with fresh ids
 * (`interviewer_ids` may name them as "new:N", the index in newPeople).
 * @param {any} log @param {any} interview @param {any[]} newPeople
 */
export function saveInterview(log, interview, newPeople = []) {
  const out = withDefaults(structuredClone(log));
  const ids = newPeople.map((p) => {
    const id = freshId('p', out.people);
    out.people.push({ ...p, id });
    return id;
  });
  const iv = { ...interview };
  iv.interviewer_ids = (iv.interviewer_ids || []).map((/** @type {string} */ x) =>
    x.startsWith('new:') ? ids[Number(x.slice(4))] : x,
  );
  if (iv.id && out.interviews.some((i) => i.id === iv.id)) {
    out.interviews = out.interviews.map((i) => (i.id === iv.id ? iv : i));
  } else {
    iv.id = freshId('i', out.interviews);
    out.interviews.push(iv);
  }
  return out;
}

/** @param {any} log @param {any} person */
export function savePerson(log, person) {
  const out = withDefaults(structuredClone(log));
  if (person.id && out.people.some((p) => p.id === person.id)) {
    out.people = out.people.map((p) => (p.id === person.id ? { ...p, ...person } : p));
  } else {
    out.people.push({ ...person, id: freshId('p', out.people) });
  }
  return out;
}

/** Removes a person and every reference to them. @param {any} log @param {string} id */
export function removePerson(log, id) {
  const out = withDefaults(structuredClone(log));
  out.people = out.people.filter((p) => p.id !== id);
  out.interviews = out.interviews.map((i) => ({ ...i, interviewer_ids: (i.interviewer_ids || []).filter((x) => x !== id) }));
  out.sent = out.sent.filter((s) => s.to !== id);
  out.views = out.views.filter((v) => v.person !== id);
  out.settings.muted = out.settings.muted.filter((m) => m.person !== id);
  return out;
}

/** @param {any} log @param {string} id */
export function removeInterview(log, id) {
  const out = withDefaults(structuredClone(log));
  out.interviews = out.interviews.filter((i) => i.id !== id);
  out.sent = out.sent.map((s) => {
    if (s.interview_id !== id) return s;
    const { interview_id, ...rest } = s;
    return rest;
  });
  return out;
}
