/**
 * The portal's words in Polish (the default) and English. A key without both languages does not
 * compile, so no page shows an untranslated string.
 */
export type Lang = 'pl' | 'en';

const WORDS = {
  siteName: { pl: 'Miernik — portal danych', en: 'Miernik — data portal' },
  skip: { pl: 'Przejdź do treści', en: 'Skip to content' },
  navHome: { pl: 'Portal', en: 'Portal' },
  navCompare: { pl: 'Porównaj', en: 'Compare' },
  navSignIn: { pl: 'Zaloguj się', en: 'Sign in' },
  navOpenApi: { pl: 'Otwarte API', en: 'Open API' },
  language: { pl: 'Język', en: 'Language' },
  footer: {
    pl: 'Miernik — otwarta platforma porównań usług publicznych JST. Dane publikowane w wydaniach; licencja każdego źródła podana przy danych.',
    en: 'Miernik — an open platform comparing the public services of local governments. Data published in releases; each source’s licence is given with the data.',
  },
  homeTitle: { pl: 'Dane o usługach publicznych samorządów', en: 'Data on the public services of local governments' },
  homeDescription: {
    pl: 'Opublikowane wskaźniki gmin, powiatów i województw: profile jednostek, rankingi, mapy, porównania i pliki do pobrania.',
    en: 'Published indicators of Polish gminy, powiaty and voivodeships: unit profiles, rankings, maps, comparisons and downloads.',
  },
  holds: { pl: 'Co zawiera Miernik', en: 'What Miernik holds' },
  countUnits: { pl: 'jednostek w rejestrze', en: 'units in the register' },
  countIndicators: { pl: 'opublikowanych wskaźników', en: 'published indicators' },
  countReleases: { pl: 'wydań danych', en: 'data releases' },
  countPractices: { pl: 'dobrych praktyk', en: 'good practices' },
  countValues: { pl: 'opublikowanych wartości', en: 'published values' },
  latestReleases: { pl: 'Najnowsze wydania danych', en: 'Latest data releases' },
  release: { pl: 'Wydanie', en: 'Release' },
  noReleases: { pl: 'Nie opublikowano jeszcze żadnego wydania.', en: 'No release has been published yet.' },
  latestPractices: { pl: 'Najnowsze dobre praktyki', en: 'Latest good practices' },
  noPractices: { pl: 'Brak opublikowanych dobrych praktyk.', en: 'No published good practices.' },
  search: { pl: 'Szukaj jednostki', en: 'Find a unit' },
  searchLabel: { pl: 'Nazwa lub kod TERYT', en: 'Name or TERYT code' },
  searchButton: { pl: 'Szukaj', en: 'Search' },
  searchResults: { pl: 'Wyniki wyszukiwania', en: 'Search results' },
  searchNone: { pl: 'Nie znaleziono jednostki o tej nazwie ani kodzie.', en: 'No unit has this name or code.' },
  searchMore: {
    pl: 'Pokazano pierwsze {n} wyników; zawęź wyszukiwanie.',
    en: 'The first {n} results are shown; narrow the search.',
  },
  indicators: { pl: 'Wskaźniki', en: 'Indicators' },
  allIndicators: { pl: 'Opublikowane wskaźniki', en: 'Published indicators' },
  unitIndicators: { pl: 'Wskaźniki jednostki', en: 'The unit’s indicators' },
  unitNoValues: {
    pl: 'Ta jednostka nie ma jeszcze opublikowanych wartości.',
    en: 'This unit has no published values yet.',
  },
  indicator: { pl: 'Wskaźnik', en: 'Indicator' },
  value: { pl: 'Wartość', en: 'Value' },
  period: { pl: 'Okres', en: 'Period' },
  trend: { pl: 'Trend', en: 'Trend' },
  place: { pl: 'Miejsce', en: 'Place' },
  placeAmong: { pl: '{place} z {of}', en: '{place} of {of}' },
  placeSuppressed: { pl: 'mniej niż 5 jednostek', en: 'fewer than 5 units' },
  placeNote: {
    pl: 'Miejsce wśród jednostek tego samego rodzaju z wartością w danym okresie; remisy jako przedział (np. 3–5). Poniżej 5 jednostek miejsca nie podajemy.',
    en: 'Place among units of the same kind with a value in that period; ties as a range (e.g. 3–5). With fewer than 5 units no place is given.',
  },
  source: { pl: 'Źródło', en: 'Source' },
  sources: { pl: 'Źródła danych', en: 'Data sources' },
  map: { pl: 'Mapa', en: 'Map' },
  unitMap: { pl: '{name} na mapie województwa', en: '{name} on the map of its voivodeship' },
  unitMapCountry: { pl: '{name} na mapie Polski', en: '{name} on the map of Poland' },
  noMap: { pl: 'Brak granic tej jednostki na mapie.', en: 'This unit has no boundary on the map.' },
  kind: { pl: 'Rodzaj', en: 'Kind' },
  voivodeship: { pl: 'Województwo', en: 'Voivodeship' },
  code: { pl: 'Kod', en: 'Code' },
  unit: { pl: 'Jednostka', en: 'Unit' },
  units: { pl: 'Jednostki', en: 'Units' },
  practices: { pl: 'Dobre praktyki', en: 'Good practices' },
  unitNoPractices: {
    pl: 'Brak opublikowanych dobrych praktyk tej jednostki.',
    en: 'No published good practices of this unit.',
  },
  awards: { pl: 'Nagrody w konkursach', en: 'Competition awards' },
  noAwards: {
    pl: 'Brak nagród w opublikowanych wynikach konkursów.',
    en: 'No awards in published competition results.',
  },
  laureate: { pl: 'laureat', en: 'laureate' },
  distinction: { pl: 'wyróżnienie', en: 'distinction' },
  strategies: { pl: 'Raporty z monitoringu strategii', en: 'Strategy monitoring reports' },
  noStrategies: { pl: 'Brak opublikowanych raportów.', en: 'No published reports.' },
  reportFor: { pl: 'raport za {period} (PDF)', en: 'report for {period} (PDF)' },
  surveys: { pl: 'Wyniki ankiet', en: 'Survey results' },
  dataJson: { pl: 'Dane (JSON, otwarte API)', en: 'Data (JSON, open API)' },
  noSurveys: { pl: 'Brak opublikowanych wyników ankiet.', en: 'No published survey results.' },
  surveyAnswers: {
    pl: '{n} odpowiedzi, zamknięta {date}; błąd oszacowania ±{margin} pkt proc.',
    en: '{n} answers, closed {date}; margin of error ±{margin} pp',
  },
  surveyAnswersNoMargin: { pl: '{n} odpowiedzi, zamknięta {date}', en: '{n} answers, closed {date}' },
  favourable: {
    pl: 'odpowiedzi pozytywne: {share}% (95% przedział ufności {lower}–{upper}%)',
    en: 'favourable answers: {share}% (95% confidence interval {lower}–{upper}%)',
  },
  suppressedFigure: {
    pl: 'za mało odpowiedzi, by podać wynik (mniej niż {n})',
    en: 'too few answers to show a figure (fewer than {n})',
  },
  assessments: { pl: 'Samoocena (CAF / EFQM)', en: 'Self-assessment (CAF / EFQM)' },
  noAssessments: { pl: 'Brak opublikowanych samoocen.', en: 'No published self-assessments.' },
  assessmentRound: {
    pl: 'runda {round} ({date}): {total} z {max} pkt',
    en: 'round {round} ({date}): {total} of {max} points',
  },
  plans: { pl: 'Plany doskonalenia', en: 'Improvement plans' },
  noPlans: { pl: 'Brak opublikowanych planów doskonalenia.', en: 'No published improvement plans.' },
  action: { pl: 'Działanie', en: 'Action' },
  status: { pl: 'Stan', en: 'Status' },
  deadline: { pl: 'Termin', en: 'Deadline' },
  progress: { pl: 'Postęp', en: 'Progress' },
  'status-planned': { pl: 'zaplanowane', en: 'planned' },
  'status-in-progress': { pl: 'w realizacji', en: 'in progress' },
  'status-done': { pl: 'zrealizowane', en: 'done' },
  'status-cancelled': { pl: 'anulowane', en: 'cancelled' },
  overdue: { pl: 'po terminie', en: 'overdue' },
  download: { pl: 'Pobierz tabelę', en: 'Download the table' },
  definition: { pl: 'Definicja', en: 'Definition' },
  formula: { pl: 'Wzór', en: 'Formula' },
  polarity: { pl: 'Kierunek', en: 'Direction' },
  'higher-is-better': { pl: 'im wyżej, tym lepiej', en: 'higher is better' },
  'lower-is-better': { pl: 'im niżej, tym lepiej', en: 'lower is better' },
  neutral: {
    pl: 'bez oceny (wyższa wartość nie jest ani lepsza, ani gorsza)',
    en: 'neutral (higher is neither better nor worse)',
  },
  measureUnit: { pl: 'Jednostka miary', en: 'Unit of measure' },
  distribution: { pl: 'Rozkład wartości', en: 'Distribution of values' },
  distributionLabel: {
    pl: 'Histogram: liczba jednostek w przedziałach wartości, {n} jednostek, okres {period}',
    en: 'Histogram: number of units per value range, {n} units, period {period}',
  },
  summary: {
    pl: '{n} jednostek z wartością; mediana {median}, najniższa {min}, najwyższa {max}.',
    en: '{n} units with a value; median {median}, lowest {min}, highest {max}.',
  },
  noValues: { pl: 'Brak wartości dla wybranych filtrów.', en: 'No values for the chosen filters.' },
  mapDirect: {
    pl: 'Mapa: wartość wskaźnika w każdej jednostce ({level}), pięć klas po tyle samo jednostek.',
    en: 'Map: the indicator’s value in each unit ({level}), five classes of equal size.',
  },
  mapCountyMedian: {
    pl: 'Mapa: mediana wartości gmin każdego powiatu (gminy wybranego rodzaju), pięć klas po tyle samo powiatów.',
    en: 'Map: the median of the gminy’s values in each powiat (gminy of the chosen kind), five classes of equal size.',
  },
  levelShown: {
    pl: 'Wskaźnik dotyczy kilku szczebli samorządu; pokazano: {level}. Wybierz rodzaj jednostki, aby zobaczyć inne.',
    en: 'The indicator covers several tiers of local government; shown: {level}. Choose a kind of unit to see the others.',
  },
  levelOther: { pl: 'pozostałe jednostki', en: 'other units' },
  legend: { pl: 'Legenda', en: 'Legend' },
  legendNoData: { pl: 'brak danych', en: 'no data' },
  levelVoivodeship: { pl: 'województwa', en: 'voivodeships' },
  levelCounty: { pl: 'powiaty', en: 'powiaty' },
  levelMunicipality: { pl: 'gminy', en: 'gminy' },
  ranking: { pl: 'Ranking', en: 'Ranking' },
  rankingCaption: {
    pl: 'Ranking, okres {period}: {n} jednostek; miejsca ex aequo jako przedział',
    en: 'Ranking, period {period}: {n} units; tied places as a range',
  },
  rankingPage: { pl: 'Strona {page} z {pages}', en: 'Page {page} of {pages}' },
  previous: { pl: 'Poprzednia', en: 'Previous' },
  next: { pl: 'Następna', en: 'Next' },
  howToRead: { pl: 'Jak czytać te dane', en: 'How to read this' },
  howToReadText: {
    pl: 'Każda wartość pochodzi z opublikowanego wydania danych i jest pokazywana tak, jak ją wydano. Histogram pokazuje, ile jednostek ma wartość w danym przedziale. W rankingu jednostki o tej samej wartości dzielą miejsca (np. 3–5). Porównuj jednostki tego samego rodzaju: gminy miejskie, wiejskie i powiaty różnią się zadaniami i skalą. Różnica kilku miejsc przy bardzo zbliżonych wartościach zwykle nic nie znaczy.',
    en: 'Every value comes from a published data release and is shown as released. The histogram shows how many units have a value in each range. In the ranking, units with the same value share places (e.g. 3–5). Compare units of the same kind: urban and rural gminy and powiaty differ in tasks and size. A difference of a few places between very close values usually means nothing.',
  },
  filters: { pl: 'Wybierz dane', en: 'Choose the data' },
  allKinds: { pl: 'wszystkie rodzaje', en: 'all kinds' },
  allVoivodeships: { pl: 'cała Polska', en: 'all of Poland' },
  show: { pl: 'Pokaż', en: 'Show' },
  compareTitle: { pl: 'Porównaj jednostki', en: 'Compare units' },
  compareDescription: {
    pl: 'Wybierz jednostki i wskaźniki: wykres, tabela i adres do udostępnienia.',
    en: 'Pick units and indicators: a chart, a table and a URL to share.',
  },
  compareUnits: {
    pl: 'Jednostki (kody TERYT, oddzielone przecinkami)',
    en: 'Units (TERYT codes, separated by commas)',
  },
  compareAdd: { pl: 'Dodaj jednostkę (nazwa lub kod)', en: 'Add a unit (name or code)' },
  compareIndicators: { pl: 'Wskaźniki', en: 'Indicators' },
  compareLatest: { pl: 'najnowszy opublikowany', en: 'latest published' },
  compareButton: { pl: 'Porównaj', en: 'Compare' },
  compareShare: { pl: 'Adres tego porównania', en: 'The address of this comparison' },
  compareEmpty: {
    pl: 'Wybierz co najmniej jedną jednostkę i jeden wskaźnik.',
    en: 'Choose at least one unit and one indicator.',
  },
  compareUnknown: { pl: 'Nieznane kody pominięto: {codes}', en: 'Unknown codes left out: {codes}' },
  compareMatches: { pl: 'Pasujące jednostki — wybierz:', en: 'Matching units — choose one:' },
  compareChart: { pl: 'Wykres słupkowy: {indicator}, okres {period}', en: 'Bar chart: {indicator}, period {period}' },
  compareFromProfile: { pl: 'Porównaj z innymi', en: 'Compare with others' },
  noValue: { pl: 'brak', en: 'none' },
  notFoundTitle: { pl: 'Nie znaleziono strony', en: 'Page not found' },
  notFoundText: {
    pl: 'Nie ma takiej jednostki, takiego wskaźnika albo te dane nie zostały opublikowane.',
    en: 'There is no such unit or indicator, or the data has not been published.',
  },
  backHome: { pl: 'Wróć do portalu', en: 'Back to the portal' },
  publishedOn: { pl: 'opublikowano {date}', en: 'published {date}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof WORDS;

/** A word in the language, with `{name}` placeholders filled. */
export function word(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Names of the Polish unit kinds; other kinds (imported registers) are shown by their id. */
const KIND_NAMES: Record<string, Record<Lang, string>> = {
  voivodeship: { pl: 'województwo', en: 'voivodeship' },
  county: { pl: 'powiat', en: 'powiat (county)' },
  'city-county': { pl: 'miasto na prawach powiatu', en: 'city with powiat status' },
  'municipality-urban': { pl: 'gmina miejska', en: 'urban gmina' },
  'municipality-rural': { pl: 'gmina wiejska', en: 'rural gmina' },
  'municipality-urban-rural': { pl: 'gmina miejsko-wiejska', en: 'urban-rural gmina' },
  'municipality-town-part': { pl: 'miasto w gminie miejsko-wiejskiej', en: 'town of an urban-rural gmina' },
  'municipality-rural-part': { pl: 'obszar wiejski gminy miejsko-wiejskiej', en: 'rural area of an urban-rural gmina' },
  'city-district': { pl: 'dzielnica', en: 'city district' },
};

export function kindName(lang: Lang, kind: string): string {
  return KIND_NAMES[kind]?.[lang] ?? kind;
}

/** Numbers as the language writes them (Polish: "1 234,5"). */
export function formatNumber(lang: Lang, value: number, decimals: number): string {
  return new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // Polish leaves 4-digit numbers ungrouped by default; tables read better grouped alike.
    useGrouping: 'always',
  }).format(value);
}

export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}
