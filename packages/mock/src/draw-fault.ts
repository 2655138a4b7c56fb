/** Whether this request gets an injected fault, and which: a pure draw from the seeded generator. */

import { FAULT_KINDS, type FaultKind, type Scenario } from './scenario.js';
import type { Random } from './seeded-random.js';

export function drawFault(scenario: Scenario, random: Random): FaultKind | undefined {
  const rate = scenario.faultRate ?? 0;
  if (rate <= 0 || random() >= rate) return undefined;
  const kinds = scenario.faults && scenario.faults.length > 0 ? scenario.faults : FAULT_KINDS;
  return kinds[Math.floor(random() * kinds.length)];
}
