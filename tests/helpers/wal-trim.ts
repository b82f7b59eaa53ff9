/**
 * A PGlite data-dir dump (a ustar archive) without the WAL segments PostgreSQL no longer needs.
 *
 * Loading the reference data leaves ~13 segments (218 MB) in pg_wal that PGlite's single-user
 * checkpoints never remove, and every test file loads its own copy of the template: the archive
 * was 335 MB and took 11 s to load per app. After a CHECKPOINT with nothing else running, only the
 * segment holding the current WAL position is read on start (the redo point is in it); older
 * segments are already applied and the later ones are recycled spares, which PostgreSQL recreates
 * when it needs them.
 */
const BLOCK = 512;
const SEGMENT = /(^|\/)pg_wal\/[0-9A-F]{24}$/;

function field(header: Uint8Array, start: number, length: number): string {
  const text = new TextDecoder().decode(header.subarray(start, start + length));
  const end = text.indexOf('\0');
  return end < 0 ? text : text.slice(0, end);
}

export function withoutSpentWal(archive: Uint8Array, currentSegment: string): Uint8Array {
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const prefix = field(header, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (!SEGMENT.test(name) || name.endsWith(currentSegment)) kept.push(archive.subarray(offset, end));
    offset = end;
  }
  // Without the current segment PostgreSQL would not start; say so here rather than in every test.
  if (!kept.some((entry) => field(entry, 0, 100).endsWith(currentSegment))) {
    throw new Error(`WAL segment ${currentSegment} is not in the data-dir archive`);
  }
  kept.push(new Uint8Array(2 * BLOCK)); // end-of-archive marker
  const out = new Uint8Array(kept.reduce((sum, entry) => sum + entry.length, 0));
  let at = 0;
  for (const entry of kept) {
    out.set(entry, at);
    at += entry.length;
  }
  return out;
}
