/**
 * A job's documented price in the bodies that report it: every numeric field named for charged
 * credits (`creditsCharged`, `consumed_credits`, `credits_used`, `cost_credits`) and, where the body
 * reports a refund (the reader's `refund.credits`, above zero), the refund, which gives back what was
 * charged. The examples' own figures (Vydra's 350 on every job) stay only where no price is known.
 */
import type { JsonPointer } from '@mediagen/runtime';
import { readFirst } from '@mediagen/runtime/provider';
import { writePointer } from './write-pointer.js';

const CHARGED = (key: string) =>
  /credit/i.test(key) && /charg|consum|cost|spent|used|deduct|bill/i.test(key);

function writeCharged(node: unknown, credits: number): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'number' && CHARGED(key)) (node as Record<string, unknown>)[key] = credits;
    else writeCharged(value, credits);
  }
}

export function writeCharge(
  body: unknown,
  credits: number | undefined,
  refund?: JsonPointer,
): void {
  if (credits === undefined) return;
  writeCharged(body, credits);
  if (refund === undefined) return;
  const refunded = readFirst(body, refund);
  if (typeof refunded === 'number' && refunded > 0) writePointer(body, refund, credits);
}
