import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig, PROJECT_NAME_PATTERN } from '../../config/schema';
import { wizardStore } from '../state/wizard-store';
import {
  projectNameFollowsDomain,
  projectNameFromDomain,
  setPrimaryDomain,
  setProjectName,
} from './project-name';

afterEach(() => wizardStore.setDraft(defaultConfig()));

describe('projectNameFromDomain', () => {
  it('drops www and the public suffix and joins the rest with hyphens', () => {
    expect(projectNameFromDomain('www.example.com')).toBe('example');
    expect(projectNameFromDomain('shop.example.org')).toBe('shop-example');
    expect(projectNameFromDomain('www.mybakery.co.uk')).toBe('mybakery');
    expect(projectNameFromDomain('Api.V2.Example.io.')).toBe('api-v2-example');
    expect(projectNameFromDomain('1password-like.example.net')).toBe('site-1password-like-example');
  });

  it('always gives a valid project name, or nothing', () => {
    for (const domain of ['x', '', 'a.b', 'www.com', `${'long-label.'.repeat(8)}com`, 'a_b.example.com']) {
      const name = projectNameFromDomain(domain);
      if (name !== undefined) expect(name).toMatch(PROJECT_NAME_PATTERN);
    }
    expect(projectNameFromDomain('localhost')).toBeUndefined();
  });
});

describe('setPrimaryDomain', () => {
  it('keeps the project name in step until the person sets one', () => {
    setPrimaryDomain('shop.example.org');
    expect(wizardStore.getDraft()).toMatchObject({ projectName: 'shop-example' });
    setPrimaryDomain('shop.example.net');
    expect(wizardStore.getDraft()).toMatchObject({ projectName: 'shop-example' });
    setPrimaryDomain('www.bakery.co.uk');
    expect(wizardStore.getDraft()).toMatchObject({ projectName: 'bakery' });

    setProjectName('mine');
    expect(projectNameFollowsDomain(wizardStore.getDraft())).toBe(false);
    setPrimaryDomain('other.example.org');
    expect(wizardStore.getDraft()).toMatchObject({
      projectName: 'mine',
      domains: { primary: 'other.example.org' },
    });
  });

  it('never replaces a typed name, even one the domain typed so far would also give', () => {
    setProjectName('shop');
    for (const typed of ['s', 'sh', 'shop', 'shop.e', 'shop.ex', 'shop.example.org']) setPrimaryDomain(typed);
    expect(wizardStore.getDraft()).toMatchObject({
      projectName: 'shop',
      domains: { primary: 'shop.example.org' },
    });
  });
});
