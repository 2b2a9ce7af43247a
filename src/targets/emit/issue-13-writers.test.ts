import { describe, expect, it } from 'vitest';
import { readCloudFormationYaml } from '../../../test/support/cloudformation/yaml-tags';
import { bundleFiles } from '../../bundle';
import { parseConfig } from '../../config/schema';
import { cloudFormationYaml } from './cloudformation-yaml';
import { hclString } from './hcl';
import { tsString } from './typescript';

/** Characters that make text read differently than it is (Trojan Source) or that a terminal acts on. */
// eslint-disable-next-line no-control-regex -- the characters no generated file may hold
const UNWANTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const INVISIBLE = ['\u202e', '\u2066', '\u200b', '\u200d', '\u2060', '\ufeff', '\u061c', '\u200f'];

describe('issue 13.3: the writers keep every string and write nothing invisible', () => {
  it.each(['\n  indented', '\n\n   deeper\nnext', '   \nx', 'a\n  b', '\n x\n'])(
    'YAML keeps %j (leading spaces after a newline)',
    (value) => {
      const text = cloudFormationYaml({ Key: value, List: [value] }).text;
      expect(readCloudFormationYaml(text, '1.1')).toEqual({ Key: value, List: [value] });
      expect(readCloudFormationYaml(text, '1.2')).toEqual({ Key: value, List: [value] });
    },
  );

  it('the schema refuses a lone surrogate in the comment (Terraform would write U+FFFD, others keep it)', () => {
    const parsed = parseConfig({ distribution: { comment: 'shop \ud800 front' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['distribution', 'comment']);
  });

  it('HCL refuses to write a lone surrogate rather than change it', () => {
    expect(() => hclString('a\udc00b')).toThrow(/surrogate/);
  });

  it.each(INVISIBLE.map((char) => [char.codePointAt(0)?.toString(16), char]))(
    'the schema refuses U+%s in the comment, with a message at the field',
    (_hex, char) => {
      const parsed = parseConfig({ distribution: { comment: `pay${char}ment` } });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['distribution.comment']);
      expect(parsed.error?.issues[0]?.message).toMatch(/U\+[0-9A-F]{4}/);
    },
  );

  it.each(['\u0001', '\u001b[31m', '\t', '\n', '\r', '\u007f', '\u0085'])(
    'the schema refuses the control character %j in the comment',
    (char) => {
      const parsed = parseConfig({ distribution: { comment: `a${char}b` } });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['distribution', 'comment']);
    },
  );

  it.each(INVISIBLE)('TypeScript, YAML and HCL escape %j instead of writing it raw', (char) => {
    for (const written of [
      tsString(`a${char}b`),
      cloudFormationYaml({ K: `a${char}b` }).text,
      hclString(`a${char}b`),
    ]) {
      expect(written).not.toContain(char);
    }
  });

  it('a comment with invisible and control characters is refused, or no generated file carries them', () => {
    const parsed = parseConfig({ distribution: { comment: 'Shop \u202e front \u200b \u0007' } });
    if (!parsed.success) {
      expect(parsed.error.issues[0]?.path).toEqual(['distribution', 'comment']);
      return;
    }
    for (const file of bundleFiles(parsed.data)) {
      const text = typeof file.contents === 'string' ? file.contents : '';
      expect(text.match(UNWANTED), file.path).toBeNull();
    }
  });
});
