/**
 * A body's documented fields only: the index signature an open schema (`additionalProperties:
 * true`) adds is dropped and every known field keeps its type, so a misspelled key is a compile
 * error. A union (one branch per shape) stays a union.
 */
export type DocumentedFields<T> = T extends unknown
  ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] }
  : never;

/** The deliberate, visible way to send fields the spec does not document. */
export interface ExtraFields {
  /**
   * Fields the spec does not document, sent as they are beside the documented ones (which win
   * when both name a field). Use it when the provider accepts a field before its doc says so.
   */
  extra?: Readonly<Record<string, unknown>>;
}

/**
 * The body a helper sends: the documented fields, with any `extra` ones merged in under them. A
 * plain-JavaScript caller's undocumented keys are sent as before; the spec decides what is refused.
 */
export function withExtra<Body>(input: object): NonNullable<Body> {
  const { extra, ...documented } = input as ExtraFields;
  return (extra ? { ...extra, ...documented } : documented) as NonNullable<Body>;
}
