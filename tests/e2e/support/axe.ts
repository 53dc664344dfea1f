/** axe's serious and critical violations, as "rule: target — summary" lines, so a failure names what to fix. */
import type AxeBuilder from '@axe-core/playwright';

export async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
