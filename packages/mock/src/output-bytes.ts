/** The bytes of a job's output file: small, valid, and the same for the same job and index. */
import { createHash } from 'node:crypto';
import type { OutputFile } from './output-kind.js';
import { tinyMp3 } from './tiny-mp3.js';
import { tinyMp4 } from './tiny-mp4.js';
import { tinyPng } from './tiny-png.js';
import { tinyWav } from './tiny-wav.js';

function text(file: OutputFile, line: string): string {
  if (file.ext === 'vtt') return `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${line}\n`;
  if (file.ext === 'srt') return `1\n00:00:00,000 --> 00:00:01,000\n${line}\n`;
  return `${line}\n`;
}

/**
 * A small annotation in the shape the doc describes for Killa Tamata's JSON output (lyrics, word
 * timings, sections, beats, QA metadata). The field names are the mock's: the doc lists none.
 */
function annotation(line: string): string {
  const words = line.split(' ').map((text, i) => ({ text, start: i * 0.5, end: i * 0.5 + 0.4 }));
  const end = words.length * 0.5;
  return `${JSON.stringify({
    lyrics: line,
    words,
    sections: [{ label: 'verse', start: 0, end }],
    beats: words.map((w) => w.start),
    qa: { source: 'mediagen mock' },
  })}\n`;
}

export function outputBytes(file: OutputFile, jobId: string, n: number): Buffer {
  const [a = 0, b = 0, c = 0] = createHash('sha256').update(`${jobId}/${n}`).digest();
  switch (file.ext) {
    case 'png':
      return tinyPng([a, b, c]);
    case 'mp4':
      return tinyMp4([16 + (a % 220), 16 + (b % 225), 16 + (c % 225)]);
    case 'wav':
      return tinyWav(220 + (a % 100) * 4);
    case 'mp3':
      return tinyMp3();
    case 'json':
      return Buffer.from(annotation(`mediagen mock output ${n} of job ${jobId}`));
    default:
      return Buffer.from(text(file, `mediagen mock output ${n} of job ${jobId}`));
  }
}
