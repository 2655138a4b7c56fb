/**
 * A list operation's body over the mock's real jobs, newest first. Each item starts from the
 * documented item of the same state, copies the submitted fields the documented items carry
 * (`model`, `generation_type`) and takes the job's current status body. A query parameter that names
 * an item field filters on it; `limit` caps the count.
 */
import { type JobListMetadata, type JobReader, readFirst, readPointer } from '@mediagen/runtime';
import { writePointer } from './write-pointer.js';

export interface ListedJob {
  id: string;
  submittedBody: unknown;
  /** The job's status body right now. */
  body: unknown;
}

type Item = Record<string, unknown>;

const bucketOf = (reader: JobReader, value: unknown) => {
  const state = String(readFirst(value, reader.state));
  return (Object.keys(reader.states) as (keyof JobReader['states'])[]).find((b) =>
    reader.states[b].includes(state),
  );
};

export function listJobs(
  documented: unknown,
  list: JobListMetadata,
  jobs: readonly ListedJob[],
  query: URLSearchParams,
): unknown {
  const body = structuredClone(documented);
  const templates = (readFirst(body, list.items) ?? []) as Item[];
  if (!Array.isArray(templates)) return body;
  const fields = new Set(templates.flatMap((t) => Object.keys(t ?? {})));
  let items = [...jobs].reverse().map((job) => {
    const state = bucketOf(list, job.body);
    const template = templates.find((t) => bucketOf(list, t) === state) ?? templates[0] ?? {};
    const item: Item = { ...structuredClone(template) };
    const submitted = (job.submittedBody ?? {}) as Item;
    for (const field of fields) {
      const value = submitted[field];
      if (value !== null && value !== undefined && typeof value !== 'object') item[field] = value;
    }
    Object.assign(item, job.body as Item);
    writePointer(item, list.id, job.id);
    return item;
  });
  for (const [name, value] of query) {
    if (name === 'limit') continue;
    if (!fields.has(name) && !items.some((i) => name in i)) continue;
    items = items.filter((i) => readPointer(i, `/${name}`).some((v) => String(v) === value));
  }
  const limit = Number(query.get('limit'));
  if (Number.isInteger(limit) && limit > 0) items = items.slice(0, limit);
  writePointer(body, list.items, items);
  return body;
}
