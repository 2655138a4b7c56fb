/** The small JSON vocabulary the pre-send validator speaks in its checks and its messages. */

type Json = Record<string, unknown>;

/** Shows a value in a message; NaN and Infinity, which JSON cannot carry, by name. */
export function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** The JSON Schema type name of a value (`integer` for a whole number). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** JSON equality, for `const`, `enum` and `uniqueItems` on objects and arrays too. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Json)[k], (b as Json)[k]));
}

/** A value `===` compares as JSON does: everything but an object or an array. */
export const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';
