// The shapes every site adapter gives (JSDoc only).

/**
 * A compose box.
 * @typedef {object} Composer
 * @property {string} site
 * @property {'email'|'direct_message'|'public_post'|'comment'} surface
 * @property {Element} root        the compose window or form
 * @property {Element} editable    the box the person types in
 * @property {() => {event: any, segments: {node: Text, start: number, end: number}[]}} read
 * @property {(el: Element) => boolean} isSend   whether a click on el sends this box
 */

/**
 * What a click on a control would do to a person.
 * @typedef {object} SocialAction
 * @property {'social'} kind
 * @property {'connect'|'follow'|'friend'|'like'|'comment'|'poke'} action
 * @property {{name?: string, profile?: string}|null} target   null only for an invitation dialog's Send
 * @property {string} where      where the control sits (top-card, sticky, main, aside, list, …): for tests
 * @property {Element} control
 * @property {boolean} [invite]  @property {string} [note]  @property {Element|null} [noteBox]
 */

/**
 * A health probe: an element the adapter expects on some pages. The content
 * script asks `expected` once the page has settled and, when it says yes,
 * whether `found`; misses are counted locally for the options page's
 * adapter-health view ("cannot see the Connect button on LinkedIn since …").
 * @typedef {object} Probe
 * @property {string} id                         stable id, e.g. "profile-connect"
 * @property {string} label                      what it is, for people: "the Connect and Follow buttons on profiles"
 * @property {(doc: Document) => boolean} expected  whether this page should have it (usually from the address)
 * @property {(doc: Document) => boolean} found
 */

/**
 * A site adapter (one file per site in sites/).
 * @typedef {object} Adapter
 * @property {string} site       CONTRACT.md's site id: linkedin, facebook, x, instagram, reddit, glassdoor, gmail, outlook, other
 * @property {string} [label]    the site's name for people ("LinkedIn")
 * @property {(loc: Location) => boolean} matches
 * @property {(doc: Document) => {name: string, profile: string}|null} pageProfile   the person a profile page is about
 * @property {(el: Element) => SocialAction|null} socialAction
 * @property {(doc: Document) => SocialAction[]} socialActions   every guarded control in the page
 * @property {(doc: Document) => Composer[]} composers
 * @property {(c: Composer) => boolean} enterSends   whether plain Enter sends in this box
 * @property {Probe[]} [probes]
 */
export {};
