import type { Change, Side } from './change.ts';
import type { TypeVerdict } from './type-check.ts';

export interface Disagreement {
  operation: string;
  side: Side;
  /** What the structural diff says for this operation and side. */
  structural: 'breaking' | 'compatible';
  /** What the TypeScript checker says. */
  typescript: 'breaking' | 'compatible';
  /** Why the two can differ here. */
  note: string;
}

/** The checker compares success bodies only; error bodies are the runtime's typed errors' business. */
const ERROR_RESPONSE = /\/responses\/(?!2)[^/]+/;

const TYPES_ONLY =
  'the generated types changed in a way the structural diff did not class as breaking';

const unique = (changes: Change[]) => [...new Set(changes.map((c) => c.reason))].join('; ');

/** A type break the structural diff saw but classed for review (an enum value added, say). */
function typesOnlyNote(changes: Change[], operation: string, side: Side): string {
  const reviewed = changes.filter(
    (c) => c.class === 'review' && c.operation === operation && c.side === side,
  );
  return reviewed.length ? `classed review, not breaking: ${unique(reviewed)}` : TYPES_ONLY;
}

const breaksStructurally = (c: Change, operation: string, side: Side) =>
  c.class === 'breaking' &&
  c.operation === operation &&
  c.side === side &&
  (side === 'request' || !ERROR_RESPONSE.test(c.pointer));

/** Where the checker's verdict and the structural diff's differ, per operation and side. */
export function compareSignals(changes: Change[], verdicts: TypeVerdict[]): Disagreement[] {
  const found: Disagreement[] = [];
  for (const verdict of verdicts) {
    for (const side of ['request', 'response'] as const) {
      const breaks = changes.filter((c) => breaksStructurally(c, verdict.operation, side));
      const structuralBreak = breaks.length > 0;
      const typesBreak = !(side === 'request'
        ? verdict.requestCompatible
        : verdict.responseCompatible);
      if (structuralBreak === typesBreak) continue;
      found.push({
        operation: verdict.operation,
        side,
        structural: structuralBreak ? 'breaking' : 'compatible',
        typescript: typesBreak ? 'breaking' : 'compatible',
        note: structuralBreak
          ? `checked at run time, not in the types: ${unique(breaks)}`
          : typesOnlyNote(changes, verdict.operation, side),
      });
    }
  }
  return found;
}
