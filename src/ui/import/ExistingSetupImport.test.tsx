// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDPOINTS, IDS, distributionExport } from '../../../test/support/diagnose/exports';
import { HTTP_API_TEMPLATE_YAML } from '../../../test/support/diagnose/templates';
import { wizardStore } from '../state/wizard-store';
import ExistingSetupImport, { IMPORT_FIXED_UNDO_LABEL } from './ExistingSetupImport';
import { ExistingSetupEntry } from './ExistingSetupEntry';

afterEach(cleanup);

function check(distribution: string, settings = '') {
  fireEvent.change(screen.getByLabelText(/Your distribution/), { target: { value: distribution } });
  if (settings !== '')
    fireEvent.change(screen.getByLabelText(/Django settings/), { target: { value: settings } });
  fireEvent.click(screen.getByRole('button', { name: 'Check my setup' }));
}

describe('Import an existing setup', () => {
  it('shows what the setup does to a request, reviews the differences, and replaces the form with the fixed config', () => {
    const onDone = vi.fn();
    render(<ExistingSetupImport onDone={onDone} />);
    check(
      JSON.stringify(
        distributionExport({ domainName: ENDPOINTS['apigw-http'], originRequestPolicyId: IDS.allViewer }),
      ),
      'USE_X_FORWARDED_HOST = True',
    );
    const finding = screen.getByText(/The origin refuses every request/).closest('li')!;
    expect(within(finding).getByText('What happens').nextElementSibling?.textContent).toContain(
      'GET https://www.example.com/ → 403 from API Gateway HTTP API',
    );
    expect(screen.getByText(/The fixed configuration changes 1 setting/)).toBeTruthy();
    expect(screen.getByText('the viewer’s Host is forwarded to the origin').tagName).toBe('DEL');
    fireEvent.click(screen.getByRole('button', { name: 'Use the fixed configuration' }));
    expect(onDone).toHaveBeenCalled();
    expect(wizardStore.getParsed().config.origin).toMatchObject({
      endpoint: ENDPOINTS['apigw-http'],
      hostStrategy: 'x-forwarded-host-function',
    });
    expect(wizardStore.undoLabel()).toBe(IMPORT_FIXED_UNDO_LABEL);
  });

  it('never runs a template’s function code in the browser, and says what it assumed', () => {
    render(<ExistingSetupImport onDone={() => {}} />);
    check(HTTP_API_TEMPLATE_YAML);
    fireEvent.click(screen.getByText(/Assumed where your files do not say/));
    expect(screen.getByText(/imported code is not run here/)).toBeTruthy();
    expect(screen.getByText(/Not in the fixed configuration: set these yourself/)).toBeTruthy();
  });

  it('a file it cannot read gets one clear message and replaces nothing', () => {
    const before = wizardStore.getDraft();
    render(<ExistingSetupImport onDone={() => {}} />);
    check('{"name": "my-package"}');
    expect(screen.getByRole('alert').textContent).toMatch(
      /^This is JSON, but not a distribution: .* Nothing was replaced\.$/,
    );
    expect(wizardStore.getDraft()).toBe(before);
  });

  it('the import dialog’s entry opens it on demand', async () => {
    render(<ExistingSetupEntry onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import an existing CloudFront distribution…' }));
    expect(await screen.findByRole('button', { name: 'Check my setup' })).toBeTruthy();
  });
});
