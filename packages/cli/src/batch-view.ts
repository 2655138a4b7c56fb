/**
 * The batch's progress: on a terminal a live block (totals, then one line per job in flight) redrawn
 * in place; otherwise a plain line per submit and per settled line; nothing under `--json`.
 */
import type { JobProgress } from '@mediagen/runtime';
import { createLogUpdate } from 'log-update';
import { describeProgress } from './describe-progress.js';
import type { LineResult } from './journal.js';
import type { Printer } from './printer.js';

export interface BatchView {
  submitted(line: number, id: string): void;
  progress(line: number, progress: JobProgress): void;
  settled(result: LineResult): void;
  stop(): void;
}

export function createBatchView(
  printer: Printer,
  total: number,
  alreadySettled: number,
): BatchView {
  const counts = new Map<string, number>();
  let settled = alreadySettled;
  const running = new Map<number, string>();
  const summary = () =>
    `${settled}/${total} settled${[...counts].map(([k, v]) => `, ${v} ${k}`).join('')}, ${running.size} in flight`;
  const count = (result: LineResult) => {
    settled += 1;
    running.delete(result.line);
    counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  };
  if (printer.json) return { submitted() {}, progress() {}, settled: count, stop() {} };
  if (!printer.live)
    return {
      submitted: (line, id) => printer.note(`line ${line}: submitted ${id}`),
      progress() {},
      settled(result) {
        count(result);
        printer.note(
          `line ${result.line}: ${result.status}${result.error ? ` (${result.error.message})` : ''}  [${summary()}]`,
        );
      },
      stop() {},
    };
  const update = createLogUpdate(printer.stderr);
  const render = () => {
    const jobs = [...running].slice(0, 10).map(([line, text]) => `  line ${line}: ${text}`);
    update(printer.redact([`batch: ${summary()}`, ...jobs].join('\n')));
  };
  const ticker = setInterval(render, 250);
  ticker.unref();
  return {
    submitted(line, id) {
      running.set(line, `${id} submitted`);
    },
    progress(line, p) {
      running.set(
        line,
        describeProgress({
          id: p.handle.id,
          state: p.state,
          elapsedMs: p.elapsedMs,
          polls: p.polls,
          ...(p.progress !== undefined ? { progress: p.progress } : {}),
        }),
      );
    },
    settled: count,
    stop() {
      clearInterval(ticker);
      render();
      update.done();
    },
  };
}
