import { parseConfig } from '../../src/config/schema';
import { provideConfigParser } from '../../src/ui/state/config-parser';

// In the page the schema is a chunk fetched once the form shows; tests have it from the start, as if it had
// arrived, so a store validates the moment a draft changes.
provideConfigParser(parseConfig);
