import fc from 'fast-check';

/**
 * The ways a share link gets damaged between copy and paste: a character changed (to another of the link's own
 * alphabet, or to anything), added, dropped, two swapped, the end cut off, one bit of the decoded payload flipped,
 * the version digit changed, or a piece repeated.
 */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type LinkMutation = (link: string) => string;

const at = (link: string, position: number, from: number) =>
  from + (position % Math.max(1, link.length - from));

/** Where the payload starts ("…#c=2." then base64url), so most mutations land in it. */
const payloadStart = (link: string) => {
  const hash = link.indexOf('#c=');
  return hash === -1 ? 0 : link.indexOf('.', hash) + 1;
};

export const linkMutation: fc.Arbitrary<{ name: string; mutate: LinkMutation }> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...BASE64URL)).map(([position, character]) => ({
    name: `replace with ${character}`,
    mutate: (link: string) => {
      const i = at(link, position, payloadStart(link));
      return `${link.slice(0, i)}${character === link[i] ? (character === 'A' ? 'B' : 'A') : character}${link.slice(i + 1)}`;
    },
  })),
  fc
    .tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
    .map(([position, character]) => ({
      name: `replace with any ${JSON.stringify(character)}`,
      mutate: (link: string) => {
        const i = at(link, position, 0);
        return `${link.slice(0, i)}${character}${link.slice(i + 1)}`;
      },
    })),
  fc.tuple(fc.nat(), fc.constantFrom(...BASE64URL)).map(([position, character]) => ({
    name: `insert ${character}`,
    mutate: (link: string) => {
      const i = at(link, position, payloadStart(link));
      return `${link.slice(0, i)}${character}${link.slice(i)}`;
    },
  })),
  fc.nat().map((position) => ({
    name: 'drop a character',
    mutate: (link: string) => {
      const i = at(link, position, payloadStart(link));
      return `${link.slice(0, i)}${link.slice(i + 1)}`;
    },
  })),
  fc.nat().map((position) => ({
    name: 'swap two characters',
    mutate: (link: string) => {
      const i = at(link, position, payloadStart(link));
      return `${link.slice(0, i)}${link[i + 1] ?? ''}${link[i] ?? ''}${link.slice(i + 2)}`;
    },
  })),
  fc.nat().map((cut) => ({
    name: 'cut short',
    mutate: (link: string) => link.slice(0, at(link, cut, payloadStart(link))),
  })),
  fc.nat().map((bit) => ({
    name: 'flip a payload bit',
    mutate: (link: string) => {
      const start = payloadStart(link);
      const bytes = Buffer.from(link.slice(start), 'base64url');
      if (bytes.length === 0) return link;
      const index = bit % (bytes.length * 8);
      bytes[index >> 3] = (bytes[index >> 3] ?? 0) ^ (1 << (index & 7));
      return `${link.slice(0, start)}${bytes.toString('base64url')}`;
    },
  })),
  fc.constantFrom('0', '1', '3', '9', '22').map((version) => ({
    name: `version ${version}`,
    mutate: (link: string) => link.replace(/#c=\d+\./, `#c=${version}.`),
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([position, length]) => ({
    name: `repeat ${length} characters`,
    mutate: (link: string) => {
      const i = at(link, position, payloadStart(link));
      return `${link.slice(0, i + length)}${link.slice(i, i + length)}${link.slice(i + length)}`;
    },
  })),
);
