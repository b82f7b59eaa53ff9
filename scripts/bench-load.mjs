// Load generator for the HTTP benches (scripts/bench-http.ts), in its own process: autocannon in
// the server's event loop would compete with the server it measures (and autocannon refuses to
// run in a worker thread). Each request takes a random one of `paths`, with `headers`.
import autocannon from 'autocannon';

process.once('message', ({ url, seconds, paths, headers }) => {
  let seed = 13;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const latencies = [];
  const run = autocannon(
    {
      url,
      connections: 50,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            const path = paths[Math.floor(random() * paths.length)];
            return { ...request, path, headers: { ...request.headers, ...(headers ?? {}) } };
          },
        },
      ],
    },
    (error, r) => {
      process.send(
        error
          ? { error: String(error) }
          : {
              result: {
                requests: r.requests.total,
                requestsPerSecond: r.requests.average,
                errors: r.errors,
                timeouts: r.timeouts,
                non2xx: r.non2xx,
              },
              latencies,
            },
        () => process.exit(0),
      );
    },
  );
  run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
});
