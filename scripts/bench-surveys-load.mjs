// Load generator of `npm run bench:surveys`, run in a worker thread so that the clients do not
// share the server's event loop: autocannon with N keep-alive connections (one request in flight
// each), every request a varied valid answer with a fresh Idempotency-Key, plus a share of
// deliberate replays of keys already acknowledged. Reports every key acknowledged and each
// request's latency (from handing the request to the socket to the whole answer).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const { url, bodies, connections, seconds, replayShare } = workerData;
const acknowledged = new Set();
/** Keys sent and not yet answered, with their bodies: retried once the run ends, as a browser would. */
const inFlight = new Map();
const ackedList = [];
const latencies = [];
const statuses = {};
let created = 0;
let replayed = 0;
let next = 0;

const instance = autocannon({
  url,
  connections,
  duration: seconds,
  timeout: 30,
  requests: [
    {
      method: 'POST',
      setupRequest(request, context) {
        // Replays reuse a key that was acknowledged (201) earlier: the server must answer 200 and store nothing.
        const replay = ackedList.length > 0 && Math.random() < replayShare;
        context.key = replay ? ackedList[Math.floor(Math.random() * ackedList.length)] : randomUUID();
        context.replay = replay;
        context.started = performance.now();
        const body = bodies[next++ % bodies.length];
        if (!replay) inFlight.set(context.key, body);
        return { ...request, body, headers: { 'content-type': 'application/json', 'idempotency-key': context.key } };
      },
      onResponse(status, _body, context) {
        latencies.push(performance.now() - context.started);
        inFlight.delete(context.key);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) {
          created++;
          if (!acknowledged.has(context.key)) {
            acknowledged.add(context.key);
            ackedList.push(context.key);
          }
        } else if (status === 200) {
          replayed++;
          acknowledged.add(context.key);
        }
      },
    },
  ],
});

instance.on('done', async (result) => {
  // Requests still in flight when the clock ran out: the server may have stored them. Retrying with
  // the same key settles each one — 200 if it was stored, 201 if it is stored now — so every key sent is accounted for.
  let retried = 0;
  for (const [key, body] of inFlight) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
    });
    await res.arrayBuffer();
    if (res.status === 200 || res.status === 201) acknowledged.add(key);
    retried++;
  }
  parentPort.postMessage({
    created,
    replayed,
    retried,
    statuses,
    latencies,
    acknowledged: [...acknowledged],
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    duration: result.duration,
  });
});
