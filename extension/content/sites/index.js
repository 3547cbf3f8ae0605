// Every site adapter, in the order they are tried (the first whose
// `matches` accepts the page's address is used). One adapter per file; each
// names the saved pages it was verified on. The generic adapter comes last:
// it serves the other sites the person enabled.
import linkedin from './linkedin.js';
import gmail from './gmail.js';
import reddit from './reddit.js';
import glassdoor from './glassdoor.js';
import outlook from './outlook.js';
import x from './x.js';
import instagram from './instagram.js';
import facebook from './facebook.js';
import generic from './generic.js';

/** @type {import('../composer.js').Adapter[]} */
export const ADAPTERS = [linkedin, gmail, reddit, glassdoor, outlook, x, instagram, facebook, generic];

/** The adapter for an address, or undefined. @param {Location|URL} loc */
export const adapterFor = (loc) => ADAPTERS.find((a) => a.matches(/** @type {Location} */ (loc)));
