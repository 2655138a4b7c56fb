/** `mediagen models <provider>` and `mediagen balance <provider>`, where the provider documents them. */
import { CliError, EXIT } from '../exit-codes.js';
import type { RunContext } from '../run-context.js';
import { openSession } from '../session.js';
import { withTimeout } from '../with-timeout.js';

const TIMEOUT_MS = 60_000;

function nameOf(row: unknown): string {
  if (typeof row !== 'object' || row === null) return String(row);
  const r = row as Record<string, unknown>;
  const name = r.slug ?? r.model_id ?? r.id ?? r.name ?? r.model;
  const price = r.cost_per_generation ?? r.creditsPerUnit ?? r.credits;
  return price !== undefined && price !== null
    ? `${String(name)}  (${String(price)})`
    : String(name);
}

function rowsOf(answer: unknown): unknown[] {
  if (Array.isArray(answer)) return answer;
  const list = Object.values((answer ?? {}) as Record<string, unknown>).find(Array.isArray);
  return (list as unknown[] | undefined) ?? [];
}

export async function runModels(
  { printer, global }: RunContext,
  provider: string,
): Promise<number> {
  const session = await openSession(provider, global, printer, {
    needsKey: ['vydra', 'horacle'].includes(provider.toLowerCase()),
  });
  try {
    const { models } = session.adapter;
    if (!models)
      throw new CliError(`${session.adapter.name} documents no model catalog.`, EXIT.invalidInput);
    const answer = await withTimeout(
      models(session.client),
      TIMEOUT_MS,
      'The catalog did not arrive within a minute.',
    );
    for (const row of rowsOf(answer)) printer.out(nameOf(row));
    printer.result({ provider: session.adapter.id, models: answer });
    return 0;
  } finally {
    await session.close();
  }
}

export async function runBalance(
  { printer, global }: RunContext,
  provider: string,
): Promise<number> {
  const session = await openSession(provider, global, printer);
  try {
    const { balance } = session.adapter;
    if (!balance)
      throw new CliError(
        `${session.adapter.name} documents no balance endpoint; see your dashboard.`,
        EXIT.invalidInput,
      );
    const figure = await withTimeout(
      balance(session.client),
      TIMEOUT_MS,
      'The balance did not arrive within a minute.',
    );
    printer.out(`${session.adapter.name}: ${figure.amount ?? 'unknown'} ${figure.unit}`);
    printer.result({ provider: session.adapter.id, ...figure });
    return 0;
  } finally {
    await session.close();
  }
}
