import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from './crc32';
import { strictInflate } from './strict-inflate';

/**
 * The bytes of a share link's payload: base64url of the deflated JSON (with the format's preset dictionary) and,
 * from format 2 on, the CRC-32 of the JSON after it (4 bytes, big-endian). A changed or lost character then fails
 * the decoder or the checksum instead of opening as some other setup; each way it fails has its own message.
 */

/**
 * Inflated JSON larger than this is refused (a deflate bomb cannot exhaust memory; no valid config is near it).
 * 128 KiB since the CSP policy (up to 1,783 characters) joined the schema: the worst-case bound passed 64 KiB.
 */
export const MAX_PAYLOAD_JSON_BYTES = 131_072;
const CHECKSUM_BYTES = 4;

export type PayloadFailure =
  'not-base64url' | 'truncated' | 'not-deflate' | 'extra-bytes' | 'too-large' | 'checksum' | 'not-text';

/** What each failure tells the person holding the link: what happened and what to do. */
export const PAYLOAD_FAILURE_MESSAGES: Readonly<Record<PayloadFailure, string>> = {
  'not-base64url':
    'The configuration in this link is not valid base64url: a character was changed, added or lost when it was copied.',
  truncated: 'This link was cut short: the end of its configuration is missing. Copy the whole link again.',
  'not-deflate':
    'This link is damaged: its configuration is not a valid compressed stream (a character was changed). Copy the whole link again.',
  'extra-bytes':
    'This link is damaged: it has extra characters after its configuration. Copy the whole link again.',
  'too-large': `This link holds more than ${MAX_PAYLOAD_JSON_BYTES / 1024} KiB of settings, more than any valid configuration: it was not made by the wizard.`,
  checksum:
    'This link is damaged: its checksum does not match its settings (a character was changed when it was copied). Copy the whole link again.',
  'not-text': 'This link is damaged: its settings are not text (a character was changed).',
};

/** The base64url payload for `json`, checksummed or not (format 1 links had no checksum). */
export function encodePayloadText(json: string, dictionary: string, checksummed: boolean): string {
  const data = strToU8(json);
  const deflated = deflateSync(data, { level: 9, dictionary: strToU8(dictionary) });
  if (!checksummed) return toBase64Url(deflated);
  const bytes = new Uint8Array(deflated.length + CHECKSUM_BYTES);
  bytes.set(deflated);
  new DataView(bytes.buffer).setUint32(deflated.length, crc32(data));
  return toBase64Url(bytes);
}

/** The JSON text a payload holds, or why it holds none. */
export function decodePayloadText(
  payload: string,
  dictionary: string,
  checksummed: boolean,
): { ok: true; json: string } | { ok: false; failure: PayloadFailure } {
  const bytes = fromBase64Url(payload);
  if (bytes === undefined) return { ok: false, failure: 'not-base64url' };
  const inflated = strictInflate(bytes, strToU8(dictionary), MAX_PAYLOAD_JSON_BYTES);
  if (!inflated.ok) {
    return { ok: false, failure: inflated.failure === 'invalid' ? 'not-deflate' : inflated.failure };
  }
  const trailer = bytes.length - inflated.consumed;
  if (checksummed) {
    if (trailer < CHECKSUM_BYTES) return { ok: false, failure: 'truncated' };
    if (trailer > CHECKSUM_BYTES || !inflated.zeroPadding) return { ok: false, failure: 'extra-bytes' };
    const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(inflated.consumed);
    if (crc32(inflated.bytes) !== expected) return { ok: false, failure: 'checksum' };
  } else if (trailer > 0) {
    return { ok: false, failure: 'extra-bytes' };
  }
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return { ok: false, failure: 'not-text' };
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of canonical base64url only: a text whose unused low bits are set (another character) is refused. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  let bytes: Uint8Array;
  try {
    const binary = atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    );
    bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
  return toBase64Url(bytes) === text ? bytes : undefined;
}
