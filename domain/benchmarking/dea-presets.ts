/**
 * Ready-made DEA models, one per service area where the catalogue has both a resource (a cost or
 * what is spent) and a service delivered or its result: inputs are what the unit spends, outputs
 * what residents get for it. Every one is BCC (variable returns to scale — the indicators are
 * ratios per resident, pupil or kilometre, for which constant returns make no sense) and input
 * oriented ("how much could the cost shrink at the same services", natural where services are
 * mandated; METHODS §4.6).
 *
 * None of them runs by itself: the shipped GUS BDL extract holds revenues, population, area and
 * unemployment only — no expenditure and no service volume — so their indicators have values once
 * a collection round (data/catalogue/round-templates.json) or an import brought them in. The DEA
 * page shows each model with its coverage and offers only those with data.
 *
 * No model for finance (revenues and their parts are the budget itself, not resources turned into
 * services: "own revenue in, property tax out" measured a share, not efficiency), environment (no
 * cost indicator), social assistance (spending follows need, which DEA would count as output),
 * housing, civic participation and the demographic context.
 */
export interface DeaPreset {
  /** Stable id, also the catalogue service area it belongs to. */
  id: string;
  names: { pl: string; en: string };
  /** One sentence: what goes in, what comes out, what a score means. */
  explanation: { pl: string; en: string };
  model: 'bcc';
  orientation: 'input';
  /** Indicator codes of the catalogue. */
  inputs: readonly string[];
  outputs: readonly string[];
}

export const DEA_PRESETS: readonly DeaPreset[] = [
  {
    id: 'education',
    names: { pl: 'Oświata: koszt ucznia a efekty', en: 'Education: cost per pupil against results' },
    explanation: {
      pl: 'Bieżące wydatki na oświatę na ucznia wobec wyniku egzaminu ósmoklasisty z matematyki i odsetka dzieci w wieku 3–5 lat w przedszkolach — wynik mówi, o ile niższy mógłby być koszt ucznia przy takich samych efektach.',
      en: 'Current education expenditure per pupil against the grade-8 mathematics exam result and the share of children aged 3–5 in pre-school — the score says how much lower the cost per pupil could be for the same results.',
    },
    model: 'bcc',
    orientation: 'input',
    inputs: ['education_expenditure_per_pupil'],
    outputs: ['exam_grade8_math', 'preschool_coverage_3_5'],
  },
  {
    id: 'roads',
    names: { pl: 'Drogi: koszt utrzymania a stan dróg', en: 'Roads: maintenance cost against road condition' },
    explanation: {
      pl: 'Koszt bieżącego utrzymania kilometra drogi wobec udziału dróg w dobrym stanie — wynik mówi, o ile taniej można by utrzymać kilometr przy takim samym stanie sieci.',
      en: 'The current maintenance cost per kilometre of road against the share of roads in good condition — the score says how much cheaper a kilometre could be kept for the same state of the network.',
    },
    model: 'bcc',
    orientation: 'input',
    inputs: ['road_maintenance_cost_per_km'],
    outputs: ['roads_good_condition_share'],
  },
  {
    id: 'health',
    names: { pl: 'Zdrowie: wydatki a zasięg profilaktyki', en: 'Health: spending against prevention reach' },
    explanation: {
      pl: 'Wydatki na ochronę zdrowia na mieszkańca wobec odsetka grupy docelowej objętego programami profilaktyki — wynik mówi, o ile mniej można by wydać przy takim samym zasięgu programów.',
      en: 'Health expenditure per resident against the share of the target population that prevention programmes reach — the score says how much less could be spent for the same reach.',
    },
    model: 'bcc',
    orientation: 'input',
    inputs: ['health_expenditure_per_capita'],
    outputs: ['health_programme_coverage'],
  },
  {
    id: 'administration',
    names: {
      pl: 'Administracja: koszt urzędu a obsługa klientów',
      en: 'Administration: office cost against customer service',
    },
    explanation: {
      pl: 'Koszt urzędu na mieszkańca wobec odsetka zadowolonych klientów i udziału spraw wszczętych elektronicznie — wynik mówi, o ile taniej mógłby działać urząd przy takiej samej jakości obsługi.',
      en: 'The office cost per resident against the share of satisfied customers and of cases initiated electronically — the score says how much cheaper the office could run for the same quality of service.',
    },
    model: 'bcc',
    orientation: 'input',
    inputs: ['office_cost_per_capita'],
    outputs: ['customer_satisfaction_share', 'electronic_applications_share'],
  },
  {
    id: 'culture',
    names: { pl: 'Kultura: wydatki a wypożyczenia', en: 'Culture: spending against library loans' },
    explanation: {
      pl: 'Wydatki na kulturę na mieszkańca wobec liczby wypożyczeń bibliotecznych na mieszkańca — wynik mówi, o ile mniej można by wydać przy takiej samej liczbie wypożyczeń.',
      en: 'Culture expenditure per resident against library loans per resident — the score says how much less could be spent for the same number of loans.',
    },
    model: 'bcc',
    orientation: 'input',
    inputs: ['culture_expenditure_per_capita'],
    outputs: ['library_loans_per_capita'],
  },
];

/** The service areas without a ready-made model, each with the reason (shown on the DEA page). */
export const DEA_NO_PRESET: readonly { area: string; reason: { pl: string; en: string } }[] = [
  {
    area: 'finance',
    reason: {
      pl: 'dochody i ich części to budżet, a nie nakłady zamienione na usługi',
      en: 'revenues and their parts are the budget, not resources turned into services',
    },
  },
  {
    area: 'social-assistance',
    reason: {
      pl: 'wydatki idą za potrzebami, a liczbę świadczeniobiorców DEA odczytałaby jako efekt',
      en: 'spending follows need, and DEA would read the number of recipients as an output',
    },
  },
  {
    area: 'environment',
    reason: {
      pl: 'katalog nie ma wskaźnika kosztu gospodarki odpadami',
      en: 'the catalogue has no waste-management cost',
    },
  },
  {
    area: 'housing',
    reason: { pl: 'katalog ma tylko wskaźnik kontekstu', en: 'the catalogue has a context indicator only' },
  },
  {
    area: 'civic-participation',
    reason: {
      pl: 'frekwencja wyborcza nie jest usługą jednostki',
      en: 'election turnout is not a service of the unit',
    },
  },
  {
    area: 'other',
    reason: {
      pl: 'demografia i powierzchnia opisują jednostkę, nie jej usługi',
      en: 'demography and area describe the unit, not its services',
    },
  },
];
