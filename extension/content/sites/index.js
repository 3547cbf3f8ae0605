// Every site adapter, in the order they are tried (the first whose
// `matches` accepts the page's address is used). One adapter per file; each
// names the saved pages it was verified on.
import linkedin from './linkedin.js';
import gmail from './gmail.js';
import facebook from './facebook.js';

/** @type {import('../composer.js').Adapter[]} */
export const ADAPTERS = [linkedin, gmail, facebook];

/** The adapter for an address, or undefined. @param {Location|URL} loc */
export const adapterFor = (loc) => ADAPTERS.find((a) => a.matches(/** @type {Location} */ (loc)));
