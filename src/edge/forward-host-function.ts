/** The part of the viewer-request event the function reads and writes (values as CloudFront passes them). */
export interface ForwardHostEvent {
  request: { headers: Record<string, { value: string; multiValue?: { value: string }[] } | undefined> };
}

/**
 * The generated viewer-request function (`src/model/viewer-function-code.ts`) line for line in TypeScript, for
 * the browser: its Content-Security-Policy forbids eval, so the Request flow cannot run the generated text.
 * `forward-host-function.test.ts` runs both on hundreds of random configs and events and fails on any
 * difference; a change to the generated code must be made here too.
 */
export function forwardHostHandler(primaryDomain: string) {
  return (event: ForwardHostEvent) => {
    const request = event.request;
    const host = request.headers.host;
    const hostName = host && host.value ? host.value.toLowerCase() : primaryDomain;
    // Overwrite, never append: a viewer-sent X-Forwarded-Host must not reach Django.
    request.headers['x-forwarded-host'] = { value: hostName };
    return request;
  };
}
