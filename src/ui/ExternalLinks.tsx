import type { DocLink } from '../sources/doc-links';

/** The pages a text rests on, each opening in a new tab (no referrer, no opener). */
export function ExternalLinks({ links }: { links: readonly DocLink[] }) {
  return (
    <>
      {links.map((link) => (
        <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
          {link.title}
        </a>
      ))}
    </>
  );
}
