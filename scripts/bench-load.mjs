// Load generator for the HTTP part of the benchmarking bench, in its own process: autocannon in
// the server's event loop would compete with the server it measures (and autocannon refuses to
// run in a worker thread). Random gminy, each with its 15 nearest neighbours as peers.
import autocannon from 'autocannon';

// With `paths`, each request takes a random one of them instead (the portal bench), with `headers`.
process.once('message', ({ url, seconds, gminy, paths, headers }) => {
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
            if (paths) {
              const path = paths[Math.floor(random() * paths.length)];
              return { ...request, path, headers: { ...request.headers, ...(headers ?? {}) } };
            }
            const code = gminy[Math.floor(random() * gminy.length)];
            return { ...request, path: `/api/v1/benchmarking/units/${code}?period=2019&peers=nn:${code}:15` };
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
