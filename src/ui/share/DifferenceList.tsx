import type { ConfigDifference } from '../../config/config-diff';
import { plainIssueMessage } from './plain-issue';
import { settingLabel, settingValue } from './setting-labels';

/** "Origin type: API Gateway HTTP API → Lambda function URL", one line per differing setting. */
export function DifferenceList({ differences }: { differences: ConfigDifference[] }) {
  if (differences.length === 0) return <p className="share-hint">No differences.</p>;
  return (
    <ul className="share-differences">
      {differences.map((difference) => (
        <li key={difference.path}>
          <span className="share-setting">{settingLabel(difference.path)}</span>:{' '}
          <del>{settingValue(difference.path, difference.from)}</del>
          {' → '}
          <ins>{settingValue(difference.path, difference.to)}</ins>
        </li>
      ))}
    </ul>
  );
}

/**
 * The field issues of a link or import: the setting as the form names it, why in plain words, and where it sits
 * in the JSON (what a person editing the file looks for).
 */
export function IssueList({ issues }: { issues: { path: string; message: string }[] }) {
  return (
    <ul className="share-issues">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          <span className="share-setting">
            {issue.path === '' ? 'The whole configuration' : settingLabel(issue.path)}
          </span>
          {issue.path === '' ? null : (
            <span className="share-json-path">
              {' '}
              (in the JSON: <code>{issue.path}</code>)
            </span>
          )}
          : {plainIssueMessage(issue.path, issue.message)}
        </li>
      ))}
    </ul>
  );
}
