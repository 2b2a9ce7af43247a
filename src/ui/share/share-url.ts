import { permalinkUrl } from '../../config/permalink';
import type { Config } from '../../config/schema';
import { traceLinkSuffix } from '../trace/trace-store';
import { pageUrlWithoutHash } from './page-url';

/** The link that reopens this page as it is: the config, and the request the Request flow traces. */
export function shareUrl(config: Config): string {
  return `${permalinkUrl(config, pageUrlWithoutHash())}${traceLinkSuffix()}`;
}
