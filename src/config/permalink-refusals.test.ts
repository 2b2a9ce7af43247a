import { crc32 } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePermalink, encodePermalink } from './permalink';
import { PERMALINK_FORMAT } from './permalink-migrations';
import { PAYLOAD_FAILURE_MESSAGES } from './permalink-payload';
import { defaultConfig } from './schema';

/** Every way a link can be refused has its own message: what happened to the link and what to do. */

const VERSION = PERMALINK_FORMAT.currentVersion;
const DICTIONARY = strToU8(PERMALINK_FORMAT.dictionaries[VERSION] ?? '');
const deflated = (bytes: Uint8Array) => deflateSync(bytes, { level: 9, dictionary: DICTIONARY });
const checksum = (bytes: Uint8Array) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(bytes));
  return out;
};
/** A format 2 link of these raw payload bytes. */
const link = (...parts: Uint8Array[]) => `c=${VERSION}.${Buffer.concat(parts).toString('base64url')}`;
/** A format 2 link whose deflate stream and checksum are right, for JSON text (or any bytes). */
const wellFormed = (bytes: Uint8Array) => link(deflated(bytes), checksum(bytes));

const good = encodePermalink({ ...defaultConfig(), projectName: 'shop' });
const goodBytes = Buffer.from(good.slice(good.indexOf('.') + 1), 'base64url');
/** The good link with characters added until its payload has a length base64 cannot have (4n + 1). */
const oneTooMany = `${good}${'A'.repeat((5 - ((good.length - good.indexOf('.') - 1) % 4)) % 4 || 4)}`;

describe('each refusal of a share link says what is wrong with it', () => {
  it.each([
    ['not base64url (a length base64 cannot have)', oneTooMany, PAYLOAD_FAILURE_MESSAGES['not-base64url']],
    ['not canonical base64url (unused bits set)', 'c=2.AB', PAYLOAD_FAILURE_MESSAGES['not-base64url']],
    ['cut inside the stream', link(goodBytes.subarray(0, 3)), PAYLOAD_FAILURE_MESSAGES.truncated],
    [
      'cut inside the checksum',
      link(goodBytes.subarray(0, goodBytes.length - 2)),
      PAYLOAD_FAILURE_MESSAGES.truncated,
    ],
    [
      'not a deflate stream (block type 3)',
      link(Uint8Array.from([0x07, 0, 0, 0, 0])),
      PAYLOAD_FAILURE_MESSAGES['not-deflate'],
    ],
    [
      'bytes after the checksum',
      link(goodBytes, Uint8Array.from([1, 2, 3])),
      PAYLOAD_FAILURE_MESSAGES['extra-bytes'],
    ],
    [
      'settings over 128 KiB',
      link(deflated(new Uint8Array(200_000).fill(32)), checksum(new Uint8Array(200_000).fill(32))),
      PAYLOAD_FAILURE_MESSAGES['too-large'],
    ],
    [
      'a checksum that does not match',
      link(goodBytes.subarray(0, goodBytes.length - 4), Uint8Array.from([0, 0, 0, 0])),
      PAYLOAD_FAILURE_MESSAGES.checksum,
    ],
    [
      'settings that are not UTF-8',
      wellFormed(Uint8Array.from([0xff, 0xfe])),
      PAYLOAD_FAILURE_MESSAGES['not-text'],
    ],
    [
      'settings that are not JSON',
      wellFormed(strToU8('{"projectName": ')),
      'This link is damaged: its settings are not JSON.',
    ],
    [
      'settings that are not an object',
      wellFormed(strToU8('[1]')),
      'This link is damaged: its settings are not a configuration (not a JSON object).',
    ],
    [
      'no configuration',
      'https://wizard.example/#tab=terraform',
      'This link holds no configuration (no "#c=…" part).',
    ],
    ['an empty payload', 'c=2.', 'The configuration in this link is malformed: it may have been cut short.'],
    [
      'a newer format',
      'c=9.AAAA',
      'This link was made by a newer version of the wizard (link format 9; this one reads up to 2). Open it in the latest version of the wizard.',
    ],
    ['an unknown format', 'c=0.AAAA', 'Unknown link format version 0.'],
    ['too long', `c=2.${'A'.repeat(20_000)}`, 'This link is too long (over 16384 characters).'],
  ])('%s', (_case, text, message) => {
    expect(decodePermalink(text)).toEqual({ ok: false, error: message });
  });

  it('the messages are all different', () => {
    const messages = Object.values(PAYLOAD_FAILURE_MESSAGES);
    expect(new Set(messages).size).toBe(messages.length);
  });
});
