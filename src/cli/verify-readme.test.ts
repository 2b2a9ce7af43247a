import { describe, expect, it } from 'vitest';
import { bundleFiles } from '../bundle';
import { parseConfig } from '../config/schema';
import { VERIFY_USAGE } from './verify-run';

describe('the bundle README’s check after deploying', () => {
  it('runs npm run verify with flags verify has, the config and the origin', () => {
    const parsed = parseConfig({
      originProtection: { secretHeader: true },
      origin: { type: 'apigw-rest', path: '/prod' },
    });
    if (!parsed.success) throw new Error('invalid');
    const readme = bundleFiles(parsed.data).find((file) => file.path === 'README.md')!.contents;
    const commands = readme.split('\n').filter((line) => line.startsWith('npm run verify -- '));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toBe(
      `npm run verify -- --url "https://$DOMAIN/" --config config.json --origin https://${parsed.data.origin.endpoint}/prod/`,
    );
    for (const flag of commands.join(' ').match(/--[a-z-]+/g) ?? [])
      expect(VERIFY_USAGE).toContain(`${flag} `);
    expect(commands[1]).toContain('--connect "$(dig +short "$DIST" | tail -n1):443"');
  });
});
