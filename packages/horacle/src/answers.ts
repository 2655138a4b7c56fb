import { type DocumentedFields, type ExtraFields, withExtra } from '@mediagen/runtime/provider';
import {
  type AnswerOperation,
  type AnswerOptions,
  answerOrWait,
  type ReadAnswer,
  whenField,
} from './answer-or-wait.js';
import type { components } from './generated/openapi.js';
import type { HoracleBaseClient } from './types.js';

type Schemas = components['schemas'];
/** The documented (assumed) fields of a request, each typed; any other field goes in `extra`. */
type Input<Name extends keyof Schemas> = DocumentedFields<Schemas[Name]> & ExtraFields;
const isNumber = (value: unknown) => typeof value === 'number';
const isObject = (value: unknown) => value !== null && typeof value === 'object';

/**
 * The paid routes whose result the spec reads as immediate. Each returns that result; where Horacle
 * answers with a job id instead (the doc: "All endpoints are async"), it waits for the job and
 * returns the result from its finished body, or throws with the job's handle: never nothing.
 */
export interface AnswerHelpers {
  /** Describes an image in words (`POST /images/analyze`). */
  analyzeImage(
    input: Input<'ImageInputRequest'>,
    options?: AnswerOptions,
  ): Promise<Schemas['ImageDescription']>;
  /** Reverse-engineers a prompt from an image (`POST /images/to-prompt`). */
  imageToPrompt(
    input: Input<'ImageInputRequest'>,
    options?: AnswerOptions,
  ): Promise<Schemas['PromptText']>;
  /** A video's properties (`POST /videos/probe`). */
  probeVideo(
    input: Input<'VideoInputRequest'>,
    options?: AnswerOptions,
  ): Promise<Schemas['VideoProbe']>;
  /** Workflow JSON from a description (`POST /workflows/generate`). */
  generateWorkflow(
    input: Input<'PromptRequest'>,
    options?: AnswerOptions,
  ): Promise<Schemas['GeneratedWorkflow']>;
  /** A prompt rewritten to generate better results (`POST /prompts/optimize`). */
  optimizePrompt(
    input: Input<'PromptRequest'>,
    options?: AnswerOptions,
  ): Promise<Schemas['OptimizedPrompt']>;
}

export function answerHelpers(client: HoracleBaseClient): AnswerHelpers {
  const answer =
    <T>(operationId: AnswerOperation, read: ReadAnswer<T>) =>
    (body: object, { wait, ...request }: AnswerOptions = {}): Promise<T> =>
      answerOrWait(client, operationId, { body: withExtra(body) }, read, request, wait);
  return {
    analyzeImage: answer('analyzeImage', whenField('description')),
    imageToPrompt: answer('imageToPrompt', whenField('prompt')),
    probeVideo: answer('probeVideo', whenField('duration', isNumber)),
    generateWorkflow: answer('generateWorkflow', whenField('workflow', isObject)),
    optimizePrompt: answer('optimizePrompt', whenField('optimized_prompt')),
  };
}
