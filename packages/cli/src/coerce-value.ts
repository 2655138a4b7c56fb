/**
 * Turns one flag's text into the value its field's kind takes. Text that does not convert is kept
 * as it is, so the client's check against the spec refuses it with the library's own message
 * (`/duration must be integer (got "ten")`) before anything is sent. Pure.
 */
import type { FieldKind } from './schema-fields.js';

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function coerceValue(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    case 'boolean':
      return TRUE.has(text.toLowerCase()) ? true : FALSE.has(text.toLowerCase()) ? false : text;
    case 'string':
      return text;
    default:
      return /^\s*[[{"]|^\s*(-?\d|true$|false$|null$)/.test(text) ? parseJson(text) : text;
  }
}

/**
 * An array flag given several times accumulates one element per use; a value that is a JSON array
 * (`'["a","b"]'`) gives the whole array at once.
 */
export function accumulate(
  items: Exclude<FieldKind, 'array'>,
  text: string,
  previous: unknown,
): unknown {
  if (previous === undefined && text.trimStart().startsWith('[')) {
    const whole = parseJson(text);
    if (Array.isArray(whole)) return whole;
  }
  const list = Array.isArray(previous) ? previous : [];
  return [...list, coerceValue(items, text)];
}
