/**
 * The OpenAPI 3.1 document as the scripts read it: a bundled spec (`$ref`s to components left in
 * place) or a dereferenced one (no `$ref`s). Minimal on purpose: only the parts the generator and
 * the spec diff read, with the `x-mediagen-*` extensions typed as a spec author may write them.
 * Nothing here is checked yet: every reader validates the part it reads and says how to fix it.
 */
import type {
  JobStates,
  ParameterLocation,
  PollSchedule,
  RetryPolicy,
} from '../../packages/runtime/src/provider-metadata.ts';

/** Any other `x-…` key: read by nothing until a reader names it, so its value is unknown. */
export interface Extensions {
  [key: `x-${string}`]: unknown;
}

/** `x-mediagen-assumption`: a note on a guess, dropped from generated metadata. */
export interface Noted {
  'x-mediagen-assumption'?: string | string[];
}

export type HttpMethodName = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
/** Every method a path item may hold an operation under (the client sends no TRACE). */
export const PATH_ITEM_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

const isMethod = (key: string): key is (typeof PATH_ITEM_METHODS)[number] =>
  (PATH_ITEM_METHODS as readonly string[]).includes(key);

/** The operations of a path item in document order (which orders pushes in generated code). */
export function operationsIn(item: PathItem | undefined): [method: string, Operation][] {
  return Object.keys(item ?? {})
    .filter(isMethod)
    .map((method) => [method, item?.[method] as Operation]);
}

export interface OpenApiDocument extends Extensions {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string };
  servers?: { url: string }[];
  security?: SecurityRequirement[];
  paths?: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  components?: Components;
  'x-mediagen-provider'?: ProviderExtension;
  'x-mediagen-retry'?: RetryExtension;
  'x-mediagen-errors'?: { code?: string; message?: string; retryAfter?: string } & Noted;
  'x-mediagen-error-map'?: unknown;
  'x-mediagen-trusted-origins'?: { origins?: unknown };
}

export interface Components {
  schemas?: Record<string, Schema>;
  securitySchemes?: Record<string, SecurityScheme>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface SecurityScheme extends Extensions {
  type: string;
  scheme?: string;
  in?: string;
  name?: string;
}

export type PathItem = Extensions & {
  parameters?: Parameter[];
} & { [method in (typeof PATH_ITEM_METHODS)[number]]?: Operation };

export interface Operation extends Extensions {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: SecurityRequirement[];
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses?: Record<string, Response>;
  callbacks?: Record<string, Callback>;
  'x-mediagen-paid'?: boolean;
  'x-mediagen-idempotency'?: { header?: string } & Noted;
  'x-mediagen-rate-limit'?: { group: string; requests: number; perSeconds: number } & Noted;
  'x-mediagen-price-formulas'?: PriceFormulasExtension;
  'x-mediagen-schedule'?: Partial<PollSchedule> & Noted;
  'x-mediagen-job-status'?: JobStatusExtension;
  'x-mediagen-job-list'?: JobListExtension;
  'x-mediagen-refund'?: JobReaderExtension['refund'] & Noted;
  'x-mediagen-submit-job'?: JobReaderExtension;
  'x-mediagen-job-push'?: JobPushExtension;
  'x-mediagen-callback-delivery'?: unknown;
  'x-mediagen-error-map'?: unknown;
}

/** A callback: runtime expression of its URL → the path item the provider calls. */
export type Callback = Record<string, PathItem>;

export interface Parameter extends Extensions {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  schema?: Schema;
  'x-mediagen-allow-reserved'?: boolean;
}

export interface RequestBody extends Extensions {
  required?: boolean;
  content?: Record<string, MediaType>;
}

export interface MediaType extends Extensions {
  schema?: Schema;
  examples?: Record<string, Example>;
  encoding?: Record<string, { contentType?: string }>;
}

export interface Example extends Extensions {
  value?: unknown;
  'x-mediagen-when'?: unknown;
}

export interface Response extends Extensions {
  description?: string;
  content?: Record<string, MediaType>;
  links?: Record<string, Link>;
}

export interface Link extends Extensions {
  operationId?: string;
  parameters?: Record<string, string>;
  'x-mediagen-role'?: string;
  'x-mediagen-fallbacks'?: Record<string, string[]>;
  'x-mediagen-each'?: boolean;
}

/** A JSON Schema (2020-12, as OpenAPI 3.1 embeds it; `nullable` where a 3.0 spec still has it). */
export interface Schema extends Extensions {
  $ref?: string;
  title?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  'x-mediagen-prices'?: Record<string, unknown> & Noted;
  'x-mediagen-max-bytes'?: number;
  'x-mediagen-rules'?: unknown;
  [keyword: string]: unknown;
}

export interface ProviderExtension extends Noted {
  id?: string;
  name?: string;
  apiKeyEnv?: string;
  securityScheme?: string;
}

export type RetryExtension = Partial<RetryPolicy> & Noted;

export interface PriceFormulasExtension extends Noted {
  selector?: unknown;
  currency?: string;
  formulas?: Record<string, unknown>;
}

/** How a job is read from a body: the fields of the runtime's `JobReader`, as yet unchecked. */
export interface JobReaderExtension extends Noted {
  state?: string;
  states?: Partial<JobStates>;
  outputs?: readonly string[];
  progress?: string;
  error?: { message?: string; code?: string };
  refund?: { credits?: string; status?: string };
  failedWhen?: readonly string[];
}

export interface JobStatusExtension extends JobReaderExtension {
  schedule?: Partial<PollSchedule> & Noted;
}

export interface JobListExtension extends JobReaderExtension {
  items?: string;
  id?: string;
  statusOperations?: readonly string[];
}

export interface JobPushExtension extends JobReaderExtension {
  id?: unknown;
  token?: { in?: unknown; name?: unknown };
  statusOperations?: unknown;
  idFallbacks?: unknown;
}
