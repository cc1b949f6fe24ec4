/**
 * Finds every Office.js member a set of source files uses and the requirement set its typings say it needs.
 *
 * Each property access, element access with a literal name, call (by the overload the compiler picks), object
 * literal property given to an Office.js type (Excel.run's options, `set({...})`, `load({...})`), destructured
 * property and `load("a, b/c")` name is resolved by the TypeScript compiler to its declaration. When that
 * declaration is in the Office typings, its JSDoc's `[Api set: …]` annotation (or, for a member without one, its
 * class's) is what the use needs. A use inside a guard may need more than the manifest declares, up to what the guard
 * checks: the callback of src/excel/api-support.ts's whenApiSupported(set, version, …), or the true branch (if, ?:, &&)
 * of a test with its isApiSupported(set, version) or Office.context.requirements.isSetSupported(set, version).
 */
import { dirname, join, relative, sep } from "path";
import ts from "typescript";

export interface Requirement {
  readonly set: string;
  readonly version: string;
}

export interface OfficeUse {
  /** The file, relative to the project root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  /** The member's qualified name in the typings, such as Excel.Range.values. */
  readonly member: string;
  /** The annotation as written, or null where the member and its class carry none. */
  readonly annotation: string | null;
  /** What this use needs, after the annotation's qualifiers (get/set, parameters) are applied. */
  readonly needs: readonly Requirement[];
  /** What the guards around this use check. */
  readonly guardedBy: readonly Requirement[];
}

/** The wrapper in src/excel that runs its callback only where Office supports a requirement set. */
export const GUARD_FUNCTION = { file: "src/excel/api-support.ts", name: "whenApiSupported", callbackIndex: 2 };

const ROOT = join(__dirname, "..", "..");
export const OFFICE_TYPINGS = [
  join(ROOT, "node_modules", "@types", "office-js", "index.d.ts"),
  join(ROOT, "node_modules", "@types", "custom-functions-runtime", "index.d.ts"),
];

/** Compares dotted versions numerically: 1.10 is above 1.9. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const ANNOTATION = /\[Api set:\s*([^\]]*)\]/;
const VERSIONED = /(?:\b([A-Za-z][A-Za-z]*)\s+)?(\d+\.\d+)/g;

/** Every set and version an annotation names, the set carried forward ("ExcelApi 1.1 for get, 1.8 for set"). */
export function requirementsNamed(annotation: string): Requirement[] {
  const found: Requirement[] = [];
  let set = "";
  for (const match of annotation.matchAll(VERSIONED)) {
    if (match[1] && /Api|Runtime|Mailbox|Set$/i.test(match[1])) set = match[1];
    if (set) found.push({ set, version: match[2] });
  }
  return found;
}

/** What one use needs, given how it is used. */
interface UseShape {
  readonly write: boolean;
  readonly call: ts.CallExpression | undefined;
}

/**
 * Annotations that name more than one version, each with the use that needs it. A use of any other such member
 * needs the highest version named, so a new one fails until a rule here says which use needs what.
 */
const QUALIFIED: { readonly [member: string]: (shape: UseShape, named: Requirement[]) => Requirement[] } = {
  // "1.1 for adding a single row; 1.4 allows adding of multiple rows; 1.15 for adding `alwaysInsert` parameter."
  "Excel.TableRowCollection.add": ({ call }, [, many, alwaysInsert]) => [
    (call?.arguments.length ?? 0) >= 3 ? alwaysInsert : many, // one row or many cannot be told apart: take many
  ],
  // "1.1 requires an index…; 1.4 allows index to be optional (null or -1) … and allows name parameter".
  "Excel.TableColumnCollection.add": (_shape, [, optional]) => [optional],
  // "1.2 for options; 1.7 for password"
  "Excel.WorksheetProtection.protect": ({ call }, [options, password]) => [
    (call?.arguments.length ?? 0) >= 2 ? password : options,
  ],
};

/** Reads or writes a property: get and set may need different versions ("1.1 for get, 1.8 for set"). */
function needsOf(member: string, annotation: string, shape: UseShape): Requirement[] {
  const named = requirementsNamed(annotation);
  if (named.length <= 1) return named;
  const rule = QUALIFIED[member];
  if (rule) return rule(shape, named);
  const getSet = /for (?:get|reading)\b[^;,]*[;,]\s*[\d.]+ for (?:set|setting)/i.test(annotation.replace(/\s+/g, " "));
  if (getSet) return [shape.write ? named[1] : named[0]];
  const highest = named.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b));
  return [highest];
}

function jsDocText(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => doc.getText())
    .join("\n");
}

/** The annotation of a declaration, or of the class, interface or namespace around it. */
function annotationOf(declaration: ts.Node): string | null {
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const match = ANNOTATION.exec(jsDocText(node));
    if (match) return match[1].replace(/\s+/g, " ").trim();
    if (node !== declaration && (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node))) break;
  }
  return null;
}

function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    const operator = parent.operatorToken.kind;
    return operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment;
  }
  return ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent);
}

function stringArguments(call: ts.CallExpression): string[] {
  return call.arguments.map((arg) => (ts.isStringLiteralLike(arg) ? arg.text : ""));
}

function isCallTo(call: ts.CallExpression, checker: ts.TypeChecker, file: string, name: string): boolean {
  let symbol = checker.getSymbolAtLocation(
    ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression,
  );
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return Boolean(
    symbol?.name === name &&
    symbol.declarations?.some((d) => d.getSourceFile().fileName.split(sep).join("/").endsWith(file)),
  );
}

/** The requirement a condition checks with Office.context.requirements.isSetSupported(set, version). */
function checkedBy(condition: ts.Expression, checker: ts.TypeChecker): Requirement[] {
  if (ts.isParenthesizedExpression(condition)) return checkedBy(condition.expression, checker);
  if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...checkedBy(condition.left, checker), ...checkedBy(condition.right, checker)];
  }
  if (!ts.isCallExpression(condition)) return [];
  if (isCallTo(condition, checker, GUARD_FUNCTION.file, "isApiSupported")) {
    const [set, version] = stringArguments(condition);
    return set && version ? [{ set, version }] : [];
  }
  if (!ts.isPropertyAccessExpression(condition.expression)) return [];
  if (condition.expression.name.text !== "isSetSupported") return [];
  const symbol = checker.getSymbolAtLocation(condition.expression.name);
  const declaredInOffice = symbol?.declarations?.some((d) => OFFICE_TYPINGS.includes(d.getSourceFile().fileName));
  const [set, version] = stringArguments(condition);
  return declaredInOffice && set ? [{ set, version: version || "1.1" }] : [];
}

/** The guards around a node: the wrapper's callback, or the true branch of an isSetSupported test. */
function guardsAround(node: ts.Node, checker: ts.TypeChecker): Requirement[] {
  const guards: Requirement[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent) && parent.arguments[GUARD_FUNCTION.callbackIndex] === child) {
      if (isCallTo(parent, checker, GUARD_FUNCTION.file, GUARD_FUNCTION.name)) {
        const [set, version] = stringArguments(parent);
        if (set && version) guards.push({ set, version });
      }
    }
    if (ts.isIfStatement(parent) && parent.thenStatement === child)
      guards.push(...checkedBy(parent.expression, checker));
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) {
      guards.push(...checkedBy(parent.condition, checker));
    }
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    ) {
      guards.push(...checkedBy(parent.left, checker));
    }
  }
  return guards;
}

/** A program over `files` with the project's compiler options. */
export function programFor(files: readonly string[]): ts.Program {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  // Only the project's own modules are resolved: React's and Fluent UI's typings (most of the compile time) never
  // carry an Office.js object, and the Office typings are global (tsconfig `types`).
  host.resolveModuleNameLiterals = (literals, containingFile, _redirected, compilerOptions) =>
    literals.map((literal) => {
      const { resolvedModule } = ts.resolveModuleName(literal.text, containingFile, compilerOptions, host);
      return { resolvedModule: resolvedModule?.isExternalLibraryImport ? undefined : resolvedModule };
    });
  return ts.createProgram({ rootNames: [...files], options, host });
}

export function findOfficeUses(program: ts.Program, files: readonly string[]): OfficeUse[] {
  const checker = program.getTypeChecker();
  const uses: OfficeUse[] = [];

  const record = (at: ts.Node, symbol: ts.Symbol | undefined, shape: UseShape, declaration?: ts.Node) => {
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declarations = declaration ? [declaration] : (symbol?.declarations ?? []);
    const inOffice = declarations.filter((d) => OFFICE_TYPINGS.includes(d.getSourceFile().fileName));
    if (!symbol || inOffice.length === 0) return;
    const member = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
    // A property of a union (Range | RangeAreas) is used through each declaration: it needs the most demanding.
    const annotated = inOffice.map((d) => annotationOf(d)).filter((a): a is string => a !== null);
    const annotation = annotated.length ? annotated.join(" | ") : null;
    const needs = annotated.flatMap((a) => needsOf(member, a, shape));
    const source = at.getSourceFile();
    uses.push({
      file: relative(ROOT, source.fileName).split(sep).join("/"),
      line: source.getLineAndCharacterOfPosition(at.getStart()).line + 1,
      member,
      annotation,
      needs,
      guardedBy: guardsAround(at, checker),
    });
  };

  /** `load("values, format/fill/color")` and `load(["values"])`: each name resolved on the loaded object's type. */
  const recordLoadNames = (call: ts.CallExpression, receiver: ts.Expression) => {
    const names = call.arguments.flatMap((arg) => {
      if (ts.isStringLiteralLike(arg)) return arg.text.split(",");
      if (ts.isArrayLiteralExpression(arg)) return arg.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
      return [];
    });
    for (const path of names.map((n) => n.trim()).filter((n) => n && !n.startsWith("$"))) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(receiver);
      // A collection loads its items' properties ("items/name" is written "name").
      const items = type.getProperty("items");
      for (const name of path.split("/")) {
        if (!type) break;
        let property: ts.Symbol | undefined = type.getProperty(name);
        if (!property && items) {
          const itemType = checker.getTypeOfSymbolAtLocation(items, receiver).getNumberIndexType();
          property = itemType?.getProperty(name);
        }
        if (!property) break;
        record(call.arguments[0] ?? call, property, { write: false, call: undefined });
        type = checker.getTypeOfSymbolAtLocation(property, receiver);
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isInterfaceDeclaration(node)) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
      const symbol = checker.getSymbolAtLocation(name);
      const overload = signature && !ts.isJSDocSignature(signature) ? signature : undefined;
      record(name, symbol, { write: isWrite(node), call }, overload);
      if (call && symbol?.name === "load") recordLoadNames(call, node.expression);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      for (const property of node.properties) {
        const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
        if (!type || !name) continue;
        record(property, type.getProperty(name) ?? checker.getPropertyOfType(type, name), {
          write: true,
          call: undefined,
        });
      }
    }
    if (ts.isObjectBindingPattern(node)) {
      const type = checker.getTypeAtLocation(node);
      for (const element of node.elements) {
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key)) record(element, type.getProperty(key.text), { write: false, call: undefined });
      }
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    visit(source);
  }
  return uses;
}

export interface Shortfall {
  readonly use: OfficeUse;
  readonly need: Requirement;
}

/** What a use needs beyond the sets available to its file, where no guard around it checks for them. */
export function shortfalls(
  uses: readonly OfficeUse[],
  available: (file: string) => ReadonlyMap<string, string>,
): Shortfall[] {
  const covers = (have: string | undefined, need: Requirement) =>
    have !== undefined && compareVersions(have, need.version) >= 0;
  return uses.flatMap((use) =>
    use.needs
      .filter(
        (need) =>
          !covers(available(use.file).get(need.set), need) &&
          !use.guardedBy.some((guard) => guard.set === need.set && covers(guard.version, need)),
      )
      .map((need) => ({ use, need })),
  );
}

/** "src/excel/x.ts:12 Excel.Range.hasSpill needs ExcelApi 1.12 [ExcelApi 1.12]" */
export function describeShortfall({ use, need }: Shortfall): string {
  return `${use.file}:${use.line} ${use.member} needs ${need.set} ${need.version} [${use.annotation}]`;
}
