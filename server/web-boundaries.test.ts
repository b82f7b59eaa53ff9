import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Web features depend on each other one way. ESLint lets a feature reach another only through its
 * index.ts, but not whether the doors form a loop (A's page shows B's card while B's page shows
 * A's picker): then neither feature can be understood, tested or lazy-loaded without the other.
 * This builds the feature import graph from the sources, type-only imports included, and fails on
 * any cycle. A page that shows other features' cards gets them handed in by app/router.tsx.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../web/src');
const FEATURES = join(SRC, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of a source: static imports and re-exports, `import type`, and `import()`. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g))
    specifiers.push(match[1]!);
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

/** The feature a path lies in (`units` for features/units/pages/x.tsx), or null outside features/. */
function featureOf(path: string): string | null {
  const inside = relative(FEATURES, path);
  if (inside.startsWith('..')) return null;
  return inside.split(sep)[0] ?? null;
}

/** Feature → the other features it imports, each with one file that does (for the message). */
export function featureGraph(files: { path: string; source: string }[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { path, source } of files) {
    const from = featureOf(path);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of importSpecifiers(source)) {
      if (!specifier.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(path), specifier));
      if (to && to !== from && !edges.has(to)) edges.set(to, relative(SRC, path));
    }
  }
  return graph;
}

/**
 * Cycles by depth-first search: one per edge that leads back into the current path, each listed
 * from its alphabetically first feature. Linear in the graph; a tangle may show as a few cycles
 * sharing edges rather than every possible loop, which is enough to say where to cut.
 */
export function findCycles(graph: Map<string, Map<string, string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = path.slice(at);
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join('→'), canonical);
      } else if (!done.has(next)) walk(next, [...path, next]);
    }
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) if (!done.has(node)) walk(node, [node]);
  return [...cycles.values()];
}

const describeCycle = (graph: Map<string, Map<string, string>>, cycle: string[]) =>
  cycle
    .map((feature, i) => {
      const next = cycle[(i + 1) % cycle.length]!;
      return `${feature} → ${next} (${graph.get(feature)!.get(next)})`;
    })
    .join(', ');

describe('web feature boundaries', () => {
  const graph = featureGraph(sourceFiles(FEATURES).map((path) => ({ path, source: readFileSync(path, 'utf8') })));

  it('reads every feature and the imports between them', () => {
    expect(graph.size).toBe(readdirSync(FEATURES, { withFileTypes: true }).filter((e) => e.isDirectory()).length);
    // The reader finds edges that exist, so an empty graph cannot pass for an acyclic one.
    expect(graph.get('units')?.has('auth')).toBe(true);
    expect([...graph.values()].reduce((n, edges) => n + edges.size, 0)).toBeGreaterThan(20);
  });

  it('has no import cycle between features', () => {
    expect(findCycles(graph).map((cycle) => describeCycle(graph, cycle))).toEqual([]);
  });

  it('recognises every form of import, and finds cycles of any length once', () => {
    expect(
      importSpecifiers(
        [
          "import { a } from '../../a';",
          "import type { B } from '../../b';",
          "export { c } from '../../c';",
          'import {\n  d,\n  e,\n} from "../../d";',
          "import '../../e/side-effect';",
          "const F = lazy(() => import('../../f/pages/f-page'));",
          "const text = 'not an import from ../../g';",
        ].join('\n'),
      ),
    ).toEqual(['../../a', '../../b', '../../c', '../../d', '../../e/side-effect', '../../f/pages/f-page']);
    const edges = (pairs: [string, string][]) => {
      const g = new Map<string, Map<string, string>>();
      for (const [from, to] of pairs) g.set(from, (g.get(from) ?? new Map()).set(to, 'x.ts'));
      return g;
    };
    expect(
      findCycles(
        edges([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
          ['d', 'c'],
          ['e', 'a'],
        ]),
      ),
    ).toEqual([
      ['a', 'b', 'c'],
      ['c', 'd'],
    ]);
    expect(
      findCycles(
        edges([
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ]),
      ),
    ).toEqual([]);
  });
});
