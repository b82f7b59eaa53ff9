import { describe, expect, it } from 'vitest';
import { conditionInputs, createModel, DEFAULT_TEXT_LIMIT, formQuestionsOf, listFormElements } from './form';

const form = {
  pages: [
    {
      elements: [
        { type: 'rating', name: 'overall', rateMin: 1, rateMax: 5 },
        { type: 'html', name: 'intro', html: '<p>x</p>' },
        {
          type: 'panel',
          name: 'details',
          elements: [
            { type: 'checkbox', name: 'channels', choices: ['phone', 'office'], showNoneItem: true },
            { type: 'text', name: 'visits', inputType: 'number', min: 0, max: 50 },
          ],
        },
      ],
    },
    {
      elements: [
        { type: 'boolean', name: 'recommend', visibleIf: '{overall} >= 4' },
        { type: 'comment', name: 'why', maxLength: 300, visibleIf: "{channels} contains 'office'" },
        { type: 'text', name: 'nickname' },
        { type: 'matrix', name: 'grid', columns: ['a'], rows: ['r'] },
      ],
    },
  ],
};

describe('reading a SurveyJS form', () => {
  it('lists every element with its JSON path, nested panels included', () => {
    expect(listFormElements(form).map((e) => `${e.path} ${e.type} ${e.name}`)).toEqual([
      'pages[0].elements[0] rating overall',
      'pages[0].elements[1] html intro',
      'pages[0].elements[2] panel details',
      'pages[0].elements[2].elements[0] checkbox channels',
      'pages[0].elements[2].elements[1] text visits',
      'pages[1].elements[0] boolean recommend',
      'pages[1].elements[1] comment why',
      'pages[1].elements[2] text nickname',
      'pages[1].elements[3] matrix grid',
    ]);
  });

  it('describes the answerable questions as survey-core reads them; unsupported types are left out', () => {
    const questions = formQuestionsOf(form)!;
    expect(questions.map((q) => q.name)).toEqual(['overall', 'channels', 'visits', 'recommend', 'why', 'nickname']);
    const byName = Object.fromEntries(questions.map((q) => [q.name, q]));
    expect(byName.overall).toMatchObject({ type: 'rating', values: [1, 2, 3, 4, 5], path: 'pages[0].elements[0]' });
    // survey-core's "none" item has the value "none" unless the form renames it.
    expect(byName.channels).toMatchObject({ values: ['phone', 'office', 'none'], noneValue: 'none' });
    expect(byName.visits).toMatchObject({ numeric: { min: 0, max: 50 }, maxLength: null, values: null });
    expect(byName.recommend!.values).toEqual([true, false]);
    expect(byName.why!.maxLength).toBe(300);
    expect(byName.nickname!.maxLength).toBe(DEFAULT_TEXT_LIMIT);
  });

  it('finds the questions conditions read, and refuses to promise it when a condition calls a function', () => {
    expect(conditionInputs(form)).toEqual(['channels', 'overall']);
    const withFunction = {
      elements: [
        { type: 'text', name: 'a' },
        { type: 'text', name: 'b', visibleIf: 'today() > {a}' },
      ],
    };
    expect(conditionInputs(withFunction)).toBeNull();
    const withValidator = { elements: [{ type: 'text', name: 'a', validators: [{ type: 'numeric' }] }] };
    expect(conditionInputs(withValidator)).toBeNull();
  });

  it('a form without questions has none, and each call builds a fresh model that holds its own answers', () => {
    expect(formQuestionsOf({ pages: [] })).toEqual([]);
    const one = createModel(form, { overall: 5 })!;
    const two = createModel(form)!;
    expect(one.getValue('overall')).toBe(5);
    expect(two.getValue('overall')).toBeUndefined();
  });
});
