/**
 * A list operation's body over the mock's real jobs, newest first. Each item is the documented item
 * of the same state overlaid with the job's current status body, then with the submitted values of
 * the fields it carries (`model`, `generation_type`), which are truer than any example's. A query
 * parameter that names an item field filters on it; `limit` caps the count.
 */
import type { JobListMetadata, JobReader } from '@mediagen/runtime';
import { readFirst, readPointer } from '@mediagen/runtime/provider';
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
  // The job's own id and state are never taken from what was submitted.
  const own = new Set([list.id, list.state].map((p) => p.split('/')[1]));
  let items = [...jobs].reverse().map((job) => {
    const state = bucketOf(list, job.body);
    const template = templates.find((t) => bucketOf(list, t) === state) ?? templates[0] ?? {};
    const item: Item = { ...structuredClone(template), ...(job.body as Item) };
    const submitted = (job.submittedBody ?? {}) as Item;
    for (const field of new Set([...fields, ...Object.keys(item)])) {
      const value = submitted[field];
      if (own.has(field) || value === null || value === undefined || typeof value === 'object')
        continue;
      item[field] = value;
    }
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
