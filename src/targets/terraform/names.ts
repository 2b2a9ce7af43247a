/** `StaticFiles` → `static_files`: Terraform resource names from the plan's keys. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The CloudFront Function's code sits beside the .tf files and is read with file(). */
export const VIEWER_REQUEST_FILE = 'viewer-request.js';
