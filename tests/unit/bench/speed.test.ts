import { describe, expect, it } from 'vitest';
import { REFERENCE_PAGE_OWN_MS, budgetRows, slowdown } from '../../../scripts/bench-speed';

describe('the benchmark read at the budgets’ machine speed', () => {
  it('scales a time by how much slower the page’s own main thread ran', () => {
    const factor = slowdown(REFERENCE_PAGE_OWN_MS * 2);
    expect(factor).toBe(2);
    const [row] = budgetRows([{ name: 'model page', measured: 30, budget: 16 }], factor);
    expect(row![1]).toBe('30 → 15');
    expect(row![2]).toBe('holds');
  });

  it('says a budget is missed when the scaled time is over it, and a faster machine’s times read slower at the reference speed', () => {
    const [missed] = budgetRows([{ name: 'per card', measured: 2.4, budget: 1 }], slowdown(REFERENCE_PAGE_OWN_MS * 2));
    expect(missed![2]).toBe('MISSED');
    const [fast] = budgetRows([{ name: 'per card', measured: 0.9, budget: 1 }], slowdown(REFERENCE_PAGE_OWN_MS / 2));
    expect(fast![1]).toBe('0.9 → 1.8');
    expect(fast![2]).toBe('MISSED');
  });

  it('reports a run without its reference measure as not measured, not as holding', () => {
    const [row] = budgetRows([{ name: 'model page', measured: 10, budget: 16 }], slowdown(NaN));
    expect(row![2]).toBe('not measured');
  });
});
