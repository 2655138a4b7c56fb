/**
 * The batch journal: one JSON line per event, each written and flushed to disk (fdatasync) before
 * the step it records goes on. Before a submit it holds the line's idempotency key; after it, the
 * job handles; when the job ends, its result. A run killed at any moment leaves at worst one torn
 * last line, which is ignored: the event it held was not yet acted on. Keys are never in it.
 */
import { type FileHandle, open, readFile } from 'node:fs/promises';
import type { JobHandle } from '@mediagen/runtime';

export interface LineResult {
  line: number;
  provider?: string;
  job?: string;
  status: 'succeeded' | 'failed' | 'cancelled' | 'invalid' | 'unknown' | 'error';
  outputs: string[];
  files?: string[];
  /** `mediagen wait <token>` for each job of the line. */
  tokens?: string[];
  error?: { name: string; message: string; exitCode: number };
}

export type JournalEvent =
  | { event: 'submitting'; line: number; hash: string; idempotencyKey?: string }
  | { event: 'submitted'; line: number; handles: JobHandle[] }
  | { event: 'settled'; line: number; hash: string; result: LineResult };

/** Every complete event in the journal's text; a torn last line (a write cut by a kill) is dropped. */
export function parseJournal(text: string): JournalEvent[] {
  const events: JournalEvent[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line) as JournalEvent);
    } catch (error) {
      if (i < lines.length - 1 && lines.slice(i + 1).some((l) => l.trim()))
        throw new Error(`The journal's line ${i + 1} is not JSON; it was edited or corrupted.`, {
          cause: error,
        });
    }
  }
  return events;
}

export class Journal {
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly file: FileHandle) {}

  static async open(path: string): Promise<{ journal: Journal; events: JournalEvent[] }> {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const file = await open(path, 'a', 0o600);
    // A torn last line gets its own line end, so the next event starts clean.
    if (text && !text.endsWith('\n')) await file.appendFile('\n');
    return { journal: new Journal(file), events: parseJournal(text) };
  }

  /** Resolves once the event is on disk. */
  append(event: JournalEvent): Promise<void> {
    const write = this.queue.then(async () => {
      await this.file.appendFile(`${JSON.stringify(event)}\n`);
      await this.file.datasync();
    });
    this.queue = write.catch(() => {});
    return write;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.file.close();
  }
}
