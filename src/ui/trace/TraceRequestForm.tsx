import { useId } from 'react';
import { exampleRequests, METHODS, type TraceInputs } from './trace-inputs';

interface Props {
  inputs: TraceInputs;
  domain: string;
  onChange: (inputs: TraceInputs) => void;
}

/** The viewer request to trace: method, URL, cookies, Origin and an injected X-Forwarded-Host. */
export function TraceRequestForm({ inputs, domain, onChange }: Props) {
  const id = useId();
  const set = (key: keyof TraceInputs) => (event: { target: { value: string } }) =>
    onChange({ ...inputs, [key]: event.target.value });
  const examples = exampleRequests(domain);
  return (
    <form className="trace-form" onSubmit={(event) => event.preventDefault()} aria-label="Viewer request">
      <div className="trace-examples" role="group" aria-label="Example requests">
        {examples.map((example) => (
          <button key={example.label} type="button" onClick={() => onChange(example.inputs)}>
            {example.label}
          </button>
        ))}
      </div>
      <div className="trace-form-row">
        <label htmlFor={`${id}-method`}>Method</label>
        <select id={`${id}-method`} value={inputs.method} onChange={set('method')}>
          {METHODS.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
        <label htmlFor={`${id}-url`}>URL</label>
        <input
          id={`${id}-url`}
          className="trace-url"
          value={inputs.url}
          onChange={set('url')}
          spellCheck={false}
          placeholder={`https://${domain}/path?query`}
        />
      </div>
      <div className="trace-form-row">
        <label htmlFor={`${id}-cookies`}>Cookie</label>
        <input
          id={`${id}-cookies`}
          value={inputs.cookies}
          onChange={set('cookies')}
          spellCheck={false}
          placeholder="csrftoken=…; sessionid=…"
        />
        <label htmlFor={`${id}-origin`}>Origin</label>
        <input
          id={`${id}-origin`}
          value={inputs.origin}
          onChange={set('origin')}
          spellCheck={false}
          placeholder={`https://${domain} (browsers send it on POST)`}
        />
        <label htmlFor={`${id}-xfh`}>X-Forwarded-Host (injected)</label>
        <input
          id={`${id}-xfh`}
          value={inputs.forwardedHost}
          onChange={set('forwardedHost')}
          spellCheck={false}
          placeholder="evil.example"
        />
      </div>
    </form>
  );
}
