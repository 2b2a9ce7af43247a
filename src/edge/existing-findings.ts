/** One problem found in an existing setup: what it does, what happens to a request because of it, the fix. */
export interface ExistingFinding {
  /** Stable id, e.g. "host-forwarded-to-origin". */
  id: string;
  /** broken: requests fail or leak now; risk: works but unsafe; note: worth knowing. */
  severity: 'broken' | 'risk' | 'note';
  title: string;
  /** What the existing distribution or settings do, naming the setting. */
  existing: string;
  /** What happens to a request because of it: from the request flow on the imported setup where one applies. */
  consequence: string;
  /** The request the consequence was traced with, when there is one. */
  request?: { method: string; url: string; status: number; answeredBy: string };
  /** What the fixed config does instead (or what to do by hand). */
  fix: string;
  /** The fixed config's field that carries the fix, when there is one. */
  field?: string;
  source: string;
}

/** The findings, most serious first. */
export function sortFindings(findings: ExistingFinding[]): ExistingFinding[] {
  const rank = { broken: 0, risk: 1, note: 2 } as const;
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
