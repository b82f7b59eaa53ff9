/** The BDL extract files the test template loads (the 2010–2019 extract the API tests are written against). */
export const TEMPLATE_BDL_FILES = [
  'dochody_gmin_2010-2019.csv',
  'ludnosc_wg_ekonomicznych_grup_wieku_2010-2019.csv',
  'powierzchnia_km2_2010-2019.csv',
] as const;
