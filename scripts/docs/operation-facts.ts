import type {
  JobPushMetadata,
  JobReader,
  JobStates,
  OperationLink,
  OperationMetadata,
  ProviderMetadata,
} from '@mediagen/runtime';
import { describeFormulas, describePrices, fieldName } from './describe-price.ts';
import { describeIdempotency, describeRateLimit, describeRetry } from './describe-retry.ts';
import { describeSchedule } from './describe-schedule.ts';
import { formatDuration } from './format-duration.ts';

/** One labelled fact about an operation, in words; `items` become a nested list. */
export interface Fact {
  label: string;
  text: string;
  items?: string[];
}

const code = (value: string) => `\`${value}\``;
const codes = (values: readonly string[]) => values.map(code).join(', ');
const opName = (metadata: ProviderMetadata, id: string) => {
  const op = metadata.operations[id];
  return op ? `${code(id)} (${op.method.toUpperCase()} ${op.path})` : code(id);
};

/** A job's states, bucketed as the runtime reads them. */
export function describeStates(states: JobStates): string {
  const bucket = (name: string, values: readonly string[]) =>
    `${name} ${values.length > 0 ? codes(values) : 'none documented'}`;
  const ends = [
    bucket('succeeded', states.succeeded),
    bucket('failed', states.failed),
    bucket('cancelled', states.cancelled),
  ].join('; ');
  const running = states.running.length > 0 ? `${codes(states.running)}, and ` : '';
  return `${ends}. Still running: ${running}any state the spec does not list.`;
}

function describeReader(reader: JobReader): string {
  const parts = [`state at ${code(reader.state)}`, `outputs at ${codes(reader.outputs)}`];
  if (reader.progress) parts.push(`progress (0-100) at ${code(reader.progress)}`);
  const error = [reader.error?.message, reader.error?.code].filter((p) => p !== undefined);
  if (error.length > 0) parts.push(`error at ${codes(error)}`);
  return parts.join(', ');
}

function describeLinkSource(link: OperationLink): string {
  return Object.entries(link.parameters)
    .map(([name, source]) => {
      if (source.from !== 'response.body') return `${code(name)} from the request's ${source.name}`;
      const tried = [source.pointer, ...(source.fallbacks ?? [])];
      return `${code(name)} from the answer's ${tried.map(code).join(', else ')}`;
    })
    .join('; ');
}

function describePush(push: JobPushMetadata, name: string): string {
  const how =
    push.kind === 'callback' && push.submit
      ? `when the job ends the provider posts to the URL you give in ${fieldName(push.submit.urlField)} (callback ${code(name)})`
      : `webhook ${code(name)}, registered once, reports the job's end`;
  const token = push.token
    ? `; it echoes a token in the ${push.token.in} ${code(push.token.name)}, which the client's push handler checks`
    : "; nothing documented proves a delivery real, so the client's push handler needs your own verify function";
  const delivery = push.delivery
    ? `; delivery: ${formatDuration(push.delivery.timeoutMs)} per attempt, retried after ${push.delivery.retryDelaysMs.map(formatDuration).join(', ')} on ${push.delivery.retryOn.join(', ')}`
    : '';
  return `${how}${token}${delivery}.`;
}

function pushesFor(metadata: ProviderMetadata, submitId: string | undefined, statusId: string) {
  return Object.entries(metadata.pushes ?? {}).filter(([, push]) =>
    push.kind === 'callback'
      ? push.submit?.operationId === submitId
      : push.statusOperations.includes(statusId),
  );
}

const SCHEDULE_WORDS: Record<string, string> = {
  initialDelayMs: 'first check',
  intervalMs: 'interval',
  incrementMs: 'growth',
  multiplier: 'growth',
  maxIntervalMs: 'cap',
  sequenceMs: 'delays',
  timeoutMs: 'timeout',
};

/** Which parts of a poll schedule a submit sets itself: `The first check and timeout are`. */
function ownSchedule(schedule: object): string {
  const parts = [...new Set(Object.keys(schedule).map((key) => SCHEDULE_WORDS[key] ?? key))];
  const named =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `The ${named} ${parts.length > 1 ? 'are' : 'is'}`;
}

function submitFacts(metadata: ProviderMetadata, id: string, op: OperationMetadata): Fact[] {
  const link = op.status!;
  const status = metadata.operations[link.operationId]!;
  const job = status.job!;
  const each = link.each ? ', one job per element' : '';
  const early = op.submitJob
    ? ' Its answer may already report the job ended; then no poll is made.'
    : '';
  const cancel = status.cancel
    ? ` Cancel with ${opName(metadata, status.cancel.operationId)}.`
    : '';
  const own = op.schedule
    ? ` ${ownSchedule(op.schedule)} this operation's own; the rest is the status operation's.`
    : '';
  return [
    {
      label: 'Job',
      text: `starts a job${each}, polled with ${opName(metadata, link.operationId)}: ${describeLinkSource(link)}.${early}${cancel}`,
    },
    {
      label: 'Poll schedule',
      text: `${describeSchedule({ ...job.schedule, ...op.schedule })}.${own}`,
    },
    { label: 'Terminal states', text: describeStates(job.states) },
    ...pushesFor(metadata, id, link.operationId).map(([name, push]) => ({
      label: 'Push',
      text: describePush(push, name),
    })),
  ];
}

function statusFacts(metadata: ProviderMetadata, id: string, op: OperationMetadata): Fact[] {
  const job = op.job!;
  const submits = Object.entries(metadata.operations)
    .filter(([, other]) => other.status?.operationId === id)
    .map(([submitId, other]) =>
      other.schedule ? `${code(submitId)} (own schedule)` : code(submitId),
    );
  const facts: Fact[] = [
    {
      label: 'Job status',
      text: `reads ${describeReader(job)}${submits.length > 0 ? `; polls the jobs of ${submits.join(', ')}` : ''}.`,
    },
    { label: 'Poll schedule', text: `${describeSchedule(job.schedule)}.` },
    { label: 'Terminal states', text: describeStates(job.states) },
  ];
  if (job.refund) facts.push({ label: 'Refund', text: describeRefund(job.refund) });
  if (op.cancel) {
    facts.push({ label: 'Cancel', text: `with ${opName(metadata, op.cancel.operationId)}.` });
  }
  for (const [name, push] of pushesFor(metadata, undefined, id)) {
    facts.push({ label: 'Push', text: describePush(push, name) });
  }
  return facts;
}

function describeRefund(refund: { credits?: string; status?: string }): string {
  const parts = [
    refund.credits ? `refunded credits at ${code(refund.credits)}` : undefined,
    refund.status ? `the refund's status at ${code(refund.status)}` : undefined,
  ].filter((p) => p !== undefined);
  return `${parts.join(', ')}.`;
}

function priceFacts(op: OperationMetadata): Fact[] {
  if (op.prices) return [{ label: 'Price', text: `${describePrices(op.prices)}.` }];
  if (op.priceFormulas) {
    return [
      {
        label: 'Price',
        text: `an estimate, never a bill (\`estimatePrice\`), by ${fieldName(op.priceFormulas.selector)}:`,
        items: describeFormulas(op.priceFormulas),
      },
    ];
  }
  if (op.paid) {
    return [
      {
        label: 'Price',
        text: 'paid: it creates billable work, but the spec declares no price for it (no `x-mediagen-prices` or price formula).',
      },
    ];
  }
  return [{ label: 'Price', text: 'free: it creates no billable work.' }];
}

function uploadFacts(op: OperationMetadata): Fact[] {
  const facts: Fact[] = [];
  if (op.maxUploadBytes) {
    const mb = op.maxUploadBytes / 1024 / 1024;
    facts.push({ label: 'Upload limit', text: `${Math.round(mb * 100) / 100} MiB per file.` });
  }
  for (const [part, types] of Object.entries(op.partMediaTypes ?? {})) {
    facts.push({ label: 'Part types', text: `${code(part)}: ${types.join(', ')}.` });
  }
  return facts;
}

/** Every `x-mediagen-*` fact that applies to one operation, in words, from the generated metadata. */
export function operationFacts(metadata: ProviderMetadata, id: string): Fact[] {
  const op = metadata.operations[id];
  if (!op) throw new Error(`${metadata.id}: no operation ${id} in the metadata`);
  const facts: Fact[] = [];
  if (op.status) facts.push(...submitFacts(metadata, id, op));
  if (op.job) facts.push(...statusFacts(metadata, id, op));
  if (op.jobList) {
    facts.push({
      label: 'Job list',
      text: `reports the jobs of ${codes(op.jobList.statusOperations)} in bulk (items at ${code(op.jobList.items)}, id at ${code(op.jobList.id)}): ${describeReader(op.jobList)}.`,
    });
    facts.push({ label: 'Terminal states', text: describeStates(op.jobList.states) });
  }
  if (op.refund) facts.push({ label: 'Refund', text: describeRefund(op.refund) });
  const cancels = Object.entries(metadata.operations).filter(
    ([, other]) => other.cancel?.operationId === id,
  );
  if (cancels.length > 0) {
    facts.push({ label: 'Cancels', text: `jobs read by ${codes(cancels.map(([c]) => c))}.` });
  }
  facts.push(...priceFacts(op), ...uploadFacts(op));
  facts.push(
    { label: 'Rate limit', text: describeRateLimit(op.rateLimit) },
    { label: 'Idempotency', text: describeIdempotency(op) },
    { label: 'Retry advice', text: describeRetry(op, metadata.retry) },
  );
  return facts;
}

/** The facts of a push (callback or webhook) operation. */
export function pushFacts(metadata: ProviderMetadata, name: string): Fact[] {
  const push = metadata.pushes?.[name];
  if (!push) return [];
  return [
    { label: 'Push', text: describePush(push, name) },
    {
      label: 'Job',
      text: `reports the jobs of ${codes(push.statusOperations)}: job id at ${code(push.id)}, ${describeReader(push)}.`,
    },
    { label: 'Terminal states', text: describeStates(push.states) },
  ];
}
