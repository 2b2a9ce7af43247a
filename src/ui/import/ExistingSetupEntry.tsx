import { useState } from 'react';
import { lazyComponent } from '../lazy-part';

// The reader (YAML included) and the request flow load only when someone opens this.
const ExistingSetupImport = lazyComponent(
  () => import('./ExistingSetupImport').then((module) => module.default),
  <p>Loading the importer…</p>,
);

/** The way into importing an existing distribution, for the import dialog: a button, then the import itself. */
export function ExistingSetupEntry({ onDone }: { onDone: () => void }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <p className="existing-entry">
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          Import an existing CloudFront distribution…
        </button>{' '}
        See what is wrong with the setup you have, and start from its fixed version.
      </p>
    );
  return <ExistingSetupImport onDone={onDone} />;
}
