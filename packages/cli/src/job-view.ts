/**
 * How a running job is shown: a live line redrawn in place on a terminal (log-update, on stderr),
 * a plain line per change when stderr is not a terminal, and nothing under `--json`.
 */
import type { JobHandle, JobProgress } from '@mediagen/runtime';
import { createLogUpdate } from 'log-update';
import pc from 'picocolors';
import { describeProgress, type ProgressFacts } from './describe-progress.js';
import type { Printer } from './printer.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 200;

export interface JobView {
  /** The job was submitted; its first poll is due after `firstPollMs`. */
  submitted(handle: JobHandle, firstPollMs: number | undefined): void;
  progress(progress: JobProgress): void;
  downloading(file: string, bytes: number, total: number | undefined): void;
  /** Clears the live line (the final result is printed by the command). */
  stop(): void;
}

export function createJobView(printer: Printer, label: string): JobView {
  let facts: ProgressFacts | undefined;
  let startedAt = Date.now();
  let lastPollAt: number | undefined;
  let gapMs: number | undefined;
  const current = (): ProgressFacts | undefined =>
    facts && {
      ...facts,
      elapsedMs: Date.now() - startedAt,
      ...(lastPollAt !== undefined && gapMs !== undefined
        ? { nextPollInMs: lastPollAt + gapMs - Date.now() }
        : {}),
    };

  if (printer.json) {
    return { submitted() {}, progress() {}, downloading() {}, stop() {} };
  }
  if (!printer.live) {
    let last = '';
    return {
      submitted(handle, firstPollMs) {
        const first =
          firstPollMs !== undefined ? `, first poll in ${Math.round(firstPollMs / 1000)}s` : '';
        printer.note(`${label}: submitted ${handle.id}${first}`);
      },
      progress(p) {
        const line = `${p.state}${p.progress !== undefined ? ` ${Math.round(p.progress)}%` : ''}`;
        if (line === last) return;
        last = line;
        printer.note(
          `${label}: ${p.handle.id} ${line} after ${Math.round(p.elapsedMs / 1000)}s (${p.polls} polls)`,
        );
      },
      downloading(name, bytes, total) {
        if (total !== undefined && bytes === total)
          printer.note(`${label}: saved ${name} (${bytes} bytes)`);
      },
      stop() {},
    };
  }

  const update = createLogUpdate(printer.stderr);
  let frame = 0;
  let stopped = false;
  let download: string | undefined;
  const render = () => {
    const now = current();
    const spinner = pc.cyan(FRAMES[frame++ % FRAMES.length]!);
    const line = now ? describeProgress(now) : 'submitting…';
    update(
      printer.redact(`${spinner} ${pc.bold(label)}  ${line}${download ? `\n  ${download}` : ''}`),
    );
  };
  const ticker = setInterval(render, TICK_MS);
  ticker.unref();
  render();
  return {
    submitted(handle, firstPollMs) {
      startedAt = Date.now();
      lastPollAt = startedAt;
      gapMs = firstPollMs;
      facts = { id: handle.id, state: 'submitted', elapsedMs: 0, polls: 0 };
      render();
    },
    progress(p) {
      const now = Date.now();
      if (lastPollAt !== undefined && p.polls > (facts?.polls ?? 0) && p.polls > 1)
        gapMs = now - lastPollAt;
      lastPollAt = now;
      startedAt = now - p.elapsedMs;
      facts = {
        id: p.handle.id,
        state: p.state,
        elapsedMs: p.elapsedMs,
        polls: p.polls,
        ...(p.progress !== undefined ? { progress: p.progress } : {}),
      };
      render();
    },
    downloading(name, bytes, total) {
      const share = total ? ` ${Math.round((bytes / total) * 100)}%` : '';
      download = `↓ ${name} ${(bytes / 1024).toFixed(0)} KiB${share}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(ticker);
      update.clear();
      update.done();
    },
  };
}
