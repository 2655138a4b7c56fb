const FAMILY = /^([1-5])xx$/i;

/**
 * `x-mediagen-retry.statuses` as numbers: a status as it is, and a family the doc names as a whole
 * (`5xx`, Horacle's "5xx — retry") as each of its hundred statuses.
 */
export function retryStatuses(where: string, statuses: unknown): number[] {
  if (!Array.isArray(statuses)) throw new Error(`${where}: x-mediagen-retry.statuses is a list`);
  return [
    ...new Set(
      statuses.flatMap((entry: unknown): number[] => {
        if (typeof entry === 'number' && Number.isInteger(entry) && entry >= 100 && entry <= 599) {
          return [entry];
        }
        const family = typeof entry === 'string' ? FAMILY.exec(entry) : null;
        if (family) return Array.from({ length: 100 }, (_, i) => Number(family[1]) * 100 + i);
        throw new Error(
          `${where}: x-mediagen-retry.statuses takes statuses and families such as 5xx, got ${JSON.stringify(entry)}`,
        );
      }),
    ),
  ];
}
