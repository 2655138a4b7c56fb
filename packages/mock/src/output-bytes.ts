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
    default:
      return Buffer.from(text(file, `mediagen mock output ${n} of job ${jobId}`));
  }
}
