import { describe, expect, it } from 'vitest';
import { computedNote, exprText } from '../../shared/model/expr-text';
import { kindDef } from '../../shared/model/table-kinds';

describe('a computed column read out in words', () => {
  const budget = kindDef('budget').columns;
  const risks = kindDef('risks').columns;
  it('names the columns a sum or product is made of, without their units', () => {
    expect(
      computedNote(
        budget.find((c) => c.id === 'gross')!,
        budget,
      ),
    ).toBe('Computed: Employee Costs + Running Costs + Contracts & Projects');
    expect(
      computedNote(
        risks.find((c) => c.id === 'score')!,
        risks,
      ),
    ).toBe('Computed: Impact × Likelihood');
  });
  it('lists the bands of a band lookup from the top', () => {
    expect(
      exprText(
        {
          op: 'band',
          of: 'score',
          bands: [
            { min: 15, label: 'HIGH' },
            { min: 1, label: 'LOW' },
          ],
        },
        risks,
      ),
    ).toBe('HIGH from 15, LOW from 1 of Score');
  });
  it('says nothing for a column that is typed in', () => {
    expect(
      computedNote(
        budget.find((c) => c.id === 'employee')!,
        budget,
      ),
    ).toBeUndefined();
  });
});
