/**
 * Whether `npm start` calls a provider's real, paid API: only when asked with `--live` and the
 * provider's key is set. A key in the environment alone never spends credits.
 */
export type RunMode = { live: true; note: string } | { live: false; note: string };

export const LIVE_FLAG = '--live';

export function runMode(argv: readonly string[], apiKeyEnv: string, keySet: boolean): RunMode {
  const asked = argv.includes(LIVE_FLAG);
  if (asked && keySet)
    return { live: true, note: `live API, key from ${apiKeyEnv}: this spends real credits` };
  if (asked)
    return {
      live: false,
      note: `${apiKeyEnv} is not set, so --live cannot call the real API`,
    };
  return {
    live: false,
    note: keySet ? `${apiKeyEnv} is set but ignored without ${LIVE_FLAG}` : '',
  };
}
