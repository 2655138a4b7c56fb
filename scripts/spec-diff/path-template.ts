const VARIABLE = /\{([^}]*)\}/g;

/** A route with its template variables unnamed: `/jobs/{id}` and `/jobs/{jobId}` are one route. */
export function routeShape(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(VARIABLE, '{}')}`;
}

const variables = (path: string) => [...path.matchAll(VARIABLE)].map((m) => m[1]!);

/**
 * The template variables renamed between two paths of one shape, as `[old, new]` pairs in path
 * order; `undefined` where the paths differ in more than variable names.
 */
export function templateRenames(oldPath: string, newPath: string): [string, string][] | undefined {
  if (routeShape('', oldPath) !== routeShape('', newPath)) return undefined;
  const was = variables(oldPath);
  const is = variables(newPath);
  return was.flatMap((name, i) => (name === is[i] ? [] : [[name, is[i]!] as [string, string]]));
}
