import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { scoreResponse, validateResponse, type AnswerErrorCode } from './answers';
import { conditionInputs, formQuestionsOf } from './form';
import { generateSyntheticResponses } from './synthetic';
import { validateTemplate, type SurveyTemplate } from './template';

const t = (pl: string, en: string) => ({ default: pl, en });
const likert = [1, 2, 3, 4, 5].map((value) => ({ value, text: t(`${value}`, `${value}`) }));

const template: SurveyTemplate = {
  id: 'answers-test',
  kind: 'customer',
  version: 1,
  titles: { pl: 'Test', en: 'Test' },
  form: {
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'html', name: 'intro', html: t('Witamy', 'Welcome') },
          {
            type: 'radiogroup',
            name: 'channel',
            title: t('Kanał', 'Channel'),
            isRequired: true,
            choices: ['office', 'phone', 'epuap'],
          },
          {
            type: 'rating',
            name: 'wait',
            title: t('Czekanie', 'Waiting'),
            rateValues: likert,
            visibleIf: "{channel} = 'office'",
          },
          {
            type: 'radiogroup',
            name: 'waitReason',
            title: t('Dlaczego?', 'Why?'),
            choices: ['queue', 'system'],
            visibleIf: '{wait} <= 2',
          },
          { type: 'rating', name: 'speed', title: t('Szybkość', 'Speed'), rateValues: likert },
          { type: 'rating', name: 'stress', title: t('Stres', 'Stress'), rateValues: likert },
          { type: 'radiogroup', name: 'city', title: t('Miasto', 'City'), choices: [1, 2, 3, 4, 'dk'] },
          {
            type: 'dropdown',
            name: 'office',
            title: t('Wydział', 'Department'),
            choices: [{ value: 'usc', visibleIf: "{channel} = 'office'" }, 'tax', 'other'],
          },
          {
            type: 'checkbox',
            name: 'topics',
            title: t('Tematy', 'Topics'),
            choices: ['a', 'b', 'c', 'd'],
            maxSelectedChoices: 2,
            showNoneItem: true,
          },
          { type: 'boolean', name: 'again', title: t('Ponownie?', 'Again?') },
          { type: 'text', name: 'age', title: t('Wiek', 'Age'), inputType: 'number', min: 18, max: 120 },
          {
            type: 'text',
            name: 'postcode',
            title: t('Kod', 'Postcode'),
            maxLength: 6,
            validators: [{ type: 'regex', regex: '^\\d{2}-\\d{3}$', text: 'kod pocztowy' }],
          },
          { type: 'comment', name: 'note', title: t('Uwagi', 'Comments'), maxLength: 20, requiredIf: '{speed} = 1' },
          {
            type: 'panel',
            name: 'extra',
            visibleIf: "{channel} = 'epuap'",
            elements: [
              { type: 'rating', name: 'epuapEase', title: t('ePUAP', 'ePUAP'), rateValues: likert, isRequired: true },
            ],
          },
        ],
      },
      {
        name: 'p2',
        visibleIf: "{channel} = 'phone'",
        elements: [
          { type: 'rating', name: 'phoneEase', title: t('Telefon', 'Phone'), rateValues: likert, isRequired: true },
        ],
      },
    ],
  },
  questions: [
    { name: 'wait', dimension: 'service', scale: { min: 1, max: 5 } },
    { name: 'speed', dimension: 'service', scale: { min: 1, max: 5 } },
    { name: 'stress', dimension: 'service', scale: { min: 1, max: 5 }, reverseCoded: true },
    { name: 'city', scale: { min: 1, max: 4 }, noOpinionValues: ['dk'] },
  ],
};

describe('the test template', () => {
  it('is valid', () => {
    expect(validateTemplate(template)).toMatchObject({ ok: true });
  });
});

describe('validateResponse — accepted and normalized', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['the minimum', { channel: 'phone', phoneEase: 4 }, { channel: 'phone', phoneEase: 4 }],
    [
      'a numeric text field keyed in as text becomes a number; trimmed text',
      { channel: 'phone', phoneEase: 4, speed: 5, age: '42', note: '  ok  ' },
      { channel: 'phone', phoneEase: 4, speed: 5, age: 42, note: 'ok' },
    ],
    [
      'a Polish decimal comma',
      { channel: 'phone', phoneEase: 4, age: '42,5' },
      { channel: 'phone', phoneEase: 4, age: 42.5 },
    ],
    [
      'empty values as unanswered',
      { channel: 'phone', phoneEase: 4, speed: null, note: '   ', topics: [], postcode: '' },
      { channel: 'phone', phoneEase: 4 },
    ],
    [
      'a conditional question that is visible',
      { channel: 'office', wait: 2, waitReason: 'queue', office: 'usc' },
      { channel: 'office', wait: 2, waitReason: 'queue', office: 'usc' },
    ],
    [
      'none alone, boolean, a valid postcode, no-opinion code',
      { channel: 'phone', phoneEase: 3, topics: ['none'], again: false, postcode: '00-950', city: 'dk' },
      { channel: 'phone', phoneEase: 3, topics: ['none'], again: false, postcode: '00-950', city: 'dk' },
    ],
    [
      'requiredIf met',
      { channel: 'phone', phoneEase: 3, speed: 1, note: 'za wolno' },
      { channel: 'phone', phoneEase: 3, speed: 1, note: 'za wolno' },
    ],
    ['a question in a visible panel', { channel: 'epuap', epuapEase: 5 }, { channel: 'epuap', epuapEase: 5 }],
  ])('%s', (_, response, answers) => {
    const result = validateResponse(template, response);
    expect(result).toEqual({ ok: true, answers, dropped: [] });
  });

  it('keeps form order', () => {
    const result = validateResponse(template, { speed: 3, phoneEase: 4, channel: 'phone' });
    expect(result.ok && Object.keys(result.answers)).toEqual(['channel', 'speed', 'phoneEase']);
  });
});

describe('validateResponse — answers to invisible questions are dropped', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    [
      'a question whose condition is false',
      { channel: 'phone', phoneEase: 4, wait: 1 },
      { channel: 'phone', phoneEase: 4 },
      ['wait'],
    ],
    [
      'a chain: wait is hidden, so waitReason is too',
      { channel: 'phone', phoneEase: 4, wait: 1, waitReason: 'queue' },
      { channel: 'phone', phoneEase: 4 },
      ['wait', 'waitReason'],
    ],
    [
      'a question in a hidden panel',
      { channel: 'phone', phoneEase: 4, epuapEase: 2 },
      { channel: 'phone', phoneEase: 4 },
      ['epuapEase'],
    ],
    ['a question on a hidden page', { channel: 'office', phoneEase: 2 }, { channel: 'office' }, ['phoneEase']],
  ])('%s', (_, response, answers, dropped) => {
    expect(validateResponse(template, response)).toEqual({ ok: true, answers, dropped });
  });

  it('a required question on a hidden page is not required', () => {
    expect(validateResponse(template, { channel: 'office' })).toMatchObject({ ok: true });
  });
});

describe('validateResponse — rejected', () => {
  const cases: [string, Record<string, unknown>, string, AnswerErrorCode][] = [
    ['a missing required answer', { phoneEase: 4 }, 'channel', 'required'],
    ['a required question on a visible page', { channel: 'phone' }, 'phoneEase', 'required'],
    ['a required question in a visible panel', { channel: 'epuap' }, 'epuapEase', 'required'],
    ['requiredIf', { channel: 'phone', phoneEase: 3, speed: 1 }, 'note', 'required'],
    ['an unknown question', { channel: 'phone', phoneEase: 3, hacker: 1 }, 'hacker', 'unknown-question'],
    [
      'a SurveyJS comment key',
      { channel: 'phone', phoneEase: 3, 'channel-Comment': 'x' },
      'channel-Comment',
      'unknown-question',
    ],
    ['an answer to an html element', { channel: 'phone', phoneEase: 3, intro: 'x' }, 'intro', 'not-answerable'],
    ['an answer to a panel', { channel: 'phone', phoneEase: 3, extra: 'x' }, 'extra', 'not-answerable'],
    ['a rating off the scale', { channel: 'phone', phoneEase: 6 }, 'phoneEase', 'not-a-choice'],
    ['a rating given as a fraction', { channel: 'phone', phoneEase: 3.5 }, 'phoneEase', 'not-a-choice'],
    // Types are exact: the string "4" is not the rating 4.
    ['a rating given as the string "4"', { channel: 'phone', phoneEase: '4' }, 'phoneEase', 'not-a-choice'],
    ['a rating given as an object', { channel: 'phone', phoneEase: { v: 3 } }, 'phoneEase', 'invalid-type'],
    ['a choice not offered', { channel: 'fax', phoneEase: 3 }, 'channel', 'not-a-choice'],
    ['a choice of the wrong case', { channel: 'Phone', phoneEase: 3 }, 'channel', 'not-a-choice'],
    [
      'a choice hidden by its own visibleIf',
      { channel: 'phone', phoneEase: 3, office: 'usc' },
      'office',
      'not-a-choice',
    ],
    [
      'a single value where a list is expected',
      { channel: 'phone', phoneEase: 3, topics: 'a' },
      'topics',
      'invalid-type',
    ],
    ['a list where a single value is expected', { channel: ['phone'], phoneEase: 3 }, 'channel', 'invalid-type'],
    ['a checkbox choice not offered', { channel: 'phone', phoneEase: 3, topics: ['a', 'z'] }, 'topics', 'not-a-choice'],
    ['a checkbox choice twice', { channel: 'phone', phoneEase: 3, topics: ['a', 'a'] }, 'topics', 'duplicate-choice'],
    [
      'too many checkbox choices',
      { channel: 'phone', phoneEase: 3, topics: ['a', 'b', 'c'] },
      'topics',
      'too-many-choices',
    ],
    [
      '"none" with another choice',
      { channel: 'phone', phoneEase: 3, topics: ['none', 'a'] },
      'topics',
      'none-not-exclusive',
    ],
    ['a boolean as a string', { channel: 'phone', phoneEase: 3, again: 'yes' }, 'again', 'not-a-choice'],
    ['a number below its minimum', { channel: 'phone', phoneEase: 3, age: 12 }, 'age', 'out-of-range'],
    ['not a number', { channel: 'phone', phoneEase: 3, age: 'forty' }, 'age', 'invalid-type'],
    ['an infinite number', { channel: 'phone', phoneEase: 3, age: Infinity }, 'age', 'invalid-type'],
    ['text that is too long', { channel: 'phone', phoneEase: 3, note: 'x'.repeat(21) }, 'note', 'too-long'],
    ['text that is not a string', { channel: 'phone', phoneEase: 3, note: 42 }, 'note', 'invalid-type'],
    ['a form validator', { channel: 'phone', phoneEase: 3, postcode: '00950' }, 'postcode', 'validator-failed'],
  ];

  it.each(cases)('%s', (_, response, question, code) => {
    const result = validateResponse(template, response);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ question, code }));
  });

  it('lists every problem, one per field', () => {
    const result = validateResponse(template, {
      channel: 'phone',
      phoneEase: 9,
      age: 5,
      note: 'x'.repeat(30),
      bogus: true,
      topics: ['a', 'b', 'c'],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.question, e.code]).sort()).toEqual([
        ['age', 'out-of-range'],
        ['bogus', 'unknown-question'],
        ['note', 'too-long'],
        ['phoneEase', 'not-a-choice'],
        ['topics', 'too-many-choices'],
      ]);
      expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
    }
  });

  it('says what to send when a number came as text', () => {
    const result = validateResponse(template, { channel: 'phone', phoneEase: '4' });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        question: 'phoneEase',
        code: 'not-a-choice',
        message: '"4" is text; send the number 4',
      }),
    ]);
  });

  it('an invalid answer to a required question is reported once, not also as missing', () => {
    const result = validateResponse(template, { channel: 'fax', phoneEase: 3 });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ question: 'channel', code: 'not-a-choice' }),
    ]);
  });

  it.each([null, 'x', 42, [1, 2]])('a body that is not an object: %j', (body) => {
    expect(validateResponse(template, body)).toMatchObject({
      ok: false,
      errors: [{ question: '', code: 'not-an-object' }],
    });
  });

  it('gives the same verdict when called again (the shared model keeps no state)', () => {
    const first = validateResponse(template, { channel: 'office', wait: 1, waitReason: 'queue' });
    validateResponse(template, { channel: 'phone', phoneEase: 1 });
    expect(validateResponse(template, { channel: 'office', wait: 1, waitReason: 'queue' })).toEqual(first);
  });
});

describe('scoreResponse', () => {
  const scored = (answers: Record<string, unknown>, minimumItemShare?: number) =>
    scoreResponse(template, answers as never, minimumItemShare === undefined ? {} : { minimumItemShare });

  it('reverse-codes: x′ = min + max − x', () => {
    const s = scored({ channel: 'office', wait: 4, speed: 5, stress: 2 });
    expect(s.items).toEqual({ wait: 4, speed: 5, stress: 4, city: null });
    expect(s.dimensions.service).toBeCloseTo((4 + 5 + 4) / 3, 12);
  });

  it('favourable flags use raw answers: top-2 on normal items, bottom-2 on reverse-coded ones', () => {
    const s = scored({ wait: 3, speed: 4, stress: 2, city: 3 });
    expect(s.favourable).toEqual({ wait: false, speed: true, stress: true, city: true });
    expect(s.dimensionFavourable.service).toBeCloseTo(2 / 3, 12);
  });

  it('excludes "don\'t know" from items and flags', () => {
    const s = scored({ city: 'dk' });
    expect(s.items.city).toBeNull();
    expect(s.favourable.city).toBeNull();
  });

  it.each([
    ['2 of 3 items', { speed: 2, stress: 5 }, undefined, 1.5],
    ['1 of 3 items: below half', { speed: 2 }, undefined, null],
    ['1 of 3 items with a lower threshold', { speed: 2 }, 0.3, 2],
    ['no items', {}, undefined, null],
  ])('dimension score from %s', (_, answers, share, expected) => {
    const s = scored(answers, share);
    if (expected === null) expect(s.dimensions.service).toBeNull();
    else expect(s.dimensions.service).toBeCloseTo(expected, 12);
  });
});

describe('reused layouts give exactly the exhaustive result', () => {
  const files = readdirSync(new URL('../../data/surveys/', import.meta.url)).filter((f) => f.endsWith('.json'));
  const shipped = files.map(
    (f) => JSON.parse(readFileSync(new URL(`../../data/surveys/${f}`, import.meta.url), 'utf8')) as SurveyTemplate,
  );

  it("knows which answers the shipped forms' conditions read", () => {
    const inputs = Object.fromEntries(shipped.map((tpl) => [tpl.id, conditionInputs(tpl.form)]));
    expect(inputs).toEqual({
      'business-climate': ['officeContact'],
      'customer-office': ['channel'],
      'employee-satisfaction': [],
      'ngo-cooperation': ['cooperationForms'],
      'resident-opinion': [],
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a validator', { elements: [{ type: 'text', name: 'a', validators: [{ type: 'regex', regex: 'x' }] }] }],
    ['a trigger', { triggers: [{ type: 'complete', expression: '{a} = 1' }], elements: [{ type: 'text', name: 'a' }] }],
    ['a function in a condition', { elements: [{ type: 'text', name: 'a', visibleIf: 'today() > 1' }] }],
    ['a survey variable', { elements: [{ type: 'text', name: 'a', visibleIf: '{$pageno} = 1' }] }],
    ['an e-mail input', { elements: [{ type: 'text', name: 'a', inputType: 'email' }] }],
    ['a value set by an expression', { elements: [{ type: 'text', name: 'a', setValueExpression: '1' }] }],
  ])('does not promise it for a form with %s', (_name, form) => {
    expect(conditionInputs(form)).toBeNull();
  });

  it('reads choice conditions, panels, pages and choicesFromQuestion, not {item}', () => {
    expect(conditionInputs(template.form)).toBeNull(); // the postcode validator
    expect(
      conditionInputs({
        pages: [
          {
            visibleIf: '{p} = 1',
            elements: [
              {
                type: 'panel',
                name: 'x',
                visibleIf: "{q} anyof ['a'] and ({r} = 2 or {s.length} > 1)",
                elements: [
                  {
                    type: 'radiogroup',
                    name: 'a',
                    choices: [{ value: 1, visibleIf: '{t} = 1' }],
                    choicesVisibleIf: '{item} != {u}',
                  },
                ],
              },
              { type: 'checkbox', name: 'b', choicesFromQuestion: 'v' },
            ],
          },
        ],
      }),
    ).toEqual(['p', 'q', 'r', 's', 't', 'u', 'v']);
  });

  it.each(shipped.map((tpl) => [tpl.id, tpl] as const))(
    '%s: 250 valid, partial and broken responses',
    (_id, tpl) => {
      // The same form with a no-op calculated value: conditionInputs gives up, every response takes the exhaustive way.
      const exhaustive = { ...tpl, form: { ...tpl.form, calculatedValues: [{ name: 'noop', expression: '1' }] } };
      expect(conditionInputs(exhaustive.form)).toBeNull();
      const random = mulberry32(7);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const questions = formQuestionsOf(tpl.form)!;
      const base = generateSyntheticResponses(tpl, { seed: 'equivalence', count: 100 });
      for (let i = 0; i < 250; i++) {
        const response: Record<string, unknown> = { ...base[i % base.length]!.answers };
        for (const q of questions) {
          const r = random();
          if (r < 0.15) delete response[q.name];
          else if (r < 0.3)
            response[q.name] = q.values ? (q.type === 'checkbox' ? [pick(q.values)] : pick(q.values)) : 'tekst';
          else if (r < 0.33) response[q.name] = pick<unknown>([99, 'nope', ['x'], true, '', null]);
        }
        if (random() < 0.05) response.unknownQuestion = 1;
        expect(validateResponse(tpl, response), JSON.stringify(response)).toEqual(
          validateResponse(exhaustive, response),
        );
      }
    },
    120_000,
  );
});
