import { describe, expect, it } from 'vitest';
import { requiredPaths } from '@/lib/steps/fields';
import { guessMapping } from './mapping';
import { mappedColumns, mappingForm, mappingOf, mappingValues } from './mappingForm';

const HEADERS = ['Vraag', 'Thema', 'Score', 'Belang'];

describe('the mapping step as a form', () => {
  it('asks for the required fields of the kind of file, the others are optional', () => {
    const form = mappingForm('survey', HEADERS);
    expect([...requiredPaths(form.schema, form.complete)].sort()).toEqual([
      'surveyMapping.item',
      'surveyMapping.score',
    ]);
  });

  it('accepts a complete mapping, and names a missing field and a column chosen twice', () => {
    const form = mappingForm('survey', HEADERS);
    const values = mappingValues('survey', guessMapping('survey', HEADERS));
    expect(values).toEqual({
      surveyMapping: { item: '0', theme: '1', score: '2', importance: '3', benchmark: null, respondents: null },
    });
    expect(form.complete.safeParse(values).success).toBe(true);
    const wrong = form.complete.safeParse({ surveyMapping: { ...values.surveyMapping, item: null, importance: '2' } });
    expect(wrong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['surveyMapping.item', 'followUp.mapping.errors.required'],
      ['surveyMapping.importance', 'followUp.mapping.errors.sameColumn'],
    ]);
    // Only columns of the file can be chosen.
    expect(form.schema.safeParse({ surveyMapping: { ...values.surveyMapping, item: '4' } }).success).toBe(false);
  });

  it('turns the values back into a mapping, and names each field’s column', () => {
    const mapping = mappingOf('survey', { surveyMapping: { item: '0', score: '2', theme: '9', importance: 'x' } }, 4);
    expect(mapping).toEqual({ item: 0, theme: null, score: 2, importance: null, benchmark: null, respondents: null });
    expect(mappedColumns('survey', mapping, HEADERS)).toEqual({
      item: 'Vraag',
      theme: '',
      score: 'Score',
      importance: '',
      benchmark: '',
      respondents: '',
    });
  });
});
