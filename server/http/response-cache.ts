/**
 * Prepared answers: bytes rendered once, gzipped once, with a strong ETag, answered from memory
 * (304 on a matching If-None-Match). Used where an answer depends only on a key the caller builds
 * from what the data's version is — the latest release for the public, the engine's build for
 * members — plus the URL, so a new version misses and nothing stale is served. Concurrent misses
 * of one key render once. Bounded in entries and bytes (least recently used goes first) and by age.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** An answer before caching. */
export interface Made {
  status: number;
  type: string;
  body: Buffer;
  /** Sent as an attachment with this name. */
  filename?: string;
  /** Extra headers (e.g. a Link to the next page). */
  headers?: Record<string, string>;
}

interface Entry extends Made {
  etag: string;
  gzip: Buffer | null;
  at: number;
}

/** A strong ETag over the bytes. */
export function etagOf(bytes: Buffer | string): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}

/** Whether the request's If-None-Match holds `etag` (weak or strong). */
export function etagMatches(request: FastifyRequest, etag: string): boolean {
  const asked = request.headers['if-none-match'];
  return asked !== undefined && asked.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Types that are compressed already (ZIP-based) or too small to gain from gzip. */
const INCOMPRESSIBLE = /zip|spreadsheetml|wordprocessingml|pdf|image\/png/;

export function createResponseCache(options: { maxEntries: number; maxBytes: number; ttlMs: number }) {
  const cache = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry>>();
  let bytes = 0;
  const sizeOf = (e: Entry) => e.body.length + (e.gzip?.length ?? 0);

  function forget(key: string) {
    const old = cache.get(key);
    if (!old) return;
    cache.delete(key);
    bytes -= sizeOf(old);
  }

  function remember(key: string, entry: Entry) {
    const size = sizeOf(entry);
    // One huge answer must not push out everything else.
    if (size > options.maxBytes / 8) return;
    forget(key);
    while (cache.size >= options.maxEntries || (cache.size > 0 && bytes + size > options.maxBytes)) {
      forget(cache.keys().next().value!);
    }
    cache.set(key, entry);
    bytes += size;
  }

  async function entryFor(key: string, produce: () => Promise<Made>): Promise<Entry> {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at <= options.ttlMs) {
      // Refresh its place in the LRU order.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const running = pending.get(key);
    if (running) return running;
    const made = (async () => {
      const m = await produce();
      const gzip = INCOMPRESSIBLE.test(m.type) || m.body.length < 1024 ? null : gzipSync(m.body);
      const entry: Entry = { ...m, etag: etagOf(m.body), gzip, at: Date.now() };
      // Errors are answers of their own request, not something to keep.
      if (m.status < 400) remember(key, entry);
      return entry;
    })();
    pending.set(key, made);
    try {
      return await made;
    } finally {
      pending.delete(key);
    }
  }

  return {
    /** Answers `key` from memory, or renders it with `produce` first. */
    async serve(
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      produce: () => Promise<Made>,
      cacheControl: string,
    ) {
      const entry = await entryFor(key, produce);
      reply.header('etag', entry.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
      for (const [name, value] of Object.entries(entry.headers ?? {})) reply.header(name, value);
      if (entry.status === 200 && etagMatches(request, entry.etag)) return reply.code(304).send('');
      reply.code(entry.status).type(entry.type);
      if (entry.filename) reply.header('content-disposition', `attachment; filename="${entry.filename}"`);
      if (entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')))
        return reply.header('content-encoding', 'gzip').send(entry.gzip);
      return reply.send(entry.body);
    },
    get size() {
      return cache.size;
    },
    clear() {
      cache.clear();
      bytes = 0;
    },
  };
}
