/**
 * A raw-deflate decoder (RFC 1951) that refuses every stream zlib refuses: stored blocks whose length check is
 * wrong, Huffman codes that are over-subscribed or incomplete, code-length repeats with nothing to repeat or past
 * the end, literal/length codes 286-287 and distance codes 30-31, distances reaching before the dictionary, and
 * input that ends inside a block. fflate's inflater accepts most of these (it trusts its input), so a damaged share
 * link could open as some other text. Modelled on zlib's reference decoder, contrib/puff/puff.c, with zlib's own
 * rules for which incomplete codes are allowed (inftrees.c: only a single code of length 1). Small inputs only:
 * it decodes bit by bit.
 */

export type InflateFailure =
  /** The stream ends inside a block (a link cut short). */
  | 'truncated'
  /** Something zlib calls invalid (a changed character, or bytes that were never a deflate stream). */
  | 'invalid'
  /** The output would pass the cap (a deflate bomb, or far more than any valid configuration). */
  | 'too-large';

export type InflateResult =
  | {
      ok: true;
      bytes: Uint8Array;
      /** Bytes of input the stream used (its last byte partly, padding bits and all); the rest is not deflate. */
      consumed: number;
      /** The unused bits of the last byte were all zero, as every deflate encoder writes them. */
      zeroPadding: boolean;
    }
  | { ok: false; failure: InflateFailure };

const MAX_BITS = 15;
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order code-length code lengths are sent in (RFC 1951, 3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Refused extends Error {
  constructor(readonly failure: InflateFailure) {
    super(failure);
  }
}

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

type CodeKind = 'code-lengths' | 'literals' | 'distances';

/**
 * Builds the code for `lengths`, refusing what zlib's inflate_table refuses: an over-subscribed set always; an
 * incomplete one unless it is for literals or distances and its longest code has length 1 (or it has no codes).
 */
function huffman(lengths: ArrayLike<number>, kind: CodeKind): Huffman {
  const count = new Uint16Array(MAX_BITS + 1);
  for (let index = 0; index < lengths.length; index += 1) count[lengths[index] ?? 0]! += 1;
  let longest = 0;
  for (let length = 1; length <= MAX_BITS; length += 1) if (count[length]! > 0) longest = length;
  const symbol = new Uint16Array(lengths.length);
  if (longest === 0) {
    if (kind === 'code-lengths') throw new Refused('invalid');
    return { count, symbol };
  }
  let left = 1;
  for (let length = 1; length <= MAX_BITS; length += 1) {
    left = left * 2 - count[length]!;
    if (left < 0) throw new Refused('invalid');
  }
  if (left > 0 && (kind === 'code-lengths' || longest !== 1)) throw new Refused('invalid');
  const offsets = new Uint16Array(MAX_BITS + 1);
  for (let length = 1; length < MAX_BITS; length += 1)
    offsets[length + 1] = offsets[length]! + count[length]!;
  for (let index = 0; index < lengths.length; index += 1) {
    const length = lengths[index] ?? 0;
    if (length !== 0) symbol[offsets[length]!++] = index;
  }
  return { count, symbol };
}

const FIXED_LITERALS = huffman(
  Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8)),
  'literals',
);
// zlib builds the fixed distance code with all 32 symbols (30 and 31 decode, then are refused as invalid).
const FIXED_DISTANCES = huffman(new Array<number>(32).fill(5), 'distances');

class Inflater {
  private position = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private output: Uint8Array;
  private length = 0;

  constructor(
    private readonly input: Uint8Array,
    private readonly dictionary: Uint8Array,
    private readonly maxOutput: number,
  ) {
    this.output = new Uint8Array(Math.min(maxOutput, Math.max(1024, input.length * 4)));
  }

  run(): InflateResult {
    let last = false;
    while (!last) {
      last = this.bits(1) === 1;
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(FIXED_LITERALS, FIXED_DISTANCES);
      else if (type === 2) this.dynamic();
      else throw new Refused('invalid');
    }
    return {
      ok: true,
      bytes: this.output.slice(0, this.length),
      consumed: this.position,
      zeroPadding: this.bitBuffer === 0,
    };
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.position >= this.input.length) throw new Refused('truncated');
      value |= this.input[this.position++]! << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private put(byte: number): void {
    if (this.length >= this.maxOutput) throw new Refused('too-large');
    if (this.length === this.output.length) {
      const grown = new Uint8Array(Math.min(this.maxOutput, this.output.length * 2));
      grown.set(this.output);
      this.output = grown;
    }
    this.output[this.length++] = byte;
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.position + 4 > this.input.length) throw new Refused('truncated');
    const at = this.position;
    const length = this.input[at]! | (this.input[at + 1]! << 8);
    const check = this.input[at + 2]! | (this.input[at + 3]! << 8);
    if (length !== (~check & 0xffff)) throw new Refused('invalid');
    this.position += 4;
    if (this.position + length > this.input.length) throw new Refused('truncated');
    for (let index = 0; index < length; index += 1) this.put(this.input[this.position++]!);
  }

  private decode(code: Huffman): number {
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= MAX_BITS; length += 1) {
      value |= this.bits(1);
      const count = code.count[length]!;
      if (value - count < first) return code.symbol[index + (value - first)]!;
      index += count;
      first = (first + count) * 2;
      value *= 2;
    }
    throw new Refused('invalid'); // a bit pattern an incomplete code leaves unused
  }

  private codes(literals: Huffman, distances: Huffman): void {
    for (;;) {
      const symbol = this.decode(literals);
      if (symbol < 256) {
        this.put(symbol);
        continue;
      }
      if (symbol === 256) return;
      const lengthIndex = symbol - 257;
      if (lengthIndex >= 29) throw new Refused('invalid');
      const length = LENGTH_BASE[lengthIndex]! + this.bits(LENGTH_EXTRA[lengthIndex]!);
      const distanceSymbol = this.decode(distances);
      if (distanceSymbol >= 30) throw new Refused('invalid');
      const distance = DISTANCE_BASE[distanceSymbol]! + this.bits(DISTANCE_EXTRA[distanceSymbol]!);
      if (distance > this.length + this.dictionary.length) throw new Refused('invalid');
      for (let copied = 0; copied < length; copied += 1) {
        const from = this.length - distance;
        this.put(from >= 0 ? this.output[from]! : this.dictionary[this.dictionary.length + from]!);
      }
    }
  }

  private dynamic(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new Refused('invalid');
    const codeLengthLengths = new Array<number>(19).fill(0);
    for (let index = 0; index < codeLengthCount; index += 1)
      codeLengthLengths[CODE_LENGTH_ORDER[index]!] = this.bits(3);
    const codeLengths = huffman(codeLengthLengths, 'code-lengths');
    const lengths = new Array<number>(literalCount + distanceCount).fill(0);
    for (let index = 0; index < lengths.length;) {
      const symbol = this.decode(codeLengths);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeated = 0;
      let times: number;
      if (symbol === 16) {
        if (index === 0) throw new Refused('invalid');
        repeated = lengths[index - 1]!;
        times = 3 + this.bits(2);
      } else if (symbol === 17) times = 3 + this.bits(3);
      else times = 11 + this.bits(7);
      if (index + times > lengths.length) throw new Refused('invalid');
      while (times-- > 0) lengths[index++] = repeated;
    }
    if (lengths[256] === 0) throw new Refused('invalid'); // no end-of-block code
    const literals = huffman(lengths.slice(0, literalCount), 'literals');
    const distances = huffman(lengths.slice(literalCount), 'distances');
    this.codes(literals, distances);
  }
}

/** Inflates raw deflate `input` preceded by `dictionary` (zlib's preset dictionary), output at most `maxOutput`. */
export function strictInflate(input: Uint8Array, dictionary: Uint8Array, maxOutput: number): InflateResult {
  try {
    return new Inflater(input, dictionary.subarray(Math.max(0, dictionary.length - 32_768)), maxOutput).run();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, failure: error.failure };
    throw error;
  }
}
