/** The report's vocabulary: one entry per change, in one of three classes. */
export type ChangeClass = 'breaking' | 'non-breaking' | 'review';

/** Which document a pointer points into: the bundled spec or the metadata generated from it. */
export type ChangeSource = 'spec' | 'metadata';

/** Which way data flows: request changes break senders, response changes break readers. */
export type Side = 'request' | 'response';

export interface Change {
  source: ChangeSource;
  /** JSON pointer (RFC 6901) into the dereferenced spec or the generated metadata. */
  pointer: string;
  class: ChangeClass;
  /** Why it has this class, in a few words. */
  reason: string;
  old?: unknown;
  new?: unknown;
  /** The operationId the change belongs to, where it belongs to one. */
  operation?: string;
  side?: Side;
}

/** Collects entries while a differ walks two documents. */
export type Emit = (change: Change) => void;

export function collect(run: (emit: Emit) => void): Change[] {
  const changes: Change[] = [];
  run((change) => changes.push(change));
  return changes;
}
