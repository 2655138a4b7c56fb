/**
 * Which kind of file a job's output is, decided from what the spec and the job say about it: the
 * output field's own name (`videoUrl`), the job's submit (`generation_type: text-to-video`,
 * `task: audio.speak`, the operation `generateDialogue`), the media type written beside the URL
 * (`media_type: audio`) and the placeholder URL's extension, in that order.
 */

export type OutputKind = 'image' | 'video' | 'audio' | 'text';

export interface OutputFile {
  kind: OutputKind;
  ext: 'png' | 'mp4' | 'wav' | 'mp3' | 'txt' | 'vtt' | 'srt' | 'json';
  contentType: string;
}

export interface OutputHints {
  /** The output field's name, the last named segment of its pointer (`videoUrl`, `url`). */
  key?: string;
  /** Identifier-like words of the job's submit: short body values, then its operation id and path. */
  job?: readonly string[];
  /** A media type beside the URL (`media_type`, `mime_type`): a kind word or a MIME type. */
  declared?: string;
  /** The documented placeholder URL the mock replaces. */
  placeholder?: string;
}

const WORDS: Record<OutputKind, readonly string[]> = {
  video: ['video', 'videos', 'clip', 'clips', 'movie', 'animate', 'animation', 'lipsync', 'mp4'],
  audio: [
    'audio',
    'speech',
    'tts',
    'voice',
    'music',
    'song',
    'dialogue',
    'sound',
    'sfx',
    'separation',
    'stem',
    'vocals',
    'instrumental',
    'speak',
    'mp3',
    'mpeg',
    'wav',
  ],
  image: ['image', 'images', 'photo', 'picture', 'img', 'png', 'jpg', 'jpeg', 'webp'],
  text: [
    'text',
    'transcript',
    'transcription',
    'transcribe',
    'captions',
    'subtitles',
    'srt',
    'vtt',
  ],
};

const KIND_OF = new Map(
  (Object.entries(WORDS) as [OutputKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((w) => [w, kind] as const),
  ),
);

/** `generateTextToVideo`, `text-to-video`, `audio.speak` → lower-case words. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The kind some words name. What comes after `to` is the output (`image-to-video`); the word `text`
 * counts only there, since most inputs are text.
 */
export function kindOfWords(words: readonly string[]): OutputKind | undefined {
  const to = words.indexOf('to');
  const target = to >= 0 ? KIND_OF.get(words[to + 1] ?? '') : undefined;
  if (target) return target;
  for (const word of words) {
    const kind = KIND_OF.get(word);
    if (kind && word !== 'text') return kind;
  }
  return undefined;
}

/** A MIME type's kind: `audio/mpeg` → audio, `text/vtt` → text. */
function kindOfDeclared(declared: string): OutputKind | undefined {
  const top = declared.toLowerCase().split('/')[0]!;
  if (top === 'image' || top === 'video' || top === 'audio' || top === 'text') return top;
  return kindOfWords(wordsOf(declared));
}

/**
 * Words that make an output a JSON document rather than media: Killa Tamata's
 * `audio.annotation.reference` "returns a downloadable JSON annotation" although its task names audio.
 */
const DATA_WORDS = new Set(['annotation', 'annotations', 'alignment', 'json']);
const JSON_FILE: OutputFile = { kind: 'text', ext: 'json', contentType: 'application/json' };

function extensionOf(url: string | undefined): string[] {
  if (!url) return [];
  const path = url.split(/[?#]/)[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 ? [last.slice(dot + 1).toLowerCase()] : [];
}

export function decideOutputFile(hints: OutputHints): OutputFile {
  const ext = extensionOf(hints.placeholder);
  const declared = hints.declared ? wordsOf(hints.declared) : [];
  const keyKind = hints.key ? kindOfWords(wordsOf(hints.key)) : undefined;
  // A field named for a medium (`audioUrl`) is that medium, whatever the job's words say.
  if (!keyKind && [...(hints.job ?? []), ...declared, ...ext].some((w) => DATA_WORDS.has(w)))
    return JSON_FILE;
  const kind =
    keyKind ??
    kindOfWords(hints.job ?? []) ??
    (hints.declared ? kindOfDeclared(hints.declared) : undefined) ??
    kindOfWords(ext) ??
    'image';
  // The declared format wins, then the placeholder's, then the job's own words (`output_format`).
  const said = [...declared, ...ext, ...(hints.job ?? [])];
  if (kind === 'video') return { kind, ext: 'mp4', contentType: 'video/mp4' };
  if (kind === 'image') return { kind, ext: 'png', contentType: 'image/png' };
  if (kind === 'audio') {
    const mp3 = said.findIndex((w) => w === 'mp3' || w === 'mpeg');
    const wav = said.findIndex((w) => w === 'wav' || w === 'wave');
    return mp3 >= 0 && (wav < 0 || mp3 < wav)
      ? { kind, ext: 'mp3', contentType: 'audio/mpeg' }
      : { kind, ext: 'wav', contentType: 'audio/wav' };
  }
  if (said.includes('vtt')) return { kind, ext: 'vtt', contentType: 'text/vtt; charset=utf-8' };
  if (said.includes('srt'))
    return { kind, ext: 'srt', contentType: 'application/x-subrip; charset=utf-8' };
  return { kind, ext: 'txt', contentType: 'text/plain; charset=utf-8' };
}
