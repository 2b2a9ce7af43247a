import type { Config } from '../config/schema';

/**
 * What the chosen Django release means for the generated files: the requirement line and the Python versions it
 * runs on (Django declares them, so pip refuses an older Python), and whether it has built-in CSP.
 * Sources: the release notes' "Python compatibility" sections (5.2: 3.10 to 3.14 from 5.2.8; 6.0 and 6.1: 3.12
 * to 3.14) and the 6.0 notes for CSP (SECURE_CSP, ContentSecurityPolicyMiddleware).
 */
export interface DjangoRelease {
  version: Config['django']['version'];
  /** The pip requirement: this release series, at least the version that supports the newest Python. */
  requirement: string;
  python: { min: string; max: string };
  /** Django 6.0 added Content-Security-Policy settings and middleware. */
  builtInCsp: boolean;
  /** The release's docs, for the links the settings and README print. */
  docs: string;
}

const RELEASES: Record<Config['django']['version'], DjangoRelease> = {
  '5.2': {
    version: '5.2',
    requirement: 'Django>=5.2.8,<5.3',
    python: { min: '3.10', max: '3.14' },
    builtInCsp: false,
    docs: 'https://docs.djangoproject.com/en/5.2/releases/5.2/',
  },
  '6.0': {
    version: '6.0',
    requirement: 'Django>=6.0,<6.1',
    python: { min: '3.12', max: '3.14' },
    builtInCsp: true,
    docs: 'https://docs.djangoproject.com/en/6.0/releases/6.0/',
  },
  '6.1': {
    version: '6.1',
    requirement: 'Django>=6.1,<6.2',
    python: { min: '3.12', max: '3.14' },
    builtInCsp: true,
    docs: 'https://docs.djangoproject.com/en/6.1/releases/6.1/',
  },
};

export function djangoReleaseOf(config: Config): DjangoRelease {
  return RELEASES[config.django.version];
}

/** The facts of one release series (e.g. for settings the wizard did not write, judged as that release). */
export function djangoRelease(version: Config['django']['version']): DjangoRelease {
  return RELEASES[version];
}

/**
 * A check `manage.py check --deploy` reports that the deployment covers elsewhere, silenced in the generated
 * settings with the reason: the CloudFront setting that does the job (or the wizard choice the warning is about).
 */
export interface SilencedCheck {
  id: string;
  coveredBy: string;
}
