/** Service areas of benchmarking groups and indicators (the GWD programmes ran education, county roads and health). */
export const SERVICE_AREAS = [
  'education',
  'roads',
  'health',
  'social-assistance',
  'administration',
  'finance',
  'culture',
  'environment',
  'transport',
  'housing',
  'public-safety',
  'civic-participation',
  'other',
] as const;

export type ServiceArea = (typeof SERVICE_AREAS)[number];
