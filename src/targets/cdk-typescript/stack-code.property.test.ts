import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { commentText } from '../../../test/support/fuzz/text';
import { ConfigSchema } from '../../config/schema';
import { deploymentFor } from '../../model';
import { cdkAppFor } from '../cdk/cdk-app-for';
import { typescriptStacksModule } from '../cdk/print-typescript';

/** The string value of `comment:` inside `new cloudfront.Distribution(...)`, read back by the TypeScript parser. */
function distributionCommentOf(code: string): { comment: string | undefined; syntaxErrors: number } {
  const source = ts.createSourceFile('stack.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const syntaxErrors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics
    .length;
  let comment: string | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isNewExpression(node) &&
      node.expression.getText(source) === 'cloudfront.Distribution' &&
      node.arguments?.[2] !== undefined &&
      ts.isObjectLiteralExpression(node.arguments[2])
    ) {
      for (const property of node.arguments[2].properties) {
        if (
          ts.isPropertyAssignment(property) &&
          property.name.getText(source) === 'comment' &&
          ts.isStringLiteral(property.initializer)
        ) {
          comment = property.initializer.text;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { comment, syntaxErrors };
}

const nonEmptyComment = commentText.filter((comment) => comment !== '');

describe('the generated stack code carries any comment verbatim', () => {
  it('for arbitrary strings the schema accepts (property, parsed back with the TypeScript parser)', () => {
    fc.assert(
      fc.property(nonEmptyComment, (comment) => {
        const parsed = ConfigSchema.safeParse({ distribution: { comment } });
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const code = typescriptStacksModule(cdkAppFor(deploymentFor(parsed.data))).text;
        const result = distributionCommentOf(code);
        expect(result.syntaxErrors).toBe(0);
        expect(result.comment).toBe(comment);
      }),
      { numRuns: 300 },
    );
  });
});
