// The JS side of identity normalisation (content script) agrees with the
// shared vectors that the Rust core also checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emailKey, profileKey, nameKey, targetKeys } from '../../extension/shared/identity.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/identity-vectors.json', import.meta.url), 'utf8'));
const fns = { email: emailKey, profile: profileKey, name: nameKey };

for (const v of vectors) {
  test(`identity ${v.kind} ${JSON.stringify(v.input)} -> ${v.key}`, () => {
    assert.equal(fns[v.kind](v.input), v.key);
  });
}

test('targetKeys gives profile and name keys and skips what is missing', () => {
  assert.deepEqual(targetKeys({ name: 'Jane Doe', profile: 'https://www.linkedin.com/in/janedoe/' }), [
    'profile:linkedin.com/in/janedoe',
    'name:jane doe',
  ]);
  assert.deepEqual(targetKeys({ name: 'Jane' }), []);
});
