import ts from 'typescript';

/**
 * Test support (Node only, imports the TypeScript parser): what a piece of code would break in the
 * cloudfront-js-2.0 runtime. Limits: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions
 * (10 KB per function); no network, file system, timers, eval or modules other than 'cloudfront'
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html).
 */
export const MAX_FUNCTION_BYTES = 10 * 1024;

/** Globals that do not exist (or are refused) in CloudFront Functions. */
export const FORBIDDEN_GLOBALS = [
  'require',
  'process',
  'fetch',
  'XMLHttpRequest',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'eval',
  'Function',
  'module',
  'exports',
  'globalThis',
  'WebSocket',
] as const;

/** The one module a cloudfront-js-2.0 function may import (origin modification, KeyValueStore). */
const ALLOWED_IMPORT = 'cloudfront';

export function cloudFrontRuntimeViolations(code: string): string[] {
  const violations: string[] = [];
  const bytes = new TextEncoder().encode(code).length;
  if (bytes > MAX_FUNCTION_BYTES) violations.push(`code is ${bytes} bytes, over the 10 KB limit`);

  const source = ts.createSourceFile('function.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const parseErrors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  for (const diagnostic of parseErrors) {
    violations.push(`syntax error: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }

  let hasHandler = false;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const from = ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '?';
      if (from !== ALLOWED_IMPORT) violations.push(`imports '${from}' (only 'cloudfront' exists)`);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      violations.push('dynamic import()');
    } else if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) {
      violations.push('export statement (the runtime calls a top-level function named handler)');
    } else if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      violations.push('class (not among the ES statements the runtime supports)');
    } else if (ts.isIdentifier(node) && isForbiddenReference(node)) {
      violations.push(`uses ${node.text}`);
    } else if (ts.isFunctionDeclaration(node) && node.parent === source && node.name?.text === 'handler') {
      hasHandler = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!hasHandler) violations.push('no top-level function handler(event)');
  return violations;
}

/** An identifier that names a forbidden global (not a property name such as request.headers.process). */
function isForbiddenReference(node: ts.Identifier): boolean {
  if (!(FORBIDDEN_GLOBALS as readonly string[]).includes(node.text)) return false;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  return true;
}
