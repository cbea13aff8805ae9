// Runs every test in Chromium, Firefox and WebKit, using the browsers Debian installs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumFlags, findEngines, selectedEngines, webkitMiniBrowser } from './scripts/browsers.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';
import { defaultReporter } from '@web/test-runner';
import { referenceApiForTests } from './test/support/api-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { axTreePlugin } from './test/support/ax-tree-plugin.mjs';

const { present, missing } = findEngines(selectedEngines());
if (missing.length) {
  const names = missing.map((e) => `${e.name} (${e.absent.join(', ')})`).join('; ');
  if (process.env.CI === 'true') throw new Error(`Missing test engines: ${names}`);
  console.warn(`Skipping missing engines: ${names}`);
}

const browsers = [];
for (const { name } of present) {
  if (name === 'chromium') {
    browsers.push(
      chromeLauncher({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          headless: true,
          args: chromiumFlags,
        },
      }),
    );
  } else if (name === 'firefox') {
    browsers.push(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: '/usr/bin/firefox-esr',
          headless: true,
        },
      }),
    );
  } else if (name === 'webkit') {
    const { port } = await startWebKitDriver();
    browsers.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkitMiniBrowser, args: ['--automation'] },
        },
      }),
    );
  }
}

const referenceApi = referenceApiForTests();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time per engine: focus and keyboard tests need the page to own focus,
  // and the WebDriver launcher otherwise runs tests in iframes.
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // The default runner page, with one module before the test file: it makes
  // `expect(el).to.be.accessible()` run IBM Equal Access beside axe (see the module).
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/test/support/ibm-accessible.ts"></script>' +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [referenceApi.middleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    referenceApi.plugin,
    forcedColorsPlugin(),
    axTreePlugin(),
  ],
};
