/**
 * A generated body type with its index signature dropped: the fields the spec names, and only
 * those, so a misspelt `providerOptions` field is a compile error under `satisfies`.
 */
export type NamedFields<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/** A body's named fields, less those this package fills from the AI SDK's own options. */
export type OptionsOf<Body, Filled extends PropertyKey> = Omit<NamedFields<Body>, Filled>;
