/**
 * The worker's answers as they cross to the extension host when the worker is another thread or process (a
 * child process, a worker thread, a Web Worker). Whatever a message holds is taken in on the host's thread in
 * one piece when it arrives — copied, then deserialized into objects — so a long article's analysis (megabytes
 * of JSON) or the index's snapshot (thousands of objects) would hold the host's event loop for tens of
 * milliseconds. On the wire they travel instead as a run of small `piece` messages followed by the message they
 * belong to: the analysis's JSON chunks one per message, and the snapshot's duplicate groups, quote variants and
 * figure comparisons as JSON in pieces of at most PIECE_CHARS that the host parses one per task. Any other
 * message goes as it is. The host (`WireReader`) gives back the very messages the service posted, in order.
 */
import type { IndexSnapshot, WorkerResponse } from './protocol';
import { nextTask } from './nextTask';

/** The most characters of JSON a snapshot piece holds (parsed in one task on the host: well under a millisecond). */
export const PIECE_CHARS = 32_000;

/** The snapshot's lists that travel in pieces. */
const SNAPSHOT_LISTS = ['duplicates', 'quoteVariants', 'figures'] as const;
type SnapshotList = (typeof SNAPSHOT_LISTS)[number];

/** Part of the message that follows it: an analysis chunk (`field` of the analysis) or a piece of a snapshot list. */
export interface PieceMessage {
  type: 'piece';
  field: string;
  json: string;
}

export type WireMessage = WorkerResponse | PieceMessage;

/** JSON arrays of consecutive items, each at most about `maxChars` long (an item longer than that goes alone). */
export function jsonPieces(items: readonly unknown[], maxChars: number, maxItems = Infinity): string[] {
  const out: string[] = [];
  let part: string[] = [], chars = 0;
  for (const item of items) {
    const json = JSON.stringify(item) ?? 'null';
    if (part.length && (chars + json.length > maxChars || part.length >= maxItems)) { out.push(`[${part.join(',')}]`); part = []; chars = 0; }
    part.push(json);
    chars += json.length + 1;
  }
  if (part.length) out.push(`[${part.join(',')}]`);
  return out;
}

/** Sends a message the way the host takes it in without a long stall (see above). */
export function writeWire(m: WorkerResponse, send: (m: WireMessage) => void): void {
  if (m.type === 'analysis' && 'json' in m && m.chunks) {
    for (const c of m.chunks) send({ type: 'piece', field: c.field, json: c.json });
    const { chunks: _chunks, ...head } = m;
    send(head);
    return;
  }
  if (m.type === 'snapshot') {
    const snapshot: IndexSnapshot = { ...m.snapshot };
    for (const field of SNAPSHOT_LISTS) {
      const list = m.snapshot[field];
      if (!list) continue;
      for (const json of jsonPieces(list, PIECE_CHARS)) send({ type: 'piece', field, json });
      snapshot[field] = [];
    }
    send({ type: 'snapshot', snapshot });
    return;
  }
  send(m);
}

/**
 * The host's side: gives each message back to `deliver` as the service posted it, in the order it was sent. A
 * snapshot's pieces are parsed one per task; messages behind it wait for it.
 */
export class WireReader {
  private pieces: PieceMessage[] = [];
  /** Messages taken in but not delivered yet (behind a snapshot being parsed). */
  private readonly waiting: { m: WorkerResponse; pieces: PieceMessage[] }[] = [];
  private busy = false;

  constructor(private readonly deliver: (m: WorkerResponse) => void) {}

  receive(m: WireMessage): void {
    if (m.type === 'piece') { this.pieces.push(m); return; }
    const pieces = this.pieces;
    this.pieces = [];
    if (this.busy || (m.type === 'snapshot' && pieces.length)) {
      this.waiting.push({ m, pieces });
      if (!this.busy) void this.drain();
      return;
    }
    this.deliver(withPieces(m, pieces));
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length) {
        const { m, pieces } = this.waiting.shift()!;
        if (m.type === 'snapshot') {
          for (const p of pieces) {
            await nextTask();
            const list = m.snapshot[p.field as SnapshotList] as unknown[];
            for (const item of JSON.parse(p.json) as unknown[]) list.push(item);
          }
          this.handOver(m);
        } else this.handOver(withPieces(m, pieces));
      }
    } finally {
      this.busy = false;
    }
  }

  private handOver(m: WorkerResponse): void {
    try {
      this.deliver(m);
    } catch (e) {
      // (the messages behind it are still delivered; the error is reported as an uncaught one)
      setTimeout(() => { throw e; }, 0);
    }
  }
}

/** An analysis with its chunks back (they are parsed later, one per task: see analysisJson.ts). */
function withPieces(m: WorkerResponse, pieces: PieceMessage[]): WorkerResponse {
  if (!pieces.length || m.type !== 'analysis' || !('json' in m)) return m;
  return { ...m, chunks: pieces.map(p => ({ field: p.field as 'quotes' | 'speakers' | 'figures', json: p.json })) };
}
