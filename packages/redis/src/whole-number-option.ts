import { ConfigurationError } from '@mediagen/runtime';

/**
 * Refuses a numeric option that is not a whole number above 0, before anything reaches Redis (which
 * would answer 0, a negative or a fraction with a raw error, or not at all). `fix` says what to pass.
 */
export function checkWholeNumber(option: string, value: unknown, fix: string): void {
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) > 0)) return;
  throw new ConfigurationError(
    `${option} must be a whole number above 0, not ${String(value)}: ${fix}`,
  );
}
