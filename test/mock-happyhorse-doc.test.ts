/**
 * The HappyHorse doc's own polling function, copied as the doc writes it, against the mock. Its
 * `sleep` is the one thing changed: the doc's 8-20 s delays run 1000 times faster.
 */
import { type MockServer, startMock } from '@mediagen/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let mock: MockServer;
let BASE_URL: string;
const API_KEY = 'hh_test_key_0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms / 1000));

// From the doc ("Polling Best Practices"), unchanged but for types.
async function waitForHappyHorseVideo(taskId: string) {
  const deadline = Date.now() + 15 * 60 * 1000;
  let delayMs = 8000;
  while (Date.now() < deadline) {
    const res = await fetch(`${BASE_URL}/api/status?task_id=${encodeURIComponent(taskId)}`, {
      headers: { Authorization: `Bearer ${API_KEY}` },
    });
    if (res.status === 429) {
      await sleep(Math.min(delayMs * 2, 30000));
      continue;
    }
    const payload = await res.json();
    if (!res.ok) {
      throw new Error(payload.message || `Status request failed: ${res.status}`);
    }
    const task = payload.data;
    if (task.status === 'SUCCESS') {
      return task.response?.resultUrls?.[0];
    }
    if (task.status === 'FAILED') {
      throw new Error(task.error_message || 'Generation failed');
    }
    await sleep(delayMs);
    delayMs = Math.min(delayMs + 2000, 20000);
  }
  throw new Error('Timed out. Keep the task_id and check again later.');
}

async function generate(body: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE_URL}/api/generate`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${API_KEY}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, payload: await res.json() };
}

const quickStart = {
  model: 'happyhorse-1.0/video',
  prompt: 'A cinematic shot of mountains at sunrise',
  mode: 'pro',
  duration: 5,
  aspect_ratio: '16:9',
};

beforeAll(async () => {
  mock = await startMock('happyhorse', { checkResponses: true });
  BASE_URL = mock.url;
});
afterAll(() => mock.close());

describe("the HappyHorse doc's waitForHappyHorseVideo against @mediagen/mock", () => {
  it('gets the video of its own task back', async () => {
    const { status, payload } = await generate(quickStart);
    expect(status).toBe(200);
    const taskId: string = payload.data.task_id;
    expect(taskId).toMatch(/^n92/);
    await expect(waitForHappyHorseVideo(taskId)).resolves.toBe(
      `${mock.origin}/__mediagen/outputs/${taskId}/0.mp4`,
    );
    const res = await fetch(`${BASE_URL}/api/status?task_id=${taskId}`, {
      headers: { Authorization: `Bearer ${API_KEY}` },
    });
    expect((await res.json()).data).toMatchObject({ task_id: taskId, status: 'SUCCESS' });
  });

  it('walks two concurrent tasks independently', async () => {
    const a = (await generate(quickStart)).payload.data.task_id;
    const b = (await generate(quickStart, { 'X-Mediagen-Mock': 'steps=3' })).payload.data.task_id;
    expect(a).not.toBe(b);
    const read = async (id: string) =>
      (
        await (
          await fetch(`${BASE_URL}/api/status?task_id=${id}`, {
            headers: { Authorization: `Bearer ${API_KEY}` },
          })
        ).json()
      ).data;
    // a: one running answer, then done; b: three running answers. A new submit restarts nothing.
    expect((await read(a)).status).toBe('IN_PROGRESS');
    expect((await read(b)).status).toBe('IN_PROGRESS');
    await generate(quickStart);
    expect((await read(a)).status).toBe('SUCCESS');
    expect((await read(b)).status).toBe('IN_PROGRESS');
    expect((await read(b)).status).toBe('IN_PROGRESS');
    expect(await read(b)).toMatchObject({ task_id: b, status: 'SUCCESS' });
    const [va, vb] = await Promise.all([waitForHappyHorseVideo(a), waitForHappyHorseVideo(b)]);
    // Each task's video is its own file on the mock.
    expect([va, vb]).toEqual([a, b].map((id) => `${mock.origin}/__mediagen/outputs/${id}/0.mp4`));
  });

  it("throws the task's error_message on a forced failure", async () => {
    const { payload } = await generate(quickStart, { 'X-Mediagen-Mock': 'outcome=failed' });
    await expect(waitForHappyHorseVideo(payload.data.task_id)).rejects.toThrow(
      'Video generation failed. Please try a different prompt.',
    );
  });

  it.each([
    [{ duration: 20 }, 'INVALID_DURATION', /duration must be <= 15/],
    [{ model: 'happyhorse-2.0/video' }, 'INVALID_MODEL', /model must be equal to constant/],
    [{ prompt: '' }, 'INVALID_PROMPT', /prompt/],
  ])('answers %j with the documented %s and says why', async (patch, code, why) => {
    const { status, payload } = await generate({ ...quickStart, ...patch });
    expect(status).toBe(400);
    expect(payload).toEqual({ code, message: expect.stringMatching(why), data: null });
  });

  it('answers an unknown task_id in the documented error shape, naming the id', async () => {
    for (const id of ['n92nosuchtask0', 'not-a-task']) {
      await expect(waitForHappyHorseVideo(id)).rejects.toThrow(id);
    }
  });

  it('kept every answer to the spec', () => {
    expect(mock.drift).toEqual([]);
  });
});
