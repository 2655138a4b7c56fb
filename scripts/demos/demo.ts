import type { JobProgress } from '@mediagen/runtime';

/** What `npm start` gives each provider's demo. */
export interface DemoContext {
  /** Mock URL, or undefined to call the real API with the key from the environment. */
  baseUrl: string | undefined;
  /** The key: any value works against the mock. */
  apiKey: string | undefined;
  /** Against the mock, a compressed poll schedule; against the real API, the spec's own. */
  schedule:
    | {
        initialDelayMs: number;
        intervalMs: number;
        incrementMs: number;
        multiplier: number;
        sequenceMs: number[];
      }
    | undefined;
  onProgress: (progress: JobProgress) => void;
  log: (line: string) => void;
}

export interface Demo {
  /** The job it runs, in a few words. */
  title: string;
  /** Runs one generate-and-wait and returns the result URL(s). */
  run(context: DemoContext): Promise<string[]>;
}
