import ts from 'typescript';

/** The part of a JSON Schema this module reads and annotates. */
export interface JsonSchema {
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  [key: string]: unknown;
}

/** Where a schema is written: a TypeScript file and the name of the exported constant. */
export interface SchemaSource {
  file: string;
  exportName: string;
}

/**
 * Copies the JSDoc comments of zod schemas into their JSON Schema, so that the comment above a
 * field in src/schemas/ is the one place its meaning is written: editors show it while typing and
 * docs/fields.md is made from it.
 *
 * It walks the TypeScript source of the schema beside the JSON Schema zod made of it: `z.object`
 * properties to `properties`, `z.array` to `items`, `z.record` to `additionalProperties`, unions
 * to `oneOf`/`anyOf`, following constants across files and through `.optional()`, `.extend()` ...
 */
export function schemaDescriber(files: readonly string[]): (json: JsonSchema, source: SchemaSource) => void {
  const program = ts.createProgram([...files], {
    allowImportingTsExtensions: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    // Only declarations are looked up, never types: no standard library to load (seconds saved).
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();

  const declarationOf = (identifier: ts.Identifier): ts.VariableDeclaration | undefined => {
    let symbol = checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find(ts.isVariableDeclaration);
  };

  /** The `z.xxx(...)` call an expression is built on, with the object literals `.extend()` adds. */
  const rootCall = (
    expression: ts.Expression,
  ): { kind: string; args: readonly ts.Expression[]; extensions: ts.Expression[] } | undefined => {
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
      return rootCall(expression.expression);
    }
    if (ts.isIdentifier(expression)) {
      const initializer = declarationOf(expression)?.initializer;
      return initializer && rootCall(initializer);
    }
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
    const callee = expression.expression;
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'z') {
      return { kind: callee.name.text, args: expression.arguments, extensions: [] };
    }
    const base = rootCall(callee.expression);
    if (base && callee.name.text === 'extend' && expression.arguments[0]) {
      return { ...base, extensions: [...base.extensions, expression.arguments[0]] };
    }
    return base;
  };

  const objectLiteral = (expression: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined => {
    if (!expression) return undefined;
    if (ts.isObjectLiteralExpression(expression)) return expression;
    if (ts.isIdentifier(expression)) return objectLiteral(declarationOf(expression)?.initializer);
    return undefined;
  };

  const annotateObject = (json: JsonSchema, literal: ts.ObjectLiteralExpression) => {
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = objectLiteral(property.expression);
        if (spread) annotateObject(json, spread);
        continue;
      }
      if (!ts.isPropertyAssignment(property)) continue;
      const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : '';
      const target = json.properties?.[name];
      if (!target) continue;
      const comment = jsDoc(property);
      if (comment) target.description = comment;
      annotate(target, property.initializer);
    }
  };

  const annotate = (json: JsonSchema, expression: ts.Expression): void => {
    const call = rootCall(expression);
    if (!call) return;
    const { kind, args } = call;
    const variants = json.oneOf ?? json.anyOf;
    if (kind === 'object' || kind === 'strictObject') {
      const literal = objectLiteral(args[0]);
      const target = json.properties ? json : (variants?.find((variant) => variant.properties) ?? json);
      if (literal) annotateObject(target, literal);
      for (const extension of call.extensions) {
        const extra = objectLiteral(extension);
        if (extra) annotateObject(target, extra);
      }
    } else if (kind === 'array' && args[0]) {
      const target = json.items ?? variants?.find((variant) => variant.items)?.items;
      if (target) annotate(target, args[0]);
    } else if (kind === 'record' && typeof json.additionalProperties === 'object') {
      const value = args[1] ?? args[0];
      if (value) annotate(json.additionalProperties, value);
    } else if ((kind === 'discriminatedUnion' || kind === 'union') && variants) {
      const options = kind === 'union' ? args[0] : args[1];
      if (options && ts.isArrayLiteralExpression(options)) {
        options.elements.forEach((option, index) => {
          const variant = variants[index];
          if (variant) annotate(variant, option);
        });
      }
    }
  };

  return (json, source) => {
    const sourceFile = program.getSourceFile(source.file);
    if (!sourceFile) throw new Error(`${source.file} is not among the schema files.`);
    const declaration = sourceFile.statements
      .filter(ts.isVariableStatement)
      .flatMap((statement) => statement.declarationList.declarations.map((item) => ({ statement, item })))
      .find(({ item }) => ts.isIdentifier(item.name) && item.name.text === source.exportName);
    if (!declaration?.item.initializer) throw new Error(`${source.file} has no constant ${source.exportName}.`);
    const comment = jsDoc(declaration.statement);
    if (comment) json.description = comment;
    annotate(json, declaration.item.initializer);
  };
}

/** The text of a node's JSDoc comment, on one line. */
function jsDoc(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
