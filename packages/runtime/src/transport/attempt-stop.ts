/** What a body read in progress leaves for its attempt to cancel: its stream reader. */
export interface Reading {
  cancel(reason?: unknown): Promise<void>;
}

/** How a body read is ended: its attempt's signal, and a slot for the read to register itself. */
export interface ReadStop {
  readonly signal: AbortSignal;
  reading: Reading | undefined;
}

const ignore = () => undefined;

/**
 * Ends one attempt, on its timeout or the caller's abort: the fetch through `signal`, and a body
 * read in progress by cancelling the reader it left in `reading`. A slot rather than one more abort
 * listener per read, and the caller's signal is followed with this object as its listener, so an
 * attempt adds no closures of its own: both were a measurable part of a call.
 */
export class AttemptStop implements ReadStop {
  readonly #controller = new AbortController();
  readonly signal = this.#controller.signal;
  reading: Reading | undefined = undefined;
  /** A fetch awaited now: ended by `stop` even when the fetch ignores the signal (a custom one). */
  fetching: ((reason: unknown) => void) | undefined = undefined;
  readonly #caller: AbortSignal | undefined;

  constructor(caller?: AbortSignal) {
    this.#caller = caller;
    // An abort between the pacer's grant and this attempt fired before the listener below existed.
    if (caller?.aborted) this.#controller.abort(caller.reason);
    else caller?.addEventListener('abort', this);
  }

  stop(reason: unknown): void {
    this.#controller.abort(reason);
    this.fetching?.(reason);
    // A cancel ends a pending read with `done`, even when the stream ignores the signal (a custom
    // fetch, a stalled server).
    this.reading?.cancel(reason).catch(ignore);
  }

  /** The caller's signal aborted. */
  handleEvent(): void {
    this.stop(this.#caller?.reason);
  }

  /** Stops following the caller's signal once the attempt is over. */
  dispose(): void {
    this.#caller?.removeEventListener('abort', this);
  }
}
