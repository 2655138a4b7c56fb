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
