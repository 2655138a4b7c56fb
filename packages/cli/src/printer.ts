/**
 * Everything the CLI writes goes through here: results to stdout, progress and messages to stderr,
 * and each line passes a redactor that replaces every API key this run knows with `[REDACTED]`.
 * The client's own errors are redacted already; this covers the CLI's own lines too.
 */
import pc from 'picocolors';

export class Printer {
  private readonly secrets = new Set<string>();
  /** A command printed its result: an error after it adds no second JSON document. */
  printedResult = false;

  constructor(
    readonly stdout: NodeJS.WriteStream = process.stdout,
    readonly stderr: NodeJS.WriteStream = process.stderr,
    /** `--json`: stdout carries one JSON document and nothing else. */
    readonly json = false,
  ) {}

  /** A live display and prompts need a person at a terminal, and no `--json`. */
  get interactive(): boolean {
    return !this.json && Boolean(this.stderr.isTTY) && Boolean(process.stdin.isTTY);
  }

  get live(): boolean {
    return !this.json && Boolean(this.stderr.isTTY);
  }

  addSecret(secret: string | undefined): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[REDACTED]');
    return out;
  }

  /** A result line for people (stdout); dropped under `--json`, which prints `result` instead. */
  out(line: string): void {
    if (!this.json) this.stdout.write(`${this.redact(line)}\n`);
  }

  /** Progress and messages (stderr); quiet under `--json`, whose document says it all. */
  note(line: string): void {
    if (!this.json) this.stderr.write(`${this.redact(line)}\n`);
  }

  /** What needs attention, even under `--json` (stderr). */
  warn(line: string): void {
    this.stderr.write(`${this.redact(pc.yellow(line))}\n`);
  }

  /** The one JSON document of a `--json` run. */
  result(value: unknown): void {
    this.printedResult = true;
    if (this.json) this.stdout.write(`${this.redact(JSON.stringify(value, null, 2))}\n`);
  }
}
