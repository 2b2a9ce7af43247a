// The module form-manifest-plugin.ts serves: the schema's form data, without zod.
declare module 'virtual:form-manifest' {
  import type { FormManifest } from './form-manifest';

  export const FORM_MANIFEST: FormManifest;
}
