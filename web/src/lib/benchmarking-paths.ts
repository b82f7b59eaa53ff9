import { buildQuery } from './api';

/*
 * Links into the benchmarking pages, for every feature that offers "compare" (the unit page, the
 * indicator page): kept here so that linking to a page does not make a feature import benchmarking.
 */

export function benchmarkingUnitPath(
  code: string,
  query: { period?: string | undefined; peers?: string | undefined } = {},
): string {
  return `/benchmarking/units/${encodeURIComponent(code)}${buildQuery(query)}`;
}

export function indicatorBenchmarkPath(
  code: string,
  query: { unit?: string | undefined; period?: string | undefined; peers?: string | undefined } = {},
): string {
  return `/benchmarking/indicators/${encodeURIComponent(code)}${buildQuery(query)}`;
}
