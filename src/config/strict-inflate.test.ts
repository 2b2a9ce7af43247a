import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PERMALINK_FORMAT } from './permalink-migrations';
import { strictInflate } from './strict-inflate';

const DICTIONARY = strToU8(PERMALINK_FORMAT.dictionaries[PERMALINK_FORMAT.currentVersion] ?? '');
const CAP = 1 << 20;

/** What zlib makes of a raw deflate stream with the link dictionary: the bytes, or its error message. */
function zlibInflate(bytes: Uint8Array): Uint8Array | string {
  try {
    return new Uint8Array(inflateRawSync(bytes, { dictionary: Buffer.from(DICTIONARY) }));
  } catch (error) {
    return (error as Error).message;
  }
}

function expectAgreement(bytes: Uint8Array) {
  const ours = strictInflate(bytes, DICTIONARY, CAP);
  const theirs = zlibInflate(bytes);
  if (typeof theirs === 'string') expect(ours, `zlib: ${theirs}`).toMatchObject({ ok: false });
  else expect(ours).toMatchObject({ ok: true, bytes: theirs });
}

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const text = fc.oneof(
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom('', 'x'.repeat(400), '{"projectName":"shop","domains":{"primary":"www.shop.example.org"}}'),
);
/** Deflate streams as fflate and zlib write them: every block type, with and without the dictionary. */
const stream = fc
  .tuple(text, fc.constantFrom('fflate-9', 'fflate-0', 'fflate-1', 'zlib-fixed', 'zlib-huffman'))
  .map(([value, encoder]) => {
    const data = strToU8(value);
    const dictionary = Buffer.from(DICTIONARY);
    if (encoder === 'fflate-9') return deflateSync(data, { level: 9, dictionary: DICTIONARY });
    if (encoder === 'fflate-0') return deflateSync(data, { level: 0 });
    if (encoder === 'fflate-1') return deflateSync(data, { level: 1 });
    const strategy = encoder === 'zlib-fixed' ? 4 : 2;
    return new Uint8Array(deflateRawSync(data, { level: 9, dictionary, strategy }));
  });
/** A stream with bits flipped, bytes replaced, cut short or extended. */
const damaged = fc
  .tuple(stream, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }))
  .chain(([bytes, edits]) =>
    fc.constantFrom('flip', 'replace', 'cut', 'extend').map((mode) => {
      const copy = Uint8Array.from(bytes);
      if (copy.length === 0) return copy;
      if (mode === 'cut') return copy.subarray(0, (edits[0]?.[0] ?? 0) % copy.length);
      if (mode === 'extend') return Uint8Array.from([...copy, ...edits.map(([, value]) => value)]);
      for (const [at, value] of edits) {
        if (mode === 'flip') copy[at % copy.length]! ^= 1 << (value % 8);
        else copy[at % copy.length] = value;
      }
      return copy;
    }),
  );

describe('strictInflate', () => {
  it('inflates what fflate and zlib write, exactly as zlib does (property)', () => {
    fc.assert(fc.property(stream, expectAgreement), { numRuns: 300, seed: 13 });
  });

  it('refuses every damaged stream zlib refuses, and agrees with zlib on the rest (property)', () => {
    fc.assert(fc.property(damaged, expectAgreement), { numRuns: 1000, seed: 13 });
  });

  it('agrees with zlib on random bytes (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), expectAgreement), { numRuns: 2000, seed: 13 });
  });

  // One stream per zlib error fflate's inflater let through (found by the properties above).
  it.each([
    ['invalid stored block lengths', '016c00b5ff7b2270726f6a656374227d'],
    [
      'invalid code lengths set',
      '15cbc10d80200cc0d1554ccf86011cc21d101aa9a194140c1ac3eec2f9fdff4156b9d0d5dd32c2',
    ],
    [
      'invalid bit length repeat',
      '0dceab7504500c03d15e82073cd9ef62025247cef6be46121870ff7ffe6e1eab657ce86caa8b',
    ],
    ['invalid literal/length code', 'ab1807440300'],
    ['too many length or distance symbols', '0ddea911020010c0c05ed011f73bb4c220a883a177ce4544ecf7f1793c5fc2'],
    [
      'invalid distance code',
      '032940faaf3823bf00a808a7012079a0f313730b725241762bd50215a3952d88cc9d919a9393af50',
    ],
    ['unexpected end of file', ''],
  ])('refuses a stream zlib calls "%s"', (message, bytes) => {
    expect(zlibInflate(hex(bytes))).toMatch(new RegExp(message.replace(/[/()]/g, '\\$&')));
    expect(strictInflate(hex(bytes), DICTIONARY, CAP).ok).toBe(false);
  });

  it('stops at the output cap (a deflate bomb) and says so', () => {
    const bomb = deflateSync(new Uint8Array(1_000_000), { level: 9 });
    expect(bomb.length).toBeLessThan(2_000);
    expect(strictInflate(bomb, DICTIONARY, 65_536)).toEqual({ ok: false, failure: 'too-large' });
  });

  it('tells a stream cut short from a damaged one, and reports where the stream ends', () => {
    const whole = deflateSync(strToU8('{"projectName":"shop"}'), { level: 9, dictionary: DICTIONARY });
    expect(strictInflate(whole.subarray(0, whole.length - 1), DICTIONARY, CAP)).toEqual({
      ok: false,
      failure: 'truncated',
    });
    const extended = Uint8Array.from([...whole, 1, 2, 3]);
    expect(strictInflate(extended, DICTIONARY, CAP)).toMatchObject({
      ok: true,
      consumed: whole.length,
      zeroPadding: true,
    });
  });
});
