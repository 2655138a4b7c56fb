import type { JobPoller } from '../jobs/job-poller.js';
import type { PushHub } from '../jobs/push-hub.js';
import type { PushBus, SharedJobEnd } from './push-bus.js';

/**
 * A client's push hub joined to a bus: a job's end reached here (a push, a poll, a submit's
 * answer) is published, and an end published by any process settles the waits here. Locally, too,
 * only the end that won the bus counts, so every process ends a job the same way. While the bus is
 * unreachable or slow to answer (`answerMs`), ends stay local and waits keep polling.
 */
export function shareEnds(hub: PushHub, bus: PushBus, provider: string, answerMs = 5000): PushHub {
  return {
    expect(jobId) {
      const local = hub.expect(jobId);
      const stop = bus.subscribe(provider, jobId, (end) =>
        hub.deliver({ job: end.job, body: end.body }),
      );
      return {
        arrived: local.arrived,
        release() {
          stop();
          local.release();
        },
      };
    },
    awaited: (jobId) => hub.awaited(jobId),
    ended: (jobId) => hub.ended(jobId),
    deliver(arrival, notify) {
      // An end known here already decides at once, as a hub alone does: a repeat, or a
      // contradiction that is ignored (a push handler must not run `onJob` for it).
      if (arrival.job.status === 'running' || hub.ended(arrival.job.id)) {
        return hub.deliver(arrival, notify);
      }
      // A bus that fails, or gives no answer within `answerMs` (a client queueing while it
      // reconnects), leaves the end local: the waits here end on it rather than on their polls.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unanswered = new Promise<SharedJobEnd>((resolve) => {
        timer = setTimeout(() => resolve({ provider, ...arrival }), answerMs);
      });
      Promise.race([bus.publish({ provider, job: arrival.job, body: arrival.body }), unanswered])
        .then(
          (winner) => hub.deliver({ job: winner.job, body: winner.body }, notify),
          () => hub.deliver(arrival, notify),
        )
        .finally(() => clearTimeout(timer));
      // Which end wins is known only once the bus answers, so a push is taken as first here; the
      // hub keeps the bus's winner, and a contradicting end is ignored when it arrives.
      return { verdict: 'first' };
    },
  };
}

/** A look whose ended job is reported to the hub, so a poll's end is shared like a push's. */
export function publishPolledEnds(look: JobPoller['look'], hub: PushHub): JobPoller['look'] {
  return async (handle, options) => {
    const seen = await look(handle, options);
    if (seen.snapshot.status !== 'running') {
      hub.deliver({ job: { ...seen.snapshot, id: handle.id }, body: seen.body });
    }
    return seen;
  };
}
