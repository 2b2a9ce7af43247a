// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../config/schema';
import { flowStore } from '../flow/flow-store';
import { fieldId } from '../jump';
import { wizardStore } from '../state/wizard-store';
import { WizardForm } from './WizardForm';

/** Dotted paths of every leaf of a config (arrays count as one leaf). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** A config under which every conditional field applies. */
function everythingShown() {
  const result = parseConfig({
    origin: {
      type: 'lambda-url',
      endpoint: 'abcdefghij1234567890.lambda-url.eu-west-1.on.aws',
      lambdaUrlAuth: 'oac',
      lambdaFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:mysite',
    },
    dns: { createRecords: true, hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.com' },
    dynamicCaching: { mode: 'all-cookies-and-query-strings' },
    mediaFiles: { enabled: true },
    securityHeaders: { mode: 'custom' },
    originProtection: { secretHeader: true },
  });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/** A VPC origin (its fields only show then), over either protocol (each shows its own port). */
function vpcOriginConfig(protocol: 'https' | 'http') {
  const result = parseConfig({
    origin: {
      type: 'vpc-origin',
      endpoint: 'app-origin.example.com',
      vpcOriginArn: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0123456789abcdef0',
      vpcOriginProtocol: protocol,
    },
  });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

beforeEach(() => flowStore.setView('full'));
afterEach(() => cleanup());

describe('WizardForm', () => {
  it('has an input for every field of the schema (under a config where it applies)', () => {
    const shown = new Set<string>();
    const legacyLogs = parseConfig({
      distribution: { accessLogs: 'legacy-s3', loggingBucket: 'mysite-logs' },
    });
    if (!legacyLogs.success) throw new Error(legacyLogs.error.message);
    // Attaching a web ACL shows its ARN; creating one shows the created one's settings.
    const webAcls = (['own-arn', 'create'] as const).map((waf) => ({
      ...defaultConfig(),
      distribution: { ...defaultConfig().distribution, waf },
    }));
    for (const config of [
      everythingShown(),
      defaultConfig(),
      vpcOriginConfig('https'),
      vpcOriginConfig('http'),
      legacyLogs.data,
      ...webAcls,
    ]) {
      act(() => wizardStore.setDraft(config));
      const { container } = render(<WizardForm />);
      container.querySelectorAll('[id]').forEach((element) => shown.add(element.id));
      cleanup();
    }
    const missing = leafPaths(defaultConfig()).filter((path) =>
      path === 'domains.additional' ? !shown.has('add-domain') : !shown.has(fieldId(path)),
    );
    expect(missing).toEqual([]);
  });

  it('hides the Lambda fields for other origins and shows them for a function URL', () => {
    act(() => wizardStore.setDraft(defaultConfig()));
    const { container } = render(<WizardForm />);
    expect(container.querySelector('#field-origin-lambdaUrlAuth')).toBeNull();
    const type = container.querySelector<HTMLSelectElement>('#field-origin-type')!;
    act(() => {
      fireEvent.change(type, { target: { value: 'lambda-url' } });
    });
    expect(container.querySelector('#field-origin-lambdaUrlAuth')).not.toBeNull();
  });

  it('marks an invalid field and ties it to its message, keeping what was typed', () => {
    act(() => wizardStore.setDraft(defaultConfig()));
    const { container } = render(<WizardForm />);
    const input = container.querySelector<HTMLInputElement>('#field-domains-primary')!;
    act(() => {
      fireEvent.change(input, { target: { value: 'https://www.example.com' } });
    });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('https://www.example.com');
    const message = container.querySelector(`#${input.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toContain('without https://');
    expect(wizardStore.getParsed().config.domains.primary).toBe('www.example.com');
  });

  it('keeps a half-typed number as text and reports it at the field', () => {
    act(() => wizardStore.setDraft(everythingShown()));
    const { container } = render(<WizardForm />);
    const ttl = container.querySelector<HTMLInputElement>('#field-dynamicCaching-defaultTtlSeconds')!;
    act(() => {
      fireEvent.change(ttl, { target: { value: '12a' } });
    });
    expect(ttl.value).toBe('12a');
    expect(ttl.getAttribute('aria-invalid')).toBe('true');
    act(() => {
      fireEvent.change(ttl, { target: { value: '120' } });
    });
    expect(wizardStore.getParsed().config.dynamicCaching.defaultTtlSeconds).toBe(120);
  });

  it('counts the settings each section changes from the defaults', () => {
    act(() =>
      wizardStore.setDraft({
        ...defaultConfig(),
        origin: { ...defaultConfig().origin, type: 'alb', endpoint: 'lb.example.org' },
      }),
    );
    const { container } = render(<WizardForm />);
    expect(container.querySelector('#section-origin legend')?.textContent).toContain('2 changed');
    expect(container.querySelector('#section-caching legend')?.textContent).not.toContain('changed');
  });

  it('shows a field that does not apply while it holds an error, so it can be fixed', () => {
    act(() =>
      wizardStore.setDraft({
        ...defaultConfig(),
        origin: { ...defaultConfig().origin, type: 'apigw-rest', path: '/prod' },
      }),
    );
    const { container } = render(<WizardForm />);
    const type = container.querySelector<HTMLSelectElement>('#field-origin-type')!;
    act(() => {
      fireEvent.change(type, { target: { value: 'lambda-url' } });
    });
    const path = container.querySelector<HTMLInputElement>('#field-origin-path');
    expect(path?.getAttribute('aria-invalid')).toBe('true');
    act(() => {
      fireEvent.change(path!, { target: { value: '' } });
    });
    expect(container.querySelector('#field-origin-path')).toBeNull();
  });
});
