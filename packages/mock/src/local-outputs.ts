/**
 * Real outputs on the mock's own origin: every output URL of a finished job's body (the reader's
 * `outputs` pointers) becomes `<origin>/__mediagen/outputs/<jobId>/<n>.<ext>`, where the mock serves
 * a small valid file of the output's kind. A media type written beside the URL is made to fit.
 */
import type { JsonPointer } from '@mediagen/runtime';
import { unescapeSegment } from './escape-segment.js';
import { decideOutputFile, type OutputFile, wordsOf } from './output-kind.js';

export const OUTPUTS_PATH = '/__mediagen/outputs/';

/** What the mock knows of a job when it names its outputs. */
export interface OutputJob {
  id: string;
  /** Identifier-like words of the submit (`jobWords`). */
  words: readonly string[];
}

type Json = Record<string, unknown>;

/** Calls `visit` with the parent and key of every value a pointer (with `*` segments) names. */
export function visitPointer(
  value: unknown,
  pointer: JsonPointer,
  visit: (parent: Json, key: string) => void,
): void {
  const segments = pointer.slice(1).split('/').map(unescapeSegment);
  const walk = (node: unknown, at: number) => {
    if (node === null || typeof node !== 'object') return;
    const segment = segments[at]!;
    const keys = segment === '*' ? Object.keys(node) : segment in node ? [segment] : [];
    for (const key of keys) {
      if (at === segments.length - 1) visit(node as Json, key);
      else walk((node as Json)[key], at + 1);
    }
  };
  if (pointer !== '') walk(value, 0);
}

const DECLARED_KEY = /^(media|mime|content)[_-]?type$/i;

/** A sibling that says the output's media type: `media_type: image`, `mimeType: audio/mpeg`. */
function declaredBeside(parent: Json): [string, string] | undefined {
  for (const [key, value] of Object.entries(parent))
    if (typeof value === 'string' && DECLARED_KEY.test(key)) return [key, value];
  return undefined;
}

/** The last named segment of a pointer: `/output/videoUrl` → `videoUrl`. */
function keyOf(pointer: JsonPointer): string | undefined {
  return pointer
    .split('/')
    .filter((s) => s !== '*' && !/^\d+$/.test(s))
    .at(-1);
}

/** What the mock knows of a submit when it names its job's outputs. */
export interface SubmitWords {
  operationId: string;
  /** The operation's path template. */
  template?: string;
  body: unknown;
  /** Path parameter values (`/models/{slug}`). */
  path?: Readonly<Record<string, string>>;
  /** Documented models' kinds (`documentedModelKinds`). */
  models?: ReadonlyMap<string, string>;
}

/**
 * The words a submit says about its output: the documented kind of a model it names, its short
 * identifier-like body values (`text-to-video`, `audio.speak`, `mp3_44100_128`; never URLs or
 * prose), then the operation's id and path.
 */
export function jobWords(submit: SubmitWords): string[] {
  const { body } = submit;
  const values = [
    ...(body && typeof body === 'object' && !Array.isArray(body) ? Object.values(body) : []),
    ...Object.values(submit.path ?? {}),
  ].filter(
    (v): v is string =>
      typeof v === 'string' && v.length <= 64 && /^[\w.:/-]+$/.test(v) && !v.includes('://'),
  );
  const models = values.flatMap((v) => submit.models?.get(v) ?? []);
  return [...models, ...values, submit.operationId, submit.template ?? ''].flatMap(wordsOf);
}

/**
 * Rewrites the output URLs in `body` in place and returns each output's file, by index. The index
 * counts outputs in pointer order, so a status body, a list item and a push of one job agree.
 */
export function localizeOutputs(
  body: unknown,
  pointers: readonly JsonPointer[],
  job: OutputJob,
  origin: string,
): OutputFile[] {
  const files: OutputFile[] = [];
  for (const pointer of pointers) {
    const key = keyOf(pointer);
    visitPointer(body, pointer, (parent, at) => {
      const placeholder = parent[at];
      if (typeof placeholder !== 'string' || placeholder === '') return;
      const declared = declaredBeside(parent);
      const file = decideOutputFile({
        ...(key ? { key } : {}),
        job: job.words,
        ...(declared ? { declared: declared[1] } : {}),
        placeholder,
      });
      const n = files.push(file) - 1;
      parent[at] = `${origin}${OUTPUTS_PATH}${encodeURIComponent(job.id)}/${n}.${file.ext}`;
      if (declared)
        parent[declared[0]] = declared[1].includes('/')
          ? file.contentType.split(';')[0]!
          : file.kind;
    });
  }
  return files;
}
