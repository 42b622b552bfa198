import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Label in name (WCAG 2.5.3) is still marked experimental in axe, so off unless asked for; a
// name that does not contain the visible text leaves speech-control users unable to say it.
const EXTRA = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Serious and critical axe-core findings on the page as it stands (WCAG 2.2 A and AA, axe's best
 * practices, label in name), each as rule, impact, count and the first elements it was found on,
 * so a failure says where to look without a rerun.
 */
export async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXTRA }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}
