// The synchronous HMAC used for the content scripts' identity index agrees
// with node:crypto, including keys longer than a block and empty messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, createHash, randomBytes } from 'node:crypto';
import { sha256, hmacSha256, toHex, identityHash } from '../../extension/shared/hmac.js';

test('sha256 matches node:crypto for lengths around the block boundaries', () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const data = randomBytes(n);
    assert.equal(toHex(sha256(new Uint8Array(data))), createHash('sha256').update(data).digest('hex'), `length ${n}`);
  }
});

test('hmacSha256 matches node:crypto for short and long keys', () => {
  for (const keyLen of [0, 16, 32, 64, 100]) {
    const key = randomBytes(keyLen);
    const msg = randomBytes(37);
    assert.equal(
      toHex(hmacSha256(new Uint8Array(key), new Uint8Array(msg))),
      createHmac('sha256', key).update(msg).digest('hex'),
    );
  }
});

test('identityHash hashes the UTF-8 of the identity string', () => {
  const key = randomBytes(32);
  const id = 'name:josé garcía';
  assert.equal(identityHash(new Uint8Array(key), id), createHmac('sha256', key).update(id, 'utf8').digest('hex'));
});
