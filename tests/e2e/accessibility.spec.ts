import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, VIEWPORTS } from './pages.ts';

/**
 * Once per page and theme. What axe finds depends on the theme (contrast) or on the layout (targets,
 * landmarks, what is shown), not on both together, so the phone is checked in light and the desktop in
 * dark: every page meets both layouts and both themes in half the runs.
 */
const PAIRS = [
  ['phone', 'light'],
  ['desktop', 'dark'],
] as const satisfies readonly (readonly [keyof typeof VIEWPORTS, 'light' | 'dark'])[];

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  for (const [device, colorScheme] of PAIRS) {
    const viewport = VIEWPORTS[device];
    test(`${type} page has no axe violations (${device}, ${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(type === 'notFound' ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      // A 404 page logs the failed load of itself; nothing else may.
      expect(errors.filter((e) => !(type === 'notFound' && e.includes('404')))).toEqual([]);
      await context.close();
    });
  }
}
