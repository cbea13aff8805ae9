// A second checker beside axe: loaded before every test file (web-test-runner.config.mjs,
// testRunnerHtml), it makes `await expect(el).to.be.accessible()` run axe as before AND IBM Equal
// Access (accessibility-checker-engine, rule set IBM_Accessibility) over the same element.
// Only chai and the axe plugin here, not @open-wc/testing: its fixture module registers its clean-up
// hook only if mocha's globals exist when it first runs, which they do not yet. chai.use skips a
// plugin already used, so @open-wc/testing's own registration of chai-a11y-axe later is a no-op.
import * as chai from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';

chai.use(chaiA11yAxe);

/** One result of IBM's report (the fields used here). */
export interface IbmResult {
  ruleId: string;
  reasonId: string;
  /** [policy, confidence]: VIOLATION | RECOMMENDATION | INFORMATION, and PASS | FAIL | POTENTIAL | MANUAL. */
  value: [string, string];
  message: string;
  path: { dom: string; aria: string };
  snippet: string;
}
interface IbmChecker {
  check(node: Node, rulesets: string[]): Promise<{ results: IbmResult[] }>;
}
declare global {
  interface Window {
    ace?: { Checker: new () => IbmChecker };
  }
}

const ACE_URL = '/node_modules/accessibility-checker-engine/ace.js';

let checker: Promise<IbmChecker> | undefined;

// ace.js (≈700 kB) is loaded once per test page, on its first accessibility check: files without
// one never pay for it.
export function loadChecker(): Promise<IbmChecker> {
  checker ??= new Promise<IbmChecker>((resolve, reject) => {
    if (window.ace) return resolve(new window.ace.Checker());
    const script = document.createElement('script');
    script.src = ACE_URL;
    script.onload = () =>
      window.ace ? resolve(new window.ace.Checker()) : reject(new Error(`${ACE_URL} defined no ace`));
    script.onerror = () => reject(new Error(`Could not load ${ACE_URL}`));
    document.head.append(script);
  });
  return checker;
}

const LANDMARKS =
  'main, nav, aside, header, footer, form[aria-label], form[aria-labelledby], section[aria-label], ' +
  'section[aria-labelledby], [role="main"], [role="navigation"], [role="complementary"], [role="banner"], ' +
  '[role="contentinfo"], [role="region"], [role="search"], [role="form"]';

/**
 * IBM's violations in `node`. Each result's `value` is [policy, confidence]; the checker tools call
 * VIOLATION+FAIL "violation", VIOLATION+POTENTIAL "potentialviolation", RECOMMENDATION+FAIL/POTENTIAL
 * "(potential)recommendation", and any MANUAL "manual". Only "violation" counts, like axe's
 * violations: a potential one is a thing the engine cannot decide without a person, a recommendation
 * is advice beyond the requirements, and a manual result is a check it asks a person to make.
 *
 * One exemption, narrow: `aria_content_in_landmark` ("content is not within a landmark") is about the
 * page the element is placed in, not the element, and the runner page has no landmark at all. It is
 * dropped only when the node under test has no landmark around it; the demo pages, which are whole
 * pages, are checked with every rule (scripts/axe-demo.mjs).
 */
export async function ibmViolations(node: Node): Promise<IbmResult[]> {
  const report = await (await loadChecker()).check(node, ['IBM_Accessibility']);
  const placed = node instanceof Element && node.closest(LANDMARKS) !== null;
  return report.results.filter(
    (r) =>
      r.value[0] === 'VIOLATION' &&
      r.value[1] === 'FAIL' &&
      (placed || node === document || r.ruleId !== 'aria_content_in_landmark'),
  );
}

/** A readable failure message: rule id, message, element path and snippet of each violation. */
export function describeViolations(violations: IbmResult[]): string {
  const lines = ['IBM Equal Access violations', '---'];
  for (const v of violations) {
    lines.push(
      `Rule: ${v.ruleId} (${v.reasonId})`,
      v.message,
      `Element: ${v.path.dom}`,
      `Context: ${v.snippet}`,
      '---',
    );
  }
  return lines.join('\n');
}

chai.use((_chai, utils) => {
  utils.overwriteMethod(
    chai.Assertion.prototype,
    'accessible',
    (axeAccessible: (...a: unknown[]) => unknown) =>
      function (this: Chai.AssertionStatic & { then?: unknown }, ...args: unknown[]) {
        axeAccessible.apply(this, args);
        // chai-a11y-axe makes the assertion thenable on axe's result; IBM runs after it, on the same node.
        const axeThen = this.then as (ok: (v: unknown) => void, fail: (e: unknown) => void) => void;
        const axeDone = new Promise((resolve, reject) => axeThen(resolve, reject));
        const node = utils.flag(this, 'object') as Node;
        const negate = Boolean(utils.flag(this, 'negate'));
        const both = axeDone.then(async () => {
          // `not.accessible` keeps its axe-only meaning: axe found a violation.
          if (negate) return;
          const violations = await ibmViolations(node);
          if (violations.length) throw new Error(describeViolations(violations));
        });
        this.then = both.then.bind(both);
        return this;
      },
  );
});
