/**
 * How many jobs a submit that answers a list of ids starts (Kubeez ad-copy: one per variant). The
 * spec says it by example: the body property whose documented value equals the documented number
 * of ids (`variant_count: 3` beside `generation_ids: [3 ids]`) is the count. A body that leaves it
 * out gets the schema's default, else the documented number.
 */
import type { InputSchema } from '@mediagen/runtime';

export interface JobCount {
  /** The documented number of ids. */
  documented: number;
  /** The top-level body property that sets it. */
  property?: string;
  default?: number;
  maximum?: number;
}

/** One id says nothing about which property counts: a `1` could be anything. */
export function findJobCount(
  documented: number,
  requestExamples: readonly unknown[],
  input: InputSchema | undefined,
): JobCount {
  if (documented < 2) return { documented };
  // A nullable count spells its type as a list (`[integer, 'null']`).
  const integers = Object.entries(input?.properties ?? {}).filter(([, s]) =>
    [s.type].flat().includes('integer'),
  );
  const found = integers.find(([name]) =>
    requestExamples.some((e) => (e as Record<string, unknown> | null)?.[name] === documented),
  );
  if (!found) return { documented };
  const [property, schema] = found;
  const fallback = (schema as { default?: unknown }).default;
  return {
    documented,
    property,
    ...(Number.isInteger(fallback) ? { default: fallback as number } : {}),
    ...(schema.maximum !== undefined ? { maximum: schema.maximum } : {}),
  };
}

/** A sane number of jobs for one submit, whatever the body asks. */
const CAP = 100;

export function jobCountOf(count: JobCount, body: unknown): number {
  const asked = count.property
    ? (body as Record<string, unknown> | null)?.[count.property]
    : undefined;
  const n =
    Number.isInteger(asked) && (asked as number) >= 1
      ? (asked as number)
      : (count.default ?? count.documented);
  return Math.min(n, count.maximum ?? CAP, CAP);
}
