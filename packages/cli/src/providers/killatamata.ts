/**
 * Killa Tamata runs ten tasks through one submit, `POST /api/v1/media/jobs` with `{ task, input }`:
 * each task is a target of its own, its flags read from that task's `input` schema, and every submit
 * carries an idempotency key (header and body), so a resumed submit returns the same job.
 */
import {
  createKillaTamataClient,
  type KillaTamataClient,
  metadata,
  type Task,
} from '@mediagen/killatamata';
import type { InputSchema } from '@mediagen/runtime';
import { packageEstimate } from '../package-estimate.js';
import type { JobClient, JobTarget, ProviderAdapter } from '../provider-adapter.js';

const SUBMIT = 'submitMediaJob';
const branches = metadata.operations.submitMediaJob.input.oneOf as readonly InputSchema[];

function taskTarget(branch: InputSchema): JobTarget {
  const task = branch.properties!.task!.const as Task;
  return {
    name: task,
    operationId: SUBMIT,
    schema: branch.properties!.input,
    request(input, idempotencyKey = crypto.randomUUID()) {
      return {
        operationId: SUBMIT,
        init: { body: { task, input, idempotencyKey } },
        idempotencyKey,
      };
    },
  };
}

export const killatamata: ProviderAdapter = {
  id: metadata.id,
  name: metadata.name,
  metadata,
  createClient: (options) => createKillaTamataClient(options) as unknown as JobClient,
  targets: () => branches.map(taskTarget),
  async estimate(client, target, request) {
    const { input } = request.init.body as { input: never };
    const cost = (client as unknown as KillaTamataClient).estimateCost(target.name as Task, input);
    return packageEstimate(
      'USD',
      cost.usd,
      cost.reason,
      'an estimate; the submit hold is authoritative',
    );
  },
  models: async () => branches.map((b) => b.properties!.task!.const),
  async balance(client) {
    const body = (await (client as unknown as KillaTamataClient).balance()) as Record<
      string,
      unknown
    >;
    const figure = Number(body.usdBalance);
    return { ...(Number.isFinite(figure) ? { amount: figure } : {}), unit: 'USD', body };
  },
};
