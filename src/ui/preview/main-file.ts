import type { GeneratedFile } from '../../targets/types';

/**
 * The file a target's tab opens on until the person picks one: its longest code file, which is the stack (CDK's
 * lib/stacks.ts, Terraform's main.tf) or the function, never a README or a one-line config file.
 */
export function mainFile(files: readonly GeneratedFile[]): GeneratedFile | undefined {
  const code = files.filter((file) => file.language !== 'markdown' && file.language !== 'plaintext');
  const lines = (file: GeneratedFile) => file.contents.split('\n').length;
  return (
    code.reduce<GeneratedFile | undefined>(
      (best, file) => (best === undefined || lines(file) > lines(best) ? file : best),
      undefined,
    ) ?? files[0]
  );
}
