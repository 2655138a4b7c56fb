/** A transcript as the AI SDK's transcription result carries it. */
export interface Transcript {
  text: string;
  segments: TimedText[];
  words?: TimedText[];
  language: string | undefined;
  durationInSeconds: number | undefined;
}

export interface TimedText {
  text: string;
  startSecond: number;
  endSecond: number;
}

const TEXT_FIELDS = ['text', 'transcript', 'transcription', 'lyrics'];
const LIST_FIELDS = { segments: ['segments'], words: ['words', 'word_timings', 'wordTimings'] };

function firstOf(object: Record<string, unknown>, names: string[]): unknown {
  return names.map((name) => object[name]).find((value) => value !== undefined);
}

function numberOf(item: Record<string, unknown>, names: string[]): number | undefined {
  const value = firstOf(item, names);
  return typeof value === 'number' ? value : undefined;
}

function timed(list: unknown): TimedText[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const entry = item as Record<string, unknown>;
    const text = firstOf(entry, ['text', 'word']);
    const startSecond = numberOf(entry, ['start', 'startSecond', 'start_time']);
    const endSecond = numberOf(entry, ['end', 'endSecond', 'end_time']);
    if (typeof text !== 'string' || startSecond === undefined || endSecond === undefined) return [];
    return [{ text: text.trim(), startSecond, endSecond }];
  });
}

/**
 * Reads a transcript from what a provider returned: plain text, or a JSON object. Neither Killa
 * Tamata's annotation JSON nor Horacle's speech-to-text answer is documented field by field, so
 * this takes the usual Whisper names (`text`/`transcript`/`lyrics`; `segments` and `words` with
 * `start`/`end` in seconds; `language`; `duration`) and builds the text from the words or segments
 * when no text field is there. Undefined when nothing reads as a transcript.
 */
export function readTranscript(value: unknown): Transcript | undefined {
  if (typeof value === 'string') {
    return { text: value.trim(), segments: [], language: undefined, durationInSeconds: undefined };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const object = value as Record<string, unknown>;
  const segments = timed(firstOf(object, LIST_FIELDS.segments));
  const words = timed(firstOf(object, LIST_FIELDS.words));
  const named = firstOf(object, TEXT_FIELDS);
  const pieces = segments.length > 0 ? segments : words;
  const text = typeof named === 'string' ? named.trim() : pieces.map((p) => p.text).join(' ');
  if (text === '' && pieces.length === 0) return undefined;
  const language = object.language;
  const duration = numberOf(object, ['duration', 'durationSeconds', 'duration_seconds']);
  return {
    text,
    segments,
    ...(words.length > 0 ? { words } : {}),
    language: typeof language === 'string' ? language : undefined,
    durationInSeconds: duration,
  };
}
