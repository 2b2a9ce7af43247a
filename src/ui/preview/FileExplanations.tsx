import type { ExplainedLine } from '../../knowledge/annotate';
import type { GeneratedExplanation, GeneratedKey } from '../../knowledge/types';
import { ExternalLinks } from '../ExternalLinks';

interface Entry {
  key: GeneratedKey;
  explanation: GeneratedExplanation;
  lines: number[];
}

/** Groups explained lines by key, in order of first appearance. */
export function groupByExplanation(explained: readonly ExplainedLine[]): Entry[] {
  const entries = new Map<GeneratedKey, Entry>();
  for (const { line, key, explanation } of explained) {
    const entry = entries.get(key) ?? { key, explanation, lines: [] };
    if (!entry.lines.includes(line)) entry.lines.push(line);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/** "Settings in this file": each explained setting with its lines, body and doc links. */
export function FileExplanations({
  explained,
  onShowLine,
}: {
  explained: readonly ExplainedLine[];
  onShowLine: (line: number) => void;
}) {
  const entries = groupByExplanation(explained);
  if (entries.length === 0) return null;
  return (
    <section className="file-explanations" aria-labelledby="file-explanations-title">
      <h3 id="file-explanations-title">Settings in this file</h3>
      <ul>
        {entries.map(({ key, explanation, lines }) => (
          <li key={key}>
            <div className="explanation-head">
              <strong>{explanation.title}</strong>
              <span className="explanation-lines">
                {lines.map((line) => (
                  <button key={line} type="button" className="link-button" onClick={() => onShowLine(line)}>
                    line {line}
                  </button>
                ))}
              </span>
            </div>
            <p>
              <span className="explanation-summary">{explanation.summary}</span> {explanation.body}
            </p>
            <ExternalLinks links={explanation.links} />
          </li>
        ))}
      </ul>
    </section>
  );
}
