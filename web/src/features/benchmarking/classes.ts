/**
 * Value classes of the comparison views and their colours, in one place for the percentile bars,
 * the legends, the map and the charts. Colour never carries the class alone: every place that
 * shows one also says it in words.
 */
import { quartileOf } from '../../../../domain/benchmarking/stats';
import type { GroupStats, Position } from './api';

/**
 * q1…q4: quarters of the group by polarity (q1 = best quarter); n1…n4: quarters by value for
 * indicators without a direction (n1 = lowest); 'neutral': a neutral indicator on the dashboard;
 * 'small': fewer than 5 units with a value, never coloured as a solid comparison; 'none': no
 * value; 'outside': not in the peer group (maps only).
 */
export type ValueClass =
  'q1' | 'q2' | 'q3' | 'q4' | 'n1' | 'n2' | 'n3' | 'n4' | 'neutral' | 'small' | 'none' | 'outside';

/** ColorBrewer RdYlGn (4 classes) for quartiles and Blues for neutral quarters; greys for the rest. */
export const CLASS_COLOURS: Record<ValueClass, string> = {
  q1: '#1a9641',
  q2: '#a6d96a',
  q3: '#fdae61',
  q4: '#d7191c',
  n1: '#deebf7',
  n2: '#9ecae1',
  n3: '#4292c6',
  n4: '#08519c',
  neutral: '#8a96a3',
  small: '#c3cad2',
  none: '#ffffff',
  outside: '#eef1f4',
};

/** The unit being looked at, in charts and on the map (the site's primary colour). */
export const HIGHLIGHT_COLOUR = '#12355b';

export const QUARTILE_CLASSES: readonly ValueClass[] = ['q1', 'q2', 'q3', 'q4'];
export const NEUTRAL_CLASSES: readonly ValueClass[] = ['n1', 'n2', 'n3', 'n4'];

/** The dashboard's class of a unit: its quarter, or 'neutral', 'small' or 'none'. */
export function quartileClass(position: Position | null | undefined, stats?: GroupStats): ValueClass {
  if (!position) return 'none';
  if (position.smallGroup || stats?.smallGroup) return 'small';
  if (position.quartile === null) return 'neutral';
  return `q${position.quartile}`;
}

/**
 * A unit's class on the map and in the member table: its quarter by polarity, or for a neutral
 * indicator its quarter by value (value ≤ Q1 → n1, ≤ median → n2, ≤ Q3 → n3, else n4: the
 * server's quartile rule read as "lower first").
 */
export function mapClass(value: number | null, position: Position | null, stats: GroupStats): ValueClass {
  if (value === null || !position) return 'none';
  if (stats.smallGroup) return 'small';
  if (position.quartile !== null) return `q${position.quartile}`;
  const quarter = quartileOf(value, stats, 'lower-is-better');
  return quarter === null ? 'none' : `n${quarter}`;
}
