// The shape every site adapter gives for a compose box (JSDoc only).

/**
 * @typedef {object} Composer
 * @property {string} site
 * @property {'email'|'direct_message'|'public_post'|'comment'} surface
 * @property {Element} root        the compose window or form
 * @property {Element} editable    the box the person types in
 * @property {() => {event: any, segments: {node: Text, start: number, end: number}[]}} read
 * @property {(el: Element) => boolean} isSend   whether a click on el sends this box
 */
export {};
