import type { ComponentType, ReactNode } from 'react';

/**
 * What other features show on a unit's page. Those features build on units (they pick and show
 * units), so units cannot import them without a cycle: app/router.tsx hands their door components
 * in through {@link unitsRoutes}.
 */
export interface UnitPageSections {
  /** The unit's indicator values (indicators); `actions` go into the card's header. */
  Indicators: ComponentType<{ unitCode: string; actions?: ReactNode }>;
  /** The unit's survey waves (surveys). */
  Surveys: ComponentType<{ unitCode: string }>;
  /** Links to the unit's self-assessments (self-assessment). */
  Quality: ComponentType<{ unitCode: string }>;
  /** Links to the unit's strategies and NGO register (strategy-monitoring). */
  Strategy: ComponentType<{ unitCode: string }>;
}
