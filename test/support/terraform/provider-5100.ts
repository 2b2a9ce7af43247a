import {
  AWS_PROVIDER_VERSION,
  AWS_PROVIDER_VERSION_TLS_2025,
} from '../../../src/targets/terraform/versions-tf';
import type { GeneratedFile } from '../../../src/targets/types';

/**
 * The one hashicorp/aws on this machine is 5.100, which refuses the 2025 viewer security policies (its list of
 * minimum_protocol_version values predates them), and a module that uses one requires 6.x. To validate the rest
 * of such a module, the tests put the 5.x constraint and TLSv1.2_2021 (same length, so `fmt` alignment holds) in
 * their place; `terraform-validate.test.ts` proves 5.100 really refuses the 2025 values.
 */
export function asValidatedWith5100(files: GeneratedFile[]): GeneratedFile[] {
  return files.map((file) => {
    if (file.path.endsWith('/versions.tf'))
      return {
        ...file,
        contents: file.contents.replace(AWS_PROVIDER_VERSION_TLS_2025, AWS_PROVIDER_VERSION),
      };
    if (file.path.endsWith('/main.tf'))
      return {
        ...file,
        contents: file.contents.replace(
          /(minimum_protocol_version\s*=\s*)"TLSv1\.[23]_2025"/,
          '$1"TLSv1.2_2021"',
        ),
      };
    return file;
  });
}
