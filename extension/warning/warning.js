// The warning card, shown inside a site's page in an iframe. What to show
// comes from the background (by this frame's name, an opaque id); choices go
// back through the background to the content script. Text is only ever set
// with textContent.
const id = window.name;
const $ = (/** @type {string} */ s) => /** @type {HTMLElement} */ (document.getElementById(s));

/**
 * Sends to the background; the worker may be stopped at any moment (the
 * message wakes it) or restart while answering: a few more tries, a little
 * apart, then null. A lost choice would leave the card open and the held
 * send unsent, so it is worth the wait. A choice delivered twice is
 * harmless (the content script takes the first).
 * @param {any} msg
 */
async function send(msg) {
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    try {
      const r = await chrome.runtime.sendMessage({ ...msg, id });
      if (r && r.ok !== false) return r;
    } catch {
      /* the worker went away mid-answer */
    }
  }
  return null;
}

function reportSize() {
  send({ type: 'ui-size', height: Math.ceil(document.getElementById('card')?.getBoundingClientRect().height || 0) + 2 });
}

/** @param {string} choice */
function choose(choice) {
  send({ type: 'ui-choice', choice });
}

async function main() {
  const r = await send({ type: 'ui-pull' });
  const p = r?.payload;
  if (!p) {
    choose('dismiss');
    return;
  }
  const warnings = /** @type {any[]} */ (p.warnings || []);
  // The core's advice already names the person and the day that matter
  // ("You interviewed with Jane Doe yesterday…"); no second summary line.
  const list = $('warnings');
  for (const w of warnings) {
    const li = document.createElement('li');
    li.className = w.severity;
    const title = document.createElement('span');
    title.className = 'title';
    const sev = document.createElement('span');
    sev.className = 'sev';
    sev.textContent = w.severity === 'stop' ? 'Stop' : w.severity === 'caution' ? 'Caution' : 'Tip';
    title.append(sev, document.createTextNode(w.title || w.rule));
    const advice = document.createElement('span');
    advice.className = 'advice';
    advice.textContent = w.advice || '';
    li.append(title, advice);
    list.append(li);
  }
  const action = p.action;
  if (action) {
    const cancel = /** @type {HTMLButtonElement} */ ($('cancel'));
    const anyway = /** @type {HTMLButtonElement} */ ($('anyway'));
    cancel.textContent = action.kind === 'social' ? 'Cancel' : 'Edit';
    anyway.textContent = `${action.verb} anyway`;
    cancel.onclick = () => choose(action.kind === 'social' ? 'cancel' : 'edit');
    anyway.onclick = () => choose('anyway');
    $('actions').hidden = false;
    $('close').onclick = () => choose(action.kind === 'social' ? 'cancel' : 'edit');
    // RULES.md: stop puts the focus on Cancel/Edit, caution on "… anyway".
    const stop = warnings.some((w) => w.severity === 'stop');
    (stop ? cancel : anyway).focus();
  } else {
    $('close').onclick = () => choose('dismiss');
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') choose(action ? (action.kind === 'social' ? 'cancel' : 'edit') : 'dismiss');
  });
  reportSize();
  new ResizeObserver(reportSize).observe($('card'));
}

main();
