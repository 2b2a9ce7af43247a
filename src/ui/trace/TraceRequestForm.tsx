import type { Config } from '../../config/schema';
import { exampleRequests, METHODS, type TraceInputs } from './trace-inputs';
import { WHAT_IF_IDS, WHAT_IFS, whyNot } from './what-ifs';

interface Props {
  inputs: TraceInputs;
  domain: string;
  config: Config;
  onChange: (inputs: TraceInputs) => void;
}

const sameRequest = (a: TraceInputs, b: TraceInputs) =>
  (Object.keys(a) as (keyof TraceInputs)[]).every((key) => a[key] === b[key]);

/** The viewer request to trace: examples, what-ifs, method, URL, cookies, Origin and an injected X-Forwarded-Host. */
export function TraceRequestForm({ inputs, domain, config, onChange }: Props) {
  const set = (key: keyof TraceInputs) => (event: { target: { value: string } }) =>
    onChange({ ...inputs, [key]: event.target.value });
  const examples = exampleRequests(domain);
  return (
    <form className="trace-form" onSubmit={(event) => event.preventDefault()} aria-label="Viewer request">
      <div className="trace-examples" role="group" aria-label="Example requests">
        {examples.map((example) => (
          <button
            key={example.label}
            type="button"
            aria-pressed={sameRequest(example.inputs, inputs)}
            onClick={() => onChange(example.inputs)}
          >
            {example.label}
          </button>
        ))}
      </div>
      <div className="trace-examples trace-what-ifs" role="group" aria-label="What if…">
        <span className="trace-group-label" aria-hidden="true">
          What if:
        </span>
        {WHAT_IF_IDS.map((id) => {
          const why = whyNot(id, config);
          return (
            <button
              key={id}
              type="button"
              aria-pressed={inputs.whatIf === id}
              title={why}
              onClick={() => onChange({ ...WHAT_IFS[id].inputs(config), whatIf: id })}
            >
              {WHAT_IFS[id].label}
            </button>
          );
        })}
      </div>
      <div className="trace-form-row">
        <label className="trace-field trace-method">
          <span>Method</span>
          <select value={inputs.method} onChange={set('method')}>
            {METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </label>
        <label className="trace-field trace-url">
          <span>URL</span>
          <input
            value={inputs.url}
            onChange={set('url')}
            spellCheck={false}
            placeholder={`https://${domain}/path?query`}
          />
        </label>
      </div>
      <div className="trace-form-row">
        <label className="trace-field">
          <span>Cookie</span>
          <input
            value={inputs.cookies}
            onChange={set('cookies')}
            spellCheck={false}
            placeholder="csrftoken=…; sessionid=…"
          />
        </label>
        <label className="trace-field">
          <span>Origin</span>
          <input
            value={inputs.origin}
            onChange={set('origin')}
            spellCheck={false}
            placeholder={`https://${domain} (sent on POST)`}
          />
        </label>
        <label className="trace-field">
          <span>X-Forwarded-Host (injected)</span>
          <input
            value={inputs.forwardedHost}
            onChange={set('forwardedHost')}
            spellCheck={false}
            placeholder="evil.example"
          />
        </label>
      </div>
    </form>
  );
}
