// First: zod must be jitless before any schema exists (src/zod-without-eval.ts).
import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';
import './ui/form/form.css';
import './ui/warnings/warnings.css';
import './ui/preview/preview.css';

// The first chunk is React, the form and the field table: the schema, the generators, the Checks and the
// toolbar are chunks fetched once the form is on screen (ui/lazy-part.ts).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
