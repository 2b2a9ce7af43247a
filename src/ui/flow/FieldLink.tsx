import type { ReactNode } from 'react';
import { fieldId } from '../jump';
import { flowStore } from './flow-store';

/** A link to a field that works in both views: in the guided flow it opens the field's step first. */
export function FieldLink({ path, children }: { path: string; children: ReactNode }) {
  const id = fieldId(path);
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        event.preventDefault();
        flowStore.goToField(path, id);
      }}
    >
      {children}
    </a>
  );
}
