import { startMock } from '@mediagen/mock';
import { metadata } from '@mediagen/vydra';
const m = await startMock('vydra');
const h = { authorization: 'Bearer x', 'content-type': 'application/json' };
for (const [path, body] of [['/models/grok-imagine', { prompt: 'p', model: 'text-to-image' }], ['/models/grok-imagine', { prompt: 'p', model: 'text-to-video' }], ['/models/veo3', { prompt: 'p' }]]) {
  const r = await fetch(`${m.url}${path}`, { method: 'POST', headers: h, body: JSON.stringify(body) });
  const s = await r.json(); console.log(path, r.status, JSON.stringify(s));
  const j = await fetch(`${m.url}/jobs/${s.jobId}`, { headers: h }); console.log('  ', JSON.stringify(await j.json()));
}
console.log(m.ledger);
await m.close();
