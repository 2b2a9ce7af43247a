// First: zod must be jitless before any schema exists (src/zod-without-eval.ts).
import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { readPageStartup } from './ui/share/startup-context';
import './ui/styles.css';
import './ui/form/form.css';
import './ui/warnings/warnings.css';
import './ui/preview/preview.css';
// The toolbar and preset picker are lazy, their placeholders are not: they need the same styles from the start.
import './ui/share/share.css';

// The first chunk is React, the form and the field table: the schema, the generators, the Checks and the
// toolbar are one chunk fetched once the form has rendered (ui/lazy-part.tsx). A page opened with a share link
// decodes it first (that needs the schema), so the form opens with the link's setup.
void readPageStartup().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
