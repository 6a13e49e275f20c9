import { verbFormStems } from './dutch-verb-forms';
import { stem } from './stemming';

describe('Dutch verb forms', () => {
  it.each([
    ['gesloopt', 'slopen'],
    ['gesloopte', 'slopen'],
    ['sloopt', 'slopen'],
    ['sloopten', 'slopen'],
    ['gerenoveerd', 'renoveren'],
    ['geisoleerd', 'isoleren'],
    ['gemaaid', 'maaien'],
    ['gekapt', 'kappen'],
    ['gebouwd', 'bouwen'],
    ['verduurzaamd', 'verduurzamen'],
    ['ontmanteld', 'ontmantelen'],
    ['verbouwde', 'verbouwen'],
  ])('reads %s as a form of %s', (form, infinitive) => {
    expect(verbFormStems(form)).toContain(stem(infinitive, 'nl'));
  });

  it('gives nothing for a word that cannot be a participle or finite form', () => {
    expect(verbFormStems('school')).toEqual([]);
    expect(verbFormStems('verharding')).toEqual([]);
  });
});
