// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig, defaultConfig } from '../../config/schema';
import { RequestTracePanel } from './RequestTracePanel';
import { traceStore } from './trace-store';

afterEach(() => {
  cleanup();
  traceStore.set(undefined);
});

const hop = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-hop="${id}"]`);

describe('RequestTracePanel', () => {
  it('shows each hop and Django’s verdicts for the default setup', () => {
    const { container } = render(<RequestTracePanel config={defaultConfig()} />);
    expect(
      [...container.querySelectorAll('[data-hop]')].map((node) => node.getAttribute('data-hop')),
    ).toEqual(['viewer', 'edge', 'function', 'origin-request', 'origin', 'django']);
    const verdicts = screen.getByLabelText('Verdicts');
    expect(within(verdicts).getByText('request.get_host()').nextElementSibling?.textContent).toContain(
      'www.example.com',
    );
    expect(within(verdicts).getByText('request.is_secure()').nextElementSibling?.textContent).toContain(
      'true',
    );
    expect(hop(container, 'origin-request')?.textContent).toContain(
      'abc123defg.execute-api.eu-west-1.amazonaws.com',
    );
    expect(hop(container, 'origin-request')?.querySelector('a.trace-source')?.getAttribute('href')).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
  });

  it('shows the function overwriting an injected X-Forwarded-Host', () => {
    const { container } = render(<RequestTracePanel config={defaultConfig()} />);
    fireEvent.change(screen.getByLabelText('X-Forwarded-Host (injected)'), {
      target: { value: 'evil.example' },
    });
    const row = hop(container, 'function')?.querySelector('.trace-change-rewritten');
    expect(row?.textContent).toContain('evil.example');
    expect(row?.textContent).toContain('www.example.com');
  });

  it('shows where a broken setup fails: Host forwarded to API Gateway is refused with 403', () => {
    const parsed = parseConfig({ origin: { hostStrategy: 'forward-host' } });
    if (!parsed.success) throw parsed.error;
    const { container } = render(<RequestTracePanel config={parsed.data} />);
    const origin = hop(container, 'origin');
    expect(origin?.className).toContain('trace-hop-stopped');
    expect(within(origin!).getByRole('alert').textContent).toContain('403');
    expect(hop(container, 'django')).toBeNull();
  });

  it('reports a CSRF failure for a POST from another site, and an unparsable URL', () => {
    const { container } = render(<RequestTracePanel config={defaultConfig()} />);
    fireEvent.click(screen.getByRole('button', { name: 'POST from another site' }));
    expect(hop(container, 'django')?.textContent).toContain('Origin checking failed - https://evil.example');
    fireEvent.change(screen.getByLabelText('URL'), { target: { value: 'not a url' } });
    expect(screen.getByRole('alert').textContent).toContain('Not a URL');
  });

  it('traces a what-if without changing the setup, and back', () => {
    const config = defaultConfig();
    const { container } = render(<RequestTracePanel config={config} />);
    fireEvent.click(screen.getByRole('button', { name: 'Host forwarded to the origin' }));
    expect(screen.getByRole('status').textContent).toContain('Your setup is unchanged');
    expect(hop(container, 'origin')?.className).toContain('trace-hop-stopped');
    expect(config.origin.hostStrategy).toBe('x-forwarded-host-function');
    fireEvent.click(screen.getByRole('button', { name: 'Trace the setup as generated' }));
    expect(hop(container, 'django')).not.toBeNull();
    expect(traceStore.get().inputs?.whatIf).toBe('');
  });
});
