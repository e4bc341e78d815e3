import { describe, expect, it } from 'vitest';
import { closestNames } from '../../src/lib/closest-names.ts';
import { csvColumns } from '../../src/lib/register/csv-columns.ts';

const question = ['id', 'question', 'explanation', 'learnMore', 'type', 'answer', 'feedbackTrue', 'feedbackFalse'];
const columns = csvColumns(['en', 'nl', 'ar']).map((column) => column.name);

describe('the names someone may have meant, for content fields and import columns alike', () => {
  it('are the same name written in other capitals or with spaces, hyphens or underscores', () => {
    expect(closestNames('learnmore', question)).toEqual(['learnMore']);
    expect(closestNames('Active From', columns)).toEqual(['active_from']);
    expect(closestNames('activeFrom', columns)).toEqual(['active_from']);
    expect(closestNames('mounted-on', columns)).toEqual(['mounted_on']);
  });

  it('are a slip or two away, one more slip per three letters typed', () => {
    expect(closestNames('relatedQuizz', ['relatedQuiz', 'order', 'sources'])).toEqual(['relatedQuiz']);
    expect(closestNames('retension', columns)).toEqual(['retention']);
    expect(closestNames('lon', ['type', 'lat', 'lng', 'description'])).toEqual(['lat', 'lng']);
    expect(closestNames('personal_dta', columns)).toEqual(['personal_data']);
  });

  it('are the names that start with what was typed, from three letters on', () => {
    expect(closestNames('desc', ['title', 'description', 'updated'])).toEqual(['description']);
    expect(closestNames('summary', columns)).toEqual(['summary_en', 'summary_nl', 'summary_ar']);
  });

  it('are only the best matches, at most three, in the order the names are known', () => {
    expect(closestNames('stat', ['status', 'state', 'start'])).toEqual(['state', 'start']);
    expect(closestNames('name', columns)).toEqual(['name_en', 'name_nl', 'name_ar']);
  });

  it('are none when nothing is close', () => {
    expect(closestNames('colour', ['title', 'description', 'updated'])).toEqual([]);
    expect(closestNames('Opmerkingen', columns)).toEqual([]);
    expect(closestNames('x', [])).toEqual([]);
  });
});
