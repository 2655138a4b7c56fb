/**
 * The typed form of a spec's `x-mediagen-*` extensions and links, as `npm run generate` writes it
 * into each provider package (`src/generated/metadata.ts`). Provider facts live in the spec; the
 * runtime only ever reads them from here.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';

/** A JSON pointer (RFC 6901) where a `*` segment matches every element of an array. */
export type JsonPointer = string;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Statuses worth another attempt. */
  statuses: readonly number[];
  /** Base of the exponential backoff, before jitter. */
  baseDelayMs: number;
  /** Cap on one delay. A server hint beyond it ends retrying with a `RateLimitError`. */
  maxDelayMs: number;
  /** Statuses that prove no work was done: the only ones that re-send a POST without an idempotency key. */
  noWorkStatuses: readonly number[];
  /** A fixed wait the doc gives for a status (Horacle: 30 s after a 429), in place of the backoff. A server hint still wins. */
  statusDelayMs?: Readonly<Record<string, number>>;
}

/** A documented price in credits: flat, a range, or a rate per second of output. */
export type Price = number | { min: number; max: number } | { perSecond: number };

export interface RateLimit {
  group: string;
  requests: number;
  perSeconds: number;
}

/** Where a value for a linked operation's parameter comes from. */
export type ParameterSource =
  /** `fallbacks`: pointers tried in order when `pointer` names nothing (`x-mediagen-fallbacks`). */
  | { from: 'response.body'; pointer: JsonPointer; fallbacks?: readonly JsonPointer[] }
  | { from: 'request.path' | 'request.query'; name: string };

export interface OperationLink {
  operationId: string;
  parameters: Readonly<Record<string, ParameterSource>>;
  /** The source points at an array: one submit started one job per element. */
  each?: boolean;
}

export interface PollSchedule {
  initialDelayMs: number;
  intervalMs?: number;
  incrementMs?: number;
  multiplier?: number;
  maxIntervalMs?: number;
  /** Explicit delays after each poll; the last one repeats. */
  sequenceMs?: readonly number[];
  timeoutMs: number;
}

export interface JobStates {
  running: readonly string[];
  succeeded: readonly string[];
  failed: readonly string[];
  cancelled: readonly string[];
}

/** How to read a job's state out of a status body (or a list item). */
export interface JobReader {
  state: JsonPointer;
  states: JobStates;
  outputs: readonly JsonPointer[];
  progress?: JsonPointer;
  error?: { message?: JsonPointer; code?: JsonPointer };
  refund?: { credits?: JsonPointer; status?: JsonPointer };
  /**
   * Pointers whose value ends a job as failed whatever its state says (`x-mediagen-job-status`
   * `failedWhen`): a non-empty string, `true` or a positive number there, such as an error message
   * or refunded credits on a body still marked processing.
   */
  failedWhen?: readonly JsonPointer[];
}

export interface JobStatusMetadata extends JobReader {
  schedule: PollSchedule;
  /** Success examples that answer only some submits (`x-mediagen-when`), by example name. */
  exampleWhen?: Readonly<Record<string, SubmitCondition>>;
}

/**
 * The submits a documented status example answers (`x-mediagen-when`): the submit operation (one or
 * a list) and values its request must hold. A list of values means any of them; an object is
 * matched as a subset. `@mediagen/mock` ends a job on the example made for its submit.
 */
export interface SubmitCondition {
  operationId?: string | readonly string[];
  body?: unknown;
  path?: Readonly<Record<string, unknown>>;
  query?: Readonly<Record<string, unknown>>;
}

export interface JobListMetadata extends JobReader {
  statusOperations: readonly string[];
  items: JsonPointer;
  id: JsonPointer;
}

/**
 * A push the provider sends when a job ends: an OpenAPI `callbacks` entry on a submit that takes a
 * callback URL, or a top-level `webhooks` entry for pushes registered once. Read like a status body.
 */
export interface JobPushMetadata extends JobReader {
  kind: 'callback' | 'webhook';
  method: HttpMethod;
  /** Where the job id is in the payload. */
  id: JsonPointer;
  /** Where else it may be, tried in order when `id` names nothing (`idFallbacks`). */
  idFallbacks?: readonly JsonPointer[];
  /** Jobs of these status operations are reported by this push. */
  statusOperations: readonly string[];
  /** Callbacks: the submit operation, and where its request body takes the callback URL. */
  submit?: { operationId: string; urlField: JsonPointer };
  /** A shared secret the provider echoes back, compared in constant time. Absent: bring a verifier. */
  token?: { in: 'query' | 'header'; name: string };
  /** How the provider delivers and redelivers it, where its doc says (`x-mediagen-callback-delivery`). */
  delivery?: PushDelivery;
}

/** What a failed delivery attempt is retried on: a network error, a timeout, a status or a status family. */
export type RedeliverOn = 'network' | 'timeout' | number | `${1 | 2 | 3 | 4 | 5}xx`;

export interface PushDelivery {
  /** Per attempt; any 2xx answer counts as delivered. */
  timeoutMs: number;
  /** The wait before each retry, after each failed attempt in turn. */
  retryDelaysMs: readonly number[];
  retryOn: readonly RedeliverOn[];
}

/** A documented error answer: the named example (default: the first) of a documented response. */
export interface ErrorAnswerRef {
  status: number;
  example?: string;
  /** The refusal's reason is appended to the example's message (default), or replaces it. */
  detail?: 'append' | 'replace';
}

export interface ValidationErrorRule extends ErrorAnswerRef {
  /** A JSON pointer into the request (`/body/duration`, `/query/task_id`); '' matches anything; a `*` segment any one segment. */
  at: JsonPointer;
  /** Only failures of this JSON Schema keyword (`required`, `maximum`, ...). */
  keyword?: string;
}

/** Which documented error answers which refused request (`x-mediagen-error-map`), for `@mediagen/mock`. */
export interface ErrorMap {
  /** The first rule a failure falls under wins. */
  validation?: readonly ValidationErrorRule[];
  /** A job id the provider never issued. */
  unknownJob?: ErrorAnswerRef;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A pruned JSON Schema: only the keywords `validate-input.ts` enforces (`schema-keywords.ts`). */
export interface InputSchema {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  const?: unknown;
  multipleOf?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: InputSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  required?: readonly string[];
  properties?: Readonly<Record<string, InputSchema>>;
  additionalProperties?: boolean | InputSchema;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired?: Readonly<Record<string, readonly string[]>>;
  allOf?: readonly InputSchema[];
  anyOf?: readonly InputSchema[];
  oneOf?: readonly InputSchema[];
  not?: InputSchema;
  if?: InputSchema;
  then?: InputSchema;
  else?: InputSchema;
  /** From `x-mediagen-rules`. */
  rules?: readonly InputRule[];
  title?: string;
}

export interface OperationMetadata {
  method: HttpMethod;
  path: string;
  /**
   * False for operations the spec marks `security: []`; `'optional'` where it also allows no key
   * (`security: [{bearerAuth: []}, {}]`): the key is sent when the client has one.
   */
  auth: boolean | 'optional';
  parameters?: Readonly<Record<string, ParameterLocation>>;
  /**
   * The path and query parameters whose schema constrains them (enum, pattern, limits), as one
   * object schema per location: checked before sending, like `input`.
   */
  parameterInput?: Readonly<Partial<Record<'path' | 'query', InputSchema>>>;
  /** Path parameters whose `/` is sent as it is (`x-mediagen-allow-reserved`), e.g. `elevenlabs/tts`. */
  reservedParameters?: readonly string[];
  /** Creates billable work: never re-sent unless that provably cannot start a second job. */
  paid?: boolean;
  idempotencyHeader?: string;
  /** Header parameters the spec marks required: a request without one is refused before sending. */
  requiredHeaders?: readonly string[];
  rateLimit?: RateLimit;
  /** JSON request body schema, checked before anything is sent. */
  input?: InputSchema;
  /** The spec's `requestBody.required`: a call without a body is refused before it is sent. */
  bodyRequired?: boolean;
  /** Upload size limit of a file part (`x-mediagen-max-bytes`). */
  maxUploadBytes?: number;
  /**
   * The media types each multipart part may be (`encoding.<part>.contentType`), as ranges such as
   * `audio/*`: checked with `mediaTypeAllowed` by the client before sending and by the mock.
   */
  partMediaTypes?: Readonly<Record<string, readonly string[]>>;
  /** Prices in credits by the value of one body property (`x-mediagen-prices`), in the doc's form. */
  prices?: { property: string; credits: Readonly<Record<string, Price>> };
  /** Documented price formulas over the request body (`x-mediagen-price-formulas`): estimates. */
  priceFormulas?: PriceFormulas;
  /** Submit operations: their jobs' own first delay and timeout, over the status operation's schedule. */
  schedule?: Partial<PollSchedule>;
  /** Submit operations: the status operation the job is polled with. */
  status?: OperationLink;
  /** Submit operations whose answer already reports the job's state: how to read it. */
  submitJob?: JobReader;
  /** Status operations: how to read the job. */
  job?: JobStatusMetadata;
  /** Status operations: the operation that cancels the job. */
  cancel?: OperationLink;
  /** List operations that report many jobs at once. */
  jobList?: JobListMetadata;
  /** Operations that return a refund (a cancel): where it is in the 200 body. */
  refund?: { credits?: JsonPointer; status?: JsonPointer };
  /** This operation's own error map, tried before the provider's. */
  errorMap?: ErrorMap;
}

export interface AuthMetadata {
  /** Header the key is sent in. */
  header: string;
  /** Prefix before the key, such as `Bearer `. */
  prefix: string;
}

export interface ProviderMetadata {
  id: string;
  name: string;
  apiKeyEnv: string;
  baseUrl: string;
  auth: AuthMetadata;
  retry: RetryPolicy;
  errors: { code?: JsonPointer; message?: JsonPointer; retryAfter?: JsonPointer };
  operations: Readonly<Record<string, OperationMetadata>>;
  /**
   * `METHOD /template` → operationId, the exact route table. Absent, it is built from `operations`
   * (`buildRouteTable`); generated metadata leaves it out for that reason, to keep bundles small.
   */
  routes?: Readonly<Record<string, string>>;
  /** The provider's other https origins, where a redirect keeps the key (`x-mediagen-trusted-origins`). */
  trustedOrigins?: readonly string[];
  /** Callbacks and webhooks that report a job's end, by name. */
  pushes?: Readonly<Record<string, JobPushMetadata>>;
  /** Which documented error answers which refused request, for every operation. */
  errorMap?: ErrorMap;
}

/** Rules a provider documents that JSON Schema cannot say (`x-mediagen-rules`); checked by validation/check-rules.ts. */
export type InputRule =
  /** The product of the numeric fields is within the bounds (width × height ≤ 4 MP). */
  | ({ rule: 'product'; fields: readonly string[] } & Bounds)
  /** The sum of the numeric fields (every element of a `*` pointer) is within the bounds. */
  | ({ rule: 'sum'; fields: readonly string[]; equals?: string } & Bounds)
  /** The number is `offset` more than a multiple of `step` (8n + 1: step 8, offset 1). */
  | { rule: 'step'; field: string; step: number; offset: number }
  /** The string is a `separator`-separated list of tags, each one of `vocabulary` (case-insensitive). */
  | { rule: 'tags'; field: string; separator: string; vocabulary: readonly string[] }
  /** When any field in `when` is present, at least one field in `requires` is present too. */
  | { rule: 'requires'; when: readonly string[]; requires: readonly string[] };

/** Inclusive bounds; at least one is given. */
export interface Bounds {
  minimum?: number;
  maximum?: number;
}

export type InputRuleName = InputRule['rule'];

/** Documented prices as formulas over a request body (`x-mediagen-price-formulas`); evaluated by pricing/price-formula.ts. */
export type PriceCondition =
  | { present: string }
  | { equals: readonly [pointer: string, value: unknown] };

export type PriceExpression =
  | number
  /** A number in the body; `default` when it is absent. */
  | { field: string; default?: PriceExpression }
  /** A number written in a string, such as `192k` → 192. */
  | { number: string; default?: PriceExpression }
  /** An array's items or a string's characters. */
  | { count: string }
  /** A string's words. */
  | { words: string }
  | { add: readonly PriceExpression[] }
  | { mul: readonly PriceExpression[] }
  | { div: readonly [PriceExpression, PriceExpression] }
  | { max: readonly PriceExpression[] }
  | { min: readonly PriceExpression[] }
  | { ceil: PriceExpression }
  /** `value` when the condition holds, else `otherwise` (no price when that is absent). */
  | { when: PriceCondition; value: PriceExpression; otherwise?: PriceExpression }
  /** The price of the first step whose bound is at least `value`; none beyond the last. */
  | { bands: { value: PriceExpression; steps: readonly (readonly [number, number])[] } };

export interface PriceFormulas {
  /** Pointer to the body value that picks the formula, such as `/task`. */
  selector: string;
  currency: string;
  formulas: Readonly<Record<string, PriceExpression>>;
}
