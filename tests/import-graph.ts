import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph as the bundler and Node see it at load time, for tests that check
 * its shape (what the board page loads first, that no module waits on itself).
 */
export function importGraph(root: string) {
  /** Specifiers a module pulls in at load time: type-only imports and exports vanish in the bundle, import() loads later. */
  function loadTimeSpecifiers(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, false);
    const found: string[] = [];
    for (const node of source.statements) {
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        const typeOnly =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        if (!typeOnly && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.exportClause;
        const typeOnly = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
        if (!typeOnly) found.push(node.moduleSpecifier.text);
      }
    }
    return found;
  }

  /** The project file a relative or `@/` specifier names, or null for packages. */
  function resolveLocal(from: string, specifier: string): string | null {
    let base: string;
    if (specifier.startsWith('@/')) base = specifier.slice(2);
    else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
    else return null;
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
    const hit = candidates.find((c) => /\.tsx?$/.test(c) && existsSync(path.join(root, c)));
    if (hit !== undefined) return hit;
    if (candidates.some((c) => existsSync(path.join(root, c)))) return null; // JSON, CSS, plain JavaScript: nothing of ours to follow
    throw new Error(`cannot resolve ${specifier} from ${from}`);
  }

  return { loadTimeSpecifiers, resolveLocal };
}
