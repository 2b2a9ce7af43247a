import { DOCS, type DocLink } from '../../sources/doc-links';
import type { StepId } from '../flow/steps';

/** The pages the notes rest on: listed in the section's "About these settings", not between the inputs. */
export const NOTE_SOURCES: Record<'dnsElsewhere' | 'cachingGuide', { title: string; links: DocLink[] }> = {
  dnsElsewhere: { title: 'DNS outside Route 53', links: [DOCS.acmDnsValidation, DOCS.alternateDomainNames] },
  cachingGuide: { title: 'Marking views in Django', links: [DOCS.djangoCacheControl, DOCS.cachingOnCookies] },
};

/** Pages the notes of a section rest on, for its "About these settings". */
export const SECTION_SOURCES: Partial<Record<StepId, { title: string; links: readonly DocLink[] }[]>> = {
  site: [NOTE_SOURCES.dnsElsewhere],
  caching: [NOTE_SOURCES.cachingGuide],
};
