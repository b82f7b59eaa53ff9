/**
 * Minimum-cost flow by successive shortest paths (Bellman–Ford/SPFA on the residual graph, so
 * negative residual costs are fine). Small graphs only — an edition's jurors × applications — where
 * its O(F · V · E) is a few milliseconds and plain code beats a dependency.
 */

interface Arc {
  to: number;
  capacity: number;
  cost: number;
  flow: number;
  /** Index of the reverse arc in `arcs`. */
  reverse: number;
}

export class MinCostFlow {
  private readonly arcs: Arc[] = [];
  private readonly out: number[][];

  constructor(readonly nodes: number) {
    this.out = Array.from({ length: nodes }, () => []);
  }

  /** Adds an arc and returns its id (for reading its flow afterwards). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const id = this.arcs.length;
    this.arcs.push({ to, capacity, cost, flow: 0, reverse: id + 1 });
    this.arcs.push({ to: from, capacity: 0, cost: -cost, flow: 0, reverse: id });
    this.out[from]!.push(id);
    this.out[to]!.push(id + 1);
    return id;
  }

  flowOn(arc: number): number {
    return this.arcs[arc]!.flow;
  }

  /** Sends as much flow as possible (up to `limit`) from `source` to `sink` at minimum cost. */
  solve(source: number, sink: number, limit = Infinity): { flow: number; cost: number } {
    let flow = 0;
    let cost = 0;
    const dist = new Float64Array(this.nodes);
    const via = new Int32Array(this.nodes);
    const queued = new Uint8Array(this.nodes);
    while (flow < limit) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[source] = 0;
      const queue = [source];
      queued[source] = 1;
      while (queue.length > 0) {
        const v = queue.shift()!;
        queued[v] = 0;
        for (const id of this.out[v]!) {
          const a = this.arcs[id]!;
          if (a.capacity - a.flow > 0 && dist[v]! + a.cost < dist[a.to]!) {
            dist[a.to] = dist[v]! + a.cost;
            via[a.to] = id;
            if (!queued[a.to]) {
              queued[a.to] = 1;
              queue.push(a.to);
            }
          }
        }
      }
      if (dist[sink] === Infinity) break;
      let push = limit - flow;
      for (let v = sink; v !== source;) {
        const a = this.arcs[via[v]!]!;
        push = Math.min(push, a.capacity - a.flow);
        v = this.arcs[a.reverse]!.to;
      }
      for (let v = sink; v !== source;) {
        const a = this.arcs[via[v]!]!;
        a.flow += push;
        this.arcs[a.reverse]!.flow -= push;
        v = this.arcs[a.reverse]!.to;
      }
      flow += push;
      cost += push * dist[sink]!;
    }
    return { flow, cost };
  }
}
