// Highlights offending words with the CSS Custom Highlight API: the page's
// text and DOM are never changed. The page can see which of its own words
// are marked (the highlight names), never why.
import { rangeFor } from './dom.js';

/** @type {Map<any, {stop: Range[], caution: Range[]}>} */
const byComposer = new Map();

function apply() {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return;
  const stop = [];
  const caution = [];
  for (const r of byComposer.values()) {
    stop.push(...r.stop);
    caution.push(...r.caution);
  }
  if (stop.length) CSS.highlights.set('interview-guard-stop', new Highlight(...stop));
  else CSS.highlights.delete('interview-guard-stop');
  if (caution.length) CSS.highlights.set('interview-guard-caution', new Highlight(...caution));
  else CSS.highlights.delete('interview-guard-caution');
}

/** @param {any} composer @param {any[]} warnings @param {{node: Text, start: number, end: number}[]} segments */
export function highlight(composer, warnings, segments) {
  const r = { stop: /** @type {Range[]} */ ([]), caution: /** @type {Range[]} */ ([]) };
  for (const w of warnings) {
    if (!w.span || w.severity === 'info') continue;
    const range = rangeFor(segments, w.span.start, w.span.end);
    if (range) (w.severity === 'stop' ? r.stop : r.caution).push(range);
  }
  if (r.stop.length || r.caution.length) byComposer.set(composer, r);
  else byComposer.delete(composer);
  apply();
}

/** @param {any} composer */
export function clearHighlight(composer) {
  if (byComposer.delete(composer)) apply();
}
