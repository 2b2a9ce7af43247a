import type { ExistingFinding } from '../../edge/diagnose-existing';

const SEVERITY_WORD = { broken: 'Broken', risk: 'Risk', note: 'Note' } as const;

/** The findings about the existing setup: what it does, what happens to a request, what the fix is. */
export function FindingList({ findings }: { findings: ExistingFinding[] }) {
  if (findings.length === 0)
    return (
      <p className="existing-none">
        Nothing broken found: the requests traced through this setup reach Django as they should.
      </p>
    );
  return (
    <ol className="existing-findings">
      {findings.map((finding) => (
        <li key={finding.id} className={`existing-finding existing-${finding.severity}`}>
          <p className="existing-finding-title">
            <span className="existing-severity">{SEVERITY_WORD[finding.severity]}</span> {finding.title}
          </p>
          <dl>
            <dt>Your setup</dt>
            <dd>{finding.existing}</dd>
            <dt>What happens</dt>
            <dd>{finding.consequence}</dd>
            <dt>The fix</dt>
            <dd>
              {finding.fix}{' '}
              <a href={finding.source} target="_blank" rel="noreferrer">
                Source
              </a>
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
