import type { SharedV4Warning } from '@ai-sdk/provider';

/** A common AI SDK option one model has no field for: an AI SDK warning, never a silent drop. */
export function unsupported(feature: string, details: string): SharedV4Warning {
  return { type: 'unsupported', feature, details };
}

/**
 * One warning per option that is set but has no field on this model. `options` is the call's
 * common options by name, `reasons` says why each one it may carry is not sent.
 */
export function unsupportedOptions(
  options: object,
  reasons: Record<string, string>,
): SharedV4Warning[] {
  return Object.entries(reasons).flatMap(([feature, details]) => {
    const value = (options as Record<string, unknown>)[feature];
    const set = value !== undefined && !(Array.isArray(value) && value.length === 0);
    return set ? [unsupported(feature, details)] : [];
  });
}

/**
 * A call that asks one job for more than the one output it makes (`ai` with `maxImagesPerCall` or
 * `maxVideosPerCall` above the model's 1): one is made, and a warning says so.
 */
export function oneOutputPerJob(
  n: number,
  limit: 'maxImagesPerCall' | 'maxVideosPerCall',
): SharedV4Warning[] {
  if (n <= 1) return [];
  const details = `Each job makes one output, so 1 of the ${n} asked for was made: leave ${limit} at the model's 1 and ai makes one job per output`;
  return [unsupported('n', details)];
}
