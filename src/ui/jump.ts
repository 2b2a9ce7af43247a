import type { MouseEvent } from 'react';

/**
 * In-page links move focus without touching location.hash: the hash holds the share permalink (#c=…).
 * Use as an anchor's onClick; the href stays for the link's semantics.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const id = event.currentTarget.getAttribute('href')?.replace(/^#/, '');
  const element = id === undefined ? null : document.getElementById(id);
  if (element === null) return;
  // A radio group's id is on its fieldset: focus the checked (or first) choice inside it.
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>('input'))
      : element;
  // A field is centred; a region (the Checks and previews) starts at the top, so its beginning is what shows.
  const isControl = target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
  target?.scrollIntoView({ block: isControl ? 'center' : 'start' });
  target?.focus({ preventScroll: true });
}

/** The element id of a form field's input, from its dotted schema path. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
