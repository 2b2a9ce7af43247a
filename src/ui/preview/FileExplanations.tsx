import type { Explanation } from '../../knowledge/types';

interface Entry {
  explanation: Explanation;
  lines: number[];
}

/** Groups explained lines by explanation, in order of first appearance. */
export function groupByExplanation(explained: { line: number; explanation: Explanation }[]): Entry[] {
  const entries = new Map<string, Entry>();
  for (const { line, explanation } of explained) {
    const entry = entries.get(explanation.key) ?? { explanation, lines: [] };
    if (!entry.lines.includes(line)) entry.lines.push(line);
    entries.set(explanation.key, entry);
  }
  return [...entries.values()];
}

/** "Settings in this file": each explained setting with its lines, body and doc links. */
export function FileExplanations({
  explained,
  onShowLine,
}: {
  explained: { line: number; explanation: Explanation }[];
  onShowLine: (line: number) => void;
}) {
  const entries = groupByExplanation(explained);
  if (entries.length === 0) return null;
  return (
    <section className="file-explanations" aria-labelledby="file-explanations-title">
      <h3 id="file-explanations-title">Settings in this file</h3>
      <ul>
        {entries.map(({ explanation, lines }) => (
          <li key={explanation.key}>
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
            <p>{explanation.body}</p>
            {explanation.links.map((link) => (
              <a key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
                {link.title}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
