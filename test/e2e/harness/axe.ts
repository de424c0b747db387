/** axe-core run inside an extension page: its serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

export async function seriousViolations(page: TestPage): Promise<{ passed: number; violations: Violation[] }> {
  await page.evaluate((source: string) => void (0, eval)(source), AXE);
  const { violations, passed } = await page.evaluate(async () => {
    type Results = { violations: Violation[]; passes: unknown[] };
    const run = (globalThis as unknown as { axe: { run(ctx: Document): Promise<Results> } }).axe.run;
    const r = await run(document);
    return { passed: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
  });
  return { passed, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}
