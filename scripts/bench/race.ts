export type Call = () => Promise<unknown>;

export const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs the contenders in interleaved rounds so drift in machine load hits them all alike, and
 * reports per contender the median over rounds of its speed relative to the baseline contender
 * (openapi-fetch unless named) in the same round: one noisy round cannot move the ratio.
 */
export async function race(
  contenders: Record<string, Call>,
  perRound: number,
  rounds: number,
  base = 'openapi-fetch',
) {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(contenders).map((k) => [k, []]),
  );
  for (const call of Object.values(contenders)) for (let i = 0; i < perRound; i++) await call(); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, call] of Object.entries(contenders)) {
      const start = performance.now();
      for (let i = 0; i < perRound; i++) await call();
      times[name]!.push(performance.now() - start);
    }
  }
  const baseline = times[base]!;
  return Object.fromEntries(
    Object.entries(times).map(([name, ms]) => [
      name,
      { ops: (perRound * 1000) / median(ms), ratio: median(ms.map((t, i) => baseline[i]! / t)) },
    ]),
  );
}

export type RaceResults = Awaited<ReturnType<typeof race>>;
