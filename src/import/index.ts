export type * from './existing-setup';
export { MAX_EXPORT_CHARS, readExistingSetup, type ExistingSetupRead } from './read-existing-setup';
export { MAX_SETTINGS_CHARS } from './read-django-settings';
export { appOriginOf, fixedConfigFor, type Adjustment, type ConfigMapping } from './to-config';
export { describeSelection, forwardsViewerHost, selects, viewerRequestFunction } from './selections';
