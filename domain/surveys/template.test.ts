import { describe, expect, it } from 'vitest';
import {
  favourableValues,
  scoreValue,
  validateTemplate,
  type QuestionMeta,
  type TemplateProblemCode,
} from './template';

const t = (pl: string, en: string) => ({ default: pl, en });
const likert = [1, 2, 3, 4, 5].map((value) => ({ value, text: t(`${value} pl`, `${value} en`) }));

/** A small valid template; each case below breaks one thing. */
function base() {
  return {
    id: 'test-template',
    kind: 'customer',
    version: 1,
    titles: { pl: 'Ankieta', en: 'Survey' },
    form: {
      title: t('Ankieta', 'Survey'),
      pages: [
        {
          name: 'p1',
          elements: [
            {
              type: 'radiogroup',
              name: 'channel',
              title: t('Kanał', 'Channel'),
              isRequired: true,
              choices: [
                { value: 'office', text: t('Urząd', 'Office') },
                { value: 'phone', text: t('Telefon', 'Phone') },
              ],
            },
            { type: 'rating', name: 'speed', title: t('Szybkość', 'Speed'), rateValues: likert },
            { type: 'rating', name: 'stress', title: t('Stres', 'Stress'), rateValues: likert },
            {
              type: 'radiogroup',
              name: 'city',
              title: t('Miasto', 'City'),
              choices: [1, 2, 3, 4, { value: 'dk', text: t('Nie wiem', "Don't know") }],
            },
            { type: 'rating', name: 'overall', title: t('Ogólnie', 'Overall'), rateValues: likert, isRequired: true },
            {
              type: 'comment',
              name: 'note',
              title: t('Uwagi', 'Comments'),
              maxLength: 500,
              visibleIf: "{channel} = 'office'",
            },
          ],
        },
      ],
    },
    dimensions: [{ id: 'service', titles: { pl: 'Obsługa', en: 'Service' } }],
    questions: [
      { name: 'speed', dimension: 'service', scale: { min: 1, max: 5 } },
      { name: 'stress', dimension: 'service', scale: { min: 1, max: 5 }, reverseCoded: true },
      { name: 'city', scale: { min: 1, max: 4 }, noOpinionValues: ['dk'], satisfiedValues: [3, 4] },
      { name: 'overall', scale: { min: 1, max: 5 }, satisfiedValues: [4, 5], headline: true },
    ] as Record<string, unknown>[],
  };
}

type Template = ReturnType<typeof base>;
const elements = (tpl: Template) => tpl.form.pages[0]!.elements as Record<string, unknown>[];

describe('validateTemplate', () => {
  it('accepts the base template without warnings', () => {
    const result = validateTemplate(base());
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  const cases: [string, (tpl: Template) => void, TemplateProblemCode, string][] = [
    [
      'metadata for a question that is not in the form',
      (tpl) => tpl.questions.push({ name: 'ghost' }),
      'unknown-question',
      'questions[4].name',
    ],
    [
      'metadata listed twice',
      (tpl) => tpl.questions.push({ name: 'speed', scale: { min: 1, max: 5 } }),
      'duplicate-meta',
      'questions[4].name',
    ],
    [
      'a scale that does not match the form',
      (tpl) => {
        tpl.questions[0]!.scale = { min: 0, max: 10 };
      },
      'scale-mismatch',
      'questions[0].scale',
    ],
    [
      'a scale over a choice that is not a no-opinion code',
      (tpl) => {
        delete tpl.questions[2]!.noOpinionValues;
        delete tpl.questions[2]!.satisfiedValues;
      },
      'scale-mismatch',
      'questions[2].scale',
    ],
    [
      'a scale on free text',
      (tpl) => tpl.questions.push({ name: 'note', scale: { min: 1, max: 5 } }),
      'scale-not-applicable',
      'questions[4].scale',
    ],
    [
      'a scale with min ≥ max',
      (tpl) => {
        tpl.questions[0]!.scale = { min: 5, max: 1 };
      },
      'invalid-structure',
      'questions[0].scale',
    ],
    [
      'a satisfied value the question cannot hold',
      (tpl) => {
        tpl.questions[3]!.satisfiedValues = [5, 6];
      },
      'invalid-value',
      'questions[3].satisfiedValues[1]',
    ],
    [
      'a no-opinion code counted as satisfied',
      (tpl) => {
        tpl.questions[2]!.satisfiedValues = [4, 'dk'];
      },
      'invalid-value',
      'questions[2].satisfiedValues[1]',
    ],
    [
      'an unknown no-opinion code',
      (tpl) => {
        tpl.questions[2]!.noOpinionValues = ['dk', 'na'];
      },
      'invalid-value',
      'questions[2].noOpinionValues[1]',
    ],
    [
      'reverse coding without a scale',
      (tpl) => tpl.questions.push({ name: 'channel', reverseCoded: true }),
      'reverse-without-scale',
      'questions[4].reverseCoded',
    ],
    [
      'a dimension without a scale',
      (tpl) => tpl.questions.push({ name: 'channel', dimension: 'service' }),
      'dimension-without-scale',
      'questions[4].dimension',
    ],
    [
      'a dimension mixing scales',
      (tpl) => {
        tpl.questions[2]!.dimension = 'service';
      },
      'dimension-scale-mismatch',
      'questions[2].scale',
    ],
    [
      'an undeclared dimension',
      (tpl) => {
        tpl.questions[0]!.dimension = 'other';
      },
      'unknown-dimension',
      'questions[0].dimension',
    ],
    [
      'a declared dimension with no items',
      (tpl) => tpl.dimensions.push({ id: 'empty', titles: { pl: 'Pusty', en: 'Empty' } }),
      'empty-dimension',
      'dimensions[1]',
    ],
    [
      'a headline with nothing to count',
      (tpl) => tpl.questions.push({ name: 'channel', headline: true }),
      'headline-without-satisfied-values',
      'questions[4].headline',
    ],
    [
      'catalogue variables on a question that is not a headline',
      (tpl) => {
        tpl.questions[0]!.catalogueVariables = { satisfied: 'a_b', respondents: 'c_d' };
      },
      'catalogue-variables-without-headline',
      'questions[0].catalogueVariables',
    ],
    [
      'catalogue variables that are not codes',
      (tpl) => {
        tpl.questions[3]!.catalogueVariables = { satisfied: 'Bad Code', respondents: 'c_d' };
      },
      'invalid-structure',
      'questions[3].catalogueVariables',
    ],
    [
      'satisfied values on a checkbox',
      (tpl) => {
        elements(tpl).push({ type: 'checkbox', name: 'many', title: t('a', 'a'), choices: ['x', 'y'] });
        tpl.questions.push({ name: 'many', satisfiedValues: ['x'] });
      },
      'invalid-value',
      'questions[4].satisfiedValues',
    ],
    [
      'an unsupported question type',
      (tpl) => elements(tpl).push({ type: 'matrix', name: 'grid', title: t('a', 'a'), columns: [1, 2], rows: ['a'] }),
      'unsupported-question-type',
      'form.pages[0].elements[6]',
    ],
    [
      'a type survey-core does not know',
      (tpl) => elements(tpl).push({ type: 'fancy', name: 'fancy', title: t('a', 'a') }),
      'unsupported-question-type',
      'form.pages[0].elements[6]',
    ],
    [
      'an "other" item',
      (tpl) => {
        elements(tpl)[0]!.showOtherItem = true;
      },
      'unsupported-property',
      'form.pages[0].elements[0].showOtherItem',
    ],
    [
      'a duplicate question name',
      (tpl) => elements(tpl).push({ type: 'rating', name: 'speed', title: t('a', 'a') }),
      'duplicate-question-name',
      'form.pages[0].elements[6]',
    ],
    [
      'a condition naming an unknown question',
      (tpl) => {
        elements(tpl)[5]!.visibleIf = "{chanel} = 'office'";
      },
      'form-lint',
      'form.pages[0].elements[5].visibleIf',
    ],
    [
      'a condition that does not parse',
      (tpl) => {
        elements(tpl)[5]!.visibleIf = "{channel} = = 'office'";
      },
      'form-lint',
      'form.pages[0].elements[5].visibleIf',
    ],
    [
      'an unknown property (a typo)',
      (tpl) => {
        elements(tpl)[1]!.isRequred = true;
      },
      'form-lint',
      'form.pages[0].elements[1].isRequred',
    ],
    [
      'pages that are not a list',
      (tpl) => {
        (tpl.form as Record<string, unknown>).pages = 5;
      },
      'form-lint',
      'form.pages',
    ],
    [
      'a question name that is not an identifier',
      (tpl) => elements(tpl).push({ type: 'comment', name: 'a b', title: t('a', 'a') }),
      'invalid-structure',
      'form.pages[0].elements[6].name',
    ],
    [
      'a text limit over 2 000',
      (tpl) => {
        elements(tpl)[5]!.maxLength = 5000;
      },
      'text-limit-too-large',
      'form.pages[0].elements[5].maxLength',
    ],
    [
      'a bad id',
      (tpl) => {
        tpl.id = 'Bad Id';
      },
      'invalid-structure',
      'id',
    ],
    [
      'an unknown kind',
      (tpl) => {
        tpl.kind = 'patient';
      },
      'invalid-structure',
      'kind',
    ],
    [
      'a version that is not a positive integer',
      (tpl) => {
        tpl.version = 1.5;
      },
      'invalid-structure',
      'version',
    ],
    [
      'no English title',
      (tpl) => {
        tpl.titles.en = '';
      },
      'invalid-structure',
      'titles.en',
    ],
  ];

  it.each(cases)('reports %s', (_, breakIt, code, path) => {
    const tpl = base();
    breakIt(tpl);
    const result = validateTemplate(tpl);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('lists every problem at once', () => {
    const tpl = base();
    tpl.id = 'X';
    tpl.questions.push({ name: 'ghost' });
    tpl.questions[3]!.scale = { min: 0, max: 3 };
    const result = validateTemplate(tpl);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.code).sort()).toEqual([
        'invalid-structure',
        'scale-mismatch',
        'unknown-question',
      ]);
  });

  it.each([null, 'text', 42, []])('rejects %j as a template', (input) => {
    expect(validateTemplate(input)).toMatchObject({ ok: false, problems: [{ code: 'invalid-structure', path: '' }] });
  });

  it('rejects a form that is not an object', () => {
    const tpl = base() as Record<string, unknown>;
    tpl.form = 'survey';
    expect(validateTemplate(tpl)).toMatchObject({ ok: false, problems: [{ code: 'invalid-structure', path: 'form' }] });
  });

  it('warns about missing English and missing titles, but accepts the template', () => {
    const tpl = base();
    elements(tpl)[1]!.title = 'Tylko po polsku';
    delete elements(tpl)[2]!.title;
    const result = validateTemplate(tpl);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'missing-title', path: 'form.pages[0].elements[2]' }),
      expect.objectContaining({ code: 'missing-translation', path: 'form.pages[0].elements[1].title' }),
    ]);
  });
});

describe('favourableValues', () => {
  it.each<[string, QuestionMeta, (number | string)[] | null]>([
    ['explicit', { name: 'q', satisfiedValues: ['yes'] }, ['yes']],
    ['top two of 1–5', { name: 'q', scale: { min: 1, max: 5 } }, [4, 5]],
    ['top two of 1–4', { name: 'q', scale: { min: 1, max: 4 } }, [3, 4]],
    ['top two of 0–10', { name: 'q', scale: { min: 0, max: 10 } }, [9, 10]],
    ['reverse-coded 1–5', { name: 'q', scale: { min: 1, max: 5 }, reverseCoded: true }, [1, 2]],
    ['no scale, no values', { name: 'q' }, null],
  ])('%s', (_, meta, values) => {
    expect(favourableValues(meta)).toEqual(values);
  });
});

describe('scoreValue', () => {
  const scale = { min: 1, max: 5 };
  it.each<[QuestionMeta, unknown, number | null]>([
    [{ name: 'q', scale }, 4, 4],
    [{ name: 'q', scale, reverseCoded: true }, 4, 2],
    [{ name: 'q', scale, reverseCoded: true }, 1, 5],
    [{ name: 'q', scale, reverseCoded: true }, 3, 3],
    [{ name: 'q', scale: { min: 0, max: 10 }, reverseCoded: true }, 7, 3],
    [{ name: 'q', scale }, 'dk', null],
    [{ name: 'q', scale }, 6, null],
    [{ name: 'q' }, 4, null],
  ])('%j, %j → %s', (meta, value, scored) => {
    expect(scoreValue(meta, value)).toBe(scored);
  });
});
