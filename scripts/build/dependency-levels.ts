/** A workspace package as the build orders it: its name and the names it depends on. */
export interface BuildUnit {
  name: string;
  dependencies: readonly string[];
}

/**
 * The packages in build order, as levels: each level depends only on levels before it (a
 * dependency outside `units` is already built, or not a workspace package), so one level's
 * declarations can be checked in one TypeScript program against the built `.d.ts` of the levels
 * before. Throws on a cycle, naming the packages in it.
 */
export function dependencyLevels(units: readonly BuildUnit[]): string[][] {
  const names = new Set(units.map((u) => u.name));
  const pending = new Map(
    units.map((u) => [u.name, u.dependencies.filter((d) => names.has(d) && d !== u.name)]),
  );
  const levels: string[][] = [];
  const built = new Set<string>();
  while (pending.size > 0) {
    const level = [...pending]
      .filter(([, dependencies]) => dependencies.every((d) => built.has(d)))
      .map(([name]) => name)
      .sort();
    if (level.length === 0)
      throw new Error(
        `These packages depend on each other in a cycle: ${[...pending.keys()].join(', ')}.`,
      );
    for (const name of level) {
      pending.delete(name);
      built.add(name);
    }
    levels.push(level);
  }
  return levels;
}
