import { PROJECT_NAME_PATTERN } from '../../config/patterns';
import { configDefaults } from '../state/config-defaults';
import { getAtPath, setAtPath, wizardStore } from '../state/wizard-store';

/** The schema's default project name ("mysite"), read on first use rather than while modules load. */
export const defaultProjectName = (): string => configDefaults().projectName;
/** Second-level labels that are part of a country's suffix (mybakery.co.uk is "mybakery"). */
const COUNTRY_SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/**
 * A project name made from the site's domain, so stacks and resources are not all called "mysite": the labels
 * without "www" and the public suffix, joined with hyphens (shop.example.org → shop-example). Undefined when the
 * domain gives nothing usable yet.
 */
export function projectNameFromDomain(domain: unknown): string | undefined {
  if (typeof domain !== 'string') return undefined;
  const labels = domain.trim().toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const tld = labels.pop()!;
  if (tld.length === 2 && labels.length > 1 && COUNTRY_SECOND_LEVELS.has(labels[labels.length - 1]!)) {
    labels.pop();
  }
  if (labels[0] === 'www' && labels.length > 1) labels.shift();
  let name = labels
    .join('-')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (/^\d/.test(name)) name = `site-${name}`;
  name = name.slice(0, 32).replace(/-+$/, '');
  return PROJECT_NAME_PATTERN.test(name) ? name : undefined;
}

/** The last project name the person typed: theirs, whatever it happens to equal. */
let typedName: string | undefined;

/** The project name field's setter: what is typed there is never replaced by one made from the domain. */
export function setProjectName(value: string): void {
  typedName = value;
  wizardStore.setField('projectName', value);
}

/** Whether the project name is still the wizard's own (the default, or the one made from the domain). */
export function projectNameFollowsDomain(draft: unknown): boolean {
  const name = getAtPath(draft, 'projectName');
  if (name !== undefined && name === typedName) return false;
  return (
    name === undefined ||
    name === '' ||
    name === defaultProjectName() ||
    name === projectNameFromDomain(getAtPath(draft, 'domains.primary'))
  );
}

/** Sets the primary domain; the project name follows it until the person sets one of their own. */
export function setPrimaryDomain(value: string): void {
  const draft = wizardStore.getDraft();
  let next = setAtPath(draft, 'domains.primary', value);
  if (projectNameFollowsDomain(draft)) {
    next = setAtPath(next, 'projectName', projectNameFromDomain(value) ?? defaultProjectName());
  }
  wizardStore.setDraft(next);
}
