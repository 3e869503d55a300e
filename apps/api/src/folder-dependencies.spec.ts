/**
 * The API's folders depend on each other one way only: no two folders import
 * each other at run time (a type-only import is free), so that each folder can
 * be read, and changed, with only what is below it in mind (docs/architecture.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_ROOT = path.dirname(new URL(import.meta.url).pathname);
const IMPORT = /^import\s+(type\s+)?([\s\S]*?)\s+from\s+'(\.{1,2}\/[^']+)';/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [file] : [];
  });
}

/** Whether an import brings in a value (not `import type`, not `{ type A, type B }`). */
function isRuntimeImport(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return false;
  const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!named) return true;
  const names = named[1]
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return !names.every((name) => name.startsWith('type '));
}

/** Top-level folder → the top-level folders it imports values from, with one file that does. */
function folderDependencies(): Map<string, Map<string, string>> {
  const dependencies = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const from = path.relative(SOURCE_ROOT, file).split(path.sep);
    if (from.length < 2) continue;
    for (const [, typeKeyword, clause, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!isRuntimeImport(typeKeyword, clause)) continue;
      const to = path
        .relative(SOURCE_ROOT, path.resolve(path.dirname(file), specifier))
        .split(path.sep);
      if (to.length < 2 || to[0] === from[0] || to[0] === '..') continue;
      const targets = dependencies.get(from[0]) ?? new Map<string, string>();
      targets.set(to[0], path.relative(SOURCE_ROOT, file));
      dependencies.set(from[0], targets);
    }
  }
  return dependencies;
}

describe('folder dependencies of the API', () => {
  it('go one way: no two folders import each other at run time', () => {
    const dependencies = folderDependencies();
    const mutual: string[] = [];
    for (const [a, targets] of dependencies)
      for (const [b, fileOfA] of targets) {
        const fileOfB = dependencies.get(b)?.get(a);
        if (fileOfB !== undefined && a < b) mutual.push(`${a} ↔ ${b} (${fileOfA}, ${fileOfB})`);
      }
    expect(mutual).toEqual([]);
  });

  it('reads imports as they are written', () => {
    expect(isRuntimeImport(undefined, '{ type A, type B }')).toBe(false);
    expect(isRuntimeImport('type ', '{ A }')).toBe(false);
    expect(isRuntimeImport(undefined, '{ type A, B }')).toBe(true);
    expect(isRuntimeImport(undefined, 'Default')).toBe(true);
    expect(folderDependencies().get('claims')?.has('store')).toBe(true);
  });
});
