/**
 * The HTTP side shared by the benches: a load of 50 connections from its own process
 * (scripts/bench-load.mjs — autocannon in the server's event loop would compete with the server it
 * measures) and a signed-in session, since members and the public are answered by different engines.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ms = (x: number) => Number(x.toFixed(2));

/** The nearest-rank percentile (NaN for no samples). */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** `seconds` of 50 connections, each request a random one of `paths`. */
export async function httpLoad(
  url: string,
  seconds: number,
  paths: string[],
  headers: Record<string, string> = {},
): Promise<LoadFigures> {
  const child = fork(fileURLToPath(new URL('./bench-load.mjs', import.meta.url)));
  child.send({ url, seconds, paths, headers });
  const message = await new Promise<{
    error?: string;
    result: { requests: number; requestsPerSecond: number; errors: number; timeouts: number; non2xx: number };
    latencies: number[];
  }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as never));
    child.once('error', reject);
  });
  if (message.error) throw new Error(message.error);
  const { result, latencies } = message;
  if (latencies.length === 0) throw new Error(`no responses: ${JSON.stringify(result)}`);
  return {
    requests: result.requests,
    requestsPerSecond: ms(result.requestsPerSecond),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: ms(percentile(latencies, 0.5)),
    p95Ms: ms(percentile(latencies, 0.95)),
    p99Ms: ms(percentile(latencies, 0.99)),
  };
}

/** Signs in and returns the session's Cookie header (GETs need no CSRF token). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
