import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: 'minor' | 'moderate' | 'serious' | 'critical' | null; help: string }[];
}

/** Runs axe-core inside the page (the @axe-core/playwright wrapper, in a few lines). */
export default class AxeBuilder {
  private static source?: string;

  constructor(private readonly page: Page) {}

  async analyze(): Promise<AxeResult> {
    AxeBuilder.source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await this.page.addScriptTag({ content: AxeBuilder.source });
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
      const result = await axe.run();
      return { violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help })) };
    });
  }
}
