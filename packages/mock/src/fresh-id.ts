import type { Random } from './seeded-random.js';

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const HEX = '0123456789abcdef';

/**
 * Makes a new id shaped like the spec's example id: the same length, separators and character
 * classes, so `n92abc123hh10` yields `n92xkq481pd37` and a UUID yields a UUID. A leading word
 * before a separator (`job_`) is kept, and so is the shortest prefix of the example that lets the id
 * match the parameter's `pattern` (`^n92`).
 */
export function freshId(example: string, random: Random, pattern?: string): string {
  const matcher = pattern ? new RegExp(pattern) : undefined;
  const hexOnly = /^[0-9a-f-]+$/.test(example) && /[0-9]/.test(example);
  const scramble = (char: string): string => {
    const pool = hexOnly
      ? HEX.includes(char)
        ? HEX
        : undefined
      : DIGITS.includes(char)
        ? DIGITS
        : LOWER.includes(char)
          ? LOWER
          : UPPER.includes(char)
            ? UPPER
            : undefined;
    return pool ? pool[Math.floor(random() * pool.length)]! : char;
  };
  const body = [...example].map(scramble);
  // A word before a separator names the kind of id (`job_`, `gen-`); it stays.
  const word = hexOnly ? 0 : (/^[A-Za-z]+[_-]/.exec(example)?.[0].length ?? 0);
  for (let keep = word; keep <= example.length; keep++) {
    const candidate = example.slice(0, keep) + body.slice(keep).join('');
    if (!matcher || matcher.test(candidate)) return candidate;
  }
  return example;
}
