import { createHoracleClient } from '../create-horacle-client.js';

/** A client whose requests are recorded, not sent anywhere. */
export function recordingClient() {
  const sent: Request[] = [];
  const hc = createHoracleClient({
    apiKey: 'hc_test_recording_0123',
    fetch: async (request: Request) => {
      sent.push(request);
      return Response.json({});
    },
  });
  return { hc, sent };
}
