import { splitEndpoint } from '../../config/endpoint';
import { useField } from './use-field';

/** When a whole invoke URL was pasted, say how it was read: the host is the endpoint, its path the origin path. */
export function EndpointHint() {
  const endpoint = useField('origin.endpoint');
  const path = useField('origin.path');
  const typed = typeof endpoint.value === 'string' ? endpoint.value.trim() : '';
  if (!/^[a-z]+:\/\/|\//i.test(typed)) return null;
  const split = splitEndpoint(typed);
  const givenPath = typeof path.value === 'string' ? path.value.trim() : '';
  return (
    <p className="field-note" aria-live="polite">
      Read as endpoint <code>{split.host || '(none)'}</code>
      {givenPath === '' && split.path !== '' && (
        <>
          {' '}
          with origin path <code>{split.path}</code>
        </>
      )}
      .
    </p>
  );
}
