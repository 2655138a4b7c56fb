/**
 * The longest delay one `setTimeout` holds (2^31 - 1 ms, about 24.8 days). Node and browsers run a
 * longer one after 1 ms, so a longer wait is armed in steps of at most this.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
