/**
 * Prism's reasons for refusing a request, as JSON pointers into the request: `/body/duration`,
 * `/query/task_id`, `/body/model` for a missing required `model`. Prism reports them in its
 * `sl-violations` header, or in the `validation` member of its own problem+json body.
 */
import { escapeSegment } from './escape-segment.js';

export interface Violation {
  pointer: string;
  keyword: string;
  message: string;
  /**
   * The failure is about the values below `pointer` taken together (an `x-mediagen-rules` sum of
   * `/multi_prompt/*\/duration` is reported at `/multi_prompt`), so a rule for those values fits.
   */
  whole?: boolean;
}

interface PrismViolation {
  location?: unknown[];
  code?: unknown;
  message?: unknown;
}

export function readViolations(header: string | null, body: unknown): Violation[] {
  let raw: PrismViolation[] = [];
  try {
    if (header) raw = JSON.parse(header) as PrismViolation[];
  } catch {
    raw = [];
  }
  const problem = body as { validation?: PrismViolation[] } | null;
  if (raw.length === 0 && Array.isArray(problem?.validation)) raw = problem.validation;
  return raw.flatMap((v) => {
    if (!Array.isArray(v.location)) return [];
    const segments = v.location.map(String);
    if (segments[0] === 'request') segments.shift();
    const keyword = String(v.code ?? '');
    const message = String(v.message ?? '');
    const missing = keyword === 'required' ? /property '([^']+)'/.exec(message)?.[1] : undefined;
    if (missing) segments.push(missing);
    const pointer = segments.map((s) => `/${escapeSegment(s)}`).join('');
    return [{ pointer, keyword, message }];
  });
}
