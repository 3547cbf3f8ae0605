// The warning UI inside a site's page: an extension page (warning/warning.html)
// in an iframe placed next to the box or button. The iframe gets its content
// from the background by messaging (never through its URL); its buttons
// answer through the background too, so the page can neither read the
// warnings nor fake a choice.
import { ask } from './messaging.js';

const WIDTH = 380;
/** @type {Map<string, Card>} */
const cards = new Map();

chrome.runtime.onMessage.addListener((msg) => {
  const card = cards.get(msg?.id);
  if (!card) return;
  if (msg.type === 'ui-size') card.resize(Number(msg.height) || 0);
  if (msg.type === 'ui-choice') card.choose(String(msg.choice));
});

function newId() {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class Card {
  /**
   * @param {Element} anchor the box or button the card sits next to
   * @param {any[]} warnings
   * @param {{verb: string, kind: 'social'|'writing'}|null} action a held action, or null for a card beside a compose box
   * @param {(choice: string) => void} onChoice 'anyway' | 'cancel' | 'edit' | 'dismiss'
   * @param {() => Element[]} [avoid] controls a card beside a box must not cover (its Send buttons)
   */
  constructor(anchor, warnings, action, onChoice, avoid = () => []) {
    this.id = newId();
    this.anchor = anchor;
    this.avoid = avoid;
    this.onChoice = onChoice;
    this.done = false;
    this.shown = false;
    this.wantsFocus = false;
    this.height = 140;
    this.beside = !action; // a compose card sits beside the box, not over its buttons
    this.key = JSON.stringify(warnings.map((w) => [w.rule, w.severity, w.span]));
    cards.set(this.id, this);
    this.ready = ask({ type: 'ui-show', id: this.id, warnings, action }).then(() => this.mount());
    this.reposition = () => this.place();
  }

  mount() {
    if (this.done) return;
    const f = document.createElement('iframe');
    f.name = this.id;
    f.title = 'Interview Guard';
    f.setAttribute('allowtransparency', 'true');
    f.src = chrome.runtime.getURL('warning/warning.html');
    const s = f.style;
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('z-index', '2147483647', 'important');
    s.setProperty('width', `${WIDTH}px`, 'important');
    s.setProperty('height', `${this.height}px`, 'important');
    s.setProperty('border', '0', 'important');
    s.setProperty('border-radius', '10px', 'important');
    s.setProperty('box-shadow', '0 6px 24px rgba(0,0,0,.25)', 'important');
    s.setProperty('background', 'transparent', 'important');
    s.setProperty('color-scheme', 'normal', 'important');
    s.setProperty('display', 'block', 'important');
    // Shown once the card has said how tall it is and been placed for that
    // height: a card that jumped after appearing could take a click meant
    // for it somewhere else. (Shown anyway after half a second.)
    s.setProperty('visibility', 'hidden', 'important');
    setTimeout(() => this.reveal(), 500);
    this.frame = f;
    document.documentElement.appendChild(f);
    this.place();
    addEventListener('scroll', this.reposition, { passive: true, capture: true });
    addEventListener('resize', this.reposition, { passive: true });
  }

  place() {
    if (!this.frame) return;
    const r = this.anchor.isConnected ? this.anchor.getBoundingClientRect() : new DOMRect(innerWidth / 2, 80, 0, 0);
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = innerHeight;
    let top = r.bottom + 8;
    let left = r.left;
    if (this.beside) {
      // Right of the box, else left, else above, else below: the first
      // place that fits the window and covers none of the box's own Send
      // buttons (a card over Send would have to be dismissed first).
      let avoid = [];
      try {
        avoid = this.avoid().map((el) => el.getBoundingClientRect());
      } catch {
        avoid = [];
      }
      const h = this.height;
      const places = [
        [r.right + 8, r.top],
        [r.left - 8 - WIDTH, r.top],
        [r.left, r.top - 8 - h],
        [r.left, r.bottom + 8],
      ].map(([x, y]) => [Math.max(8, Math.min(x, vw - WIDTH - 8)), Math.max(8, Math.min(y, vh - h - 8)), x, y]);
      const fits = (/** @type {number[]} */ [x, y, x0, y0]) => x === x0 && y === y0;
      const clear = (/** @type {number[]} */ [x, y]) => !avoid.some((b) => b.width && b.height && x < b.right && b.left < x + WIDTH && y < b.bottom && b.top < y + h);
      const best = places.find((p) => fits(p) && clear(p)) || places.find(clear) || places.find(fits) || places[0];
      [left, top] = best;
    } else if (top + this.height > vh && r.top - 8 - this.height > 0) {
      top = r.top - 8 - this.height;
    }
    top = Math.max(8, Math.min(top, vh - this.height - 8));
    left = Math.max(8, Math.min(left, vw - WIDTH - 8));
    this.frame.style.setProperty('top', `${top}px`, 'important');
    this.frame.style.setProperty('left', `${left}px`, 'important');
  }

  /** @param {number} h */
  resize(h) {
    if (!this.frame || h <= 0) return;
    this.height = Math.min(Math.max(h, 60), innerHeight - 16);
    this.frame.style.setProperty('height', `${this.height}px`, 'important');
    this.place();
    this.reveal();
  }

  /** Makes the placed card visible (once), and gives it the focus if asked. */
  reveal() {
    if (!this.frame || this.done || this.shown) return;
    this.shown = true;
    this.frame.style.setProperty('visibility', 'visible', 'important');
    if (this.wantsFocus) this.frame.focus();
  }

  /** Moves the keyboard focus into the card (as soon as it is shown). */
  focus() {
    this.wantsFocus = true;
    if (this.shown) this.frame?.focus();
  }

  /** @param {string} choice */
  choose(choice) {
    if (this.done) return;
    this.remove();
    this.onChoice(choice);
  }

  remove() {
    this.done = true;
    cards.delete(this.id);
    removeEventListener('scroll', this.reposition, { capture: true });
    removeEventListener('resize', this.reposition);
    // Hidden at once, detached a moment later: a key that closed the card
    // (Escape) still has its release to deliver to the frame, and removing
    // the frame under a pressed key leaves that release nowhere to go.
    const frame = this.frame;
    frame?.style.setProperty('display', 'none', 'important');
    setTimeout(() => frame?.remove(), 100);
    ask({ type: 'ui-hide', id: this.id });
  }
}
