/**
 * The DEA frontier in one input (x) and one output (y), for the input–output scatter of the DEA
 * view (METHODS.md §4.4). Pure geometry over the points it is given — usually the units DEA found
 * efficient; with one input and one output these are exactly the units on the frontier.
 *
 * - CCR (constant returns to scale): the ray from the origin through the point with the highest
 *   output/input ratio, y = s·x with s = max yᵢ/xᵢ.
 * - BCC (variable returns to scale): the upper-left boundary of the convex hull with free
 *   disposal: a vertical segment from (x_min, 0) up to the best point at the smallest input, the
 *   upper concave hull from there to the point with the highest output (smallest input among
 *   ties), then a horizontal segment to the largest input.
 *
 * Points whose x or y is not a finite number > 0 are ignored (DEA excludes them too).
 */
export interface FrontierPoint {
  x: number;
  y: number;
}

function usable(points: readonly FrontierPoint[]): FrontierPoint[] {
  return points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0 && p.y > 0);
}

/** The CCR ray from the origin to x = the largest input: two points, or [] without usable points. */
export function ccrFrontier(points: readonly FrontierPoint[]): FrontierPoint[] {
  const valid = usable(points);
  if (valid.length === 0) return [];
  const slope = Math.max(...valid.map((p) => p.y / p.x));
  const xMax = Math.max(...valid.map((p) => p.x));
  return [
    { x: 0, y: 0 },
    { x: xMax, y: slope * xMax },
  ];
}

/** (a − o) × (b − o): positive when o → a → b turns counter-clockwise. */
function cross(o: FrontierPoint, a: FrontierPoint, b: FrontierPoint): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/**
 * The BCC frontier as a polyline from (x_min, 0) to (x_max, y_max), left to right; [] without
 * usable points. Collinear points on the hull are dropped (they add no corner).
 *
 * @example bccFrontier([{ x: 2, y: 1 }, { x: 4, y: 4 }, { x: 6, y: 5 }, { x: 5, y: 2 }])
 * // → [{x:2,y:0}, {x:2,y:1}, {x:4,y:4}, {x:6,y:5}]
 */
export function bccFrontier(points: readonly FrontierPoint[]): FrontierPoint[] {
  const valid = usable(points).sort((a, b) => a.x - b.x || b.y - a.y);
  if (valid.length === 0) return [];
  const hull: FrontierPoint[] = [];
  for (const p of valid) {
    // Same input as the previous point but less output: never on the frontier (sorted by y descending).
    if (hull.length > 0 && hull[hull.length - 1]!.x === p.x) continue;
    while (hull.length >= 2 && cross(hull[hull.length - 2]!, hull[hull.length - 1]!, p) >= 0) hull.pop();
    hull.push(p);
  }
  // Past the highest output the hull falls; free disposal of input makes the frontier flat there.
  let top = 0;
  hull.forEach((p, i) => {
    if (p.y > hull[top]!.y) top = i;
  });
  const rising = hull.slice(0, top + 1);
  const xMax = valid[valid.length - 1]!.x;
  const first = rising[0]!;
  const last = rising[rising.length - 1]!;
  return [{ x: first.x, y: 0 }, ...rising, ...(xMax > last.x ? [{ x: xMax, y: last.y }] : [])];
}
