/**
 * The AWS words the form uses, spelled out for someone new to AWS. Each step lists the ones its visible labels,
 * help and choices use, so no abbreviation goes unexplained.
 */
export const GLOSSARY: readonly { term: string; pattern: RegExp; meaning: string }[] = [
  {
    term: 'ACM',
    pattern: /\bACM\b/,
    meaning: 'AWS Certificate Manager, which issues the certificate that lets browsers trust your domain.',
  },
  {
    term: 'ARN',
    pattern: /\bARNs?\b/,
    meaning: 'Amazon Resource Name, the full ID of an AWS resource (arn:aws:…).',
  },
  {
    term: 'TLS',
    pattern: /\bTLS(v1\.\d)?\b/,
    meaning: 'Transport Layer Security: the encryption behind HTTPS.',
  },
  {
    term: 'DNS',
    pattern: /\bDNS\b/,
    meaning: 'The records that send a name such as www.example.com to a server.',
  },
  {
    term: 'Route 53',
    pattern: /\bRoute 53\b/,
    meaning: 'Amazon’s DNS service; a hosted zone holds one domain’s records.',
  },
  {
    term: 'Origin',
    pattern: /\borigin\b/i,
    meaning: 'The server CloudFront fetches from: here, whatever runs Django.',
  },
  {
    term: 'ALB',
    pattern: /\bALB\b|Load Balancer/,
    meaning: 'Application Load Balancer: AWS’s HTTP(S) load balancer in front of containers or servers.',
  },
  {
    term: 'OAC',
    pattern: /\bOAC\b|origin access control/i,
    meaning: 'Origin access control: CloudFront signs every request, so the origin accepts only CloudFront.',
  },
  {
    term: 'SigV4',
    pattern: /\bSigV4\b/,
    meaning: 'Signature Version 4: how requests to AWS are signed with credentials to prove who sent them.',
  },
  {
    term: 'IAM',
    pattern: /\bIAM\b/,
    meaning: 'Identity and Access Management: AWS’s users, roles and permissions.',
  },
  {
    term: 'TTL',
    pattern: /\bTTL\b/,
    meaning: 'Time to live: how long CloudFront keeps a copy before asking Django again.',
  },
  {
    term: 'Cache-Control',
    pattern: /Cache-Control/,
    meaning:
      'The response header with which Django tells caches whether, and how long, they may keep a page.',
  },
  {
    term: 'S3',
    pattern: /\bS3\b/,
    meaning: 'Amazon S3: file storage; here a private bucket CloudFront serves files from.',
  },
  {
    term: 'HSTS',
    pattern: /\bHSTS\b/,
    meaning: 'HTTP Strict Transport Security: tells browsers to use only HTTPS for the site from then on.',
  },
  {
    term: 'WAF',
    pattern: /\bWAF\b/,
    meaning: 'AWS WAF, a web application firewall: rules that block bad requests before they reach Django.',
  },
  {
    term: 'CNAME',
    pattern: /\bCNAMEs?\b/,
    meaning: 'A DNS record that points one name at another name.',
  },
];

/** The glossary entries a text uses, in glossary order. */
export function termsIn(text: string): typeof GLOSSARY {
  return GLOSSARY.filter((entry) => entry.pattern.test(text));
}

/** An explanation's first sentence: the plain one (entries are written to open with what the setting does). */
export function firstSentence(text: string): { first: string; rest: string } {
  const match = /^(.+?[.!?])(\s+)(?=[A-Z“"(])/.exec(text);
  if (match === null) return { first: text, rest: '' };
  return { first: match[1]!, rest: text.slice(match[0].length) };
}
