/** A duration in milliseconds as a reader says it: `800 ms`, `8 s`, `1.5 s`, `15 min`, `2 h 30 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${trim(ms / 1000)} s`;
  if (ms < 3_600_000) return joinUnits(Math.floor(ms / 60_000), 'min', (ms % 60_000) / 1000, 's');
  return joinUnits(Math.floor(ms / 3_600_000), 'h', (ms % 3_600_000) / 60_000, 'min');
}

function joinUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0
    ? `${major} ${majorUnit}`
    : `${major} ${majorUnit} ${trim(minor)} ${minorUnit}`;
}

/** At most two decimals, none when whole. */
function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}
