// Headless Chromium through puppeteer-core, with fresh, isolated page loads (new browser context,
// HTTP cache off) and JS heap readings after a forced garbage collection.
import { clearTimeout, setTimeout } from 'node:timers';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../../scripts/browsers.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = chromiumFlags;

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args,
    protocolTimeout: 60_000,
  });
}

/** Closes the browser, and kills its process if closing hangs. */
export async function closeBrowser(browser) {
  if (!browser) return;
  const proc = browser.process();
  const timeout = new Promise((done) => setTimeout(done, 5000, 'timeout'));
  const outcome = await Promise.race([browser.close().catch(() => 'error'), timeout]);
  if (outcome && proc && proc.exitCode === null) proc.kill('SIGKILL');
}

/**
 * Opens `url` in a fresh incognito context and returns `{ page, cdp, errors, close }`. Console errors,
 * page errors and any request leaving loopback are collected in `errors`.
 */
export async function freshPage(browser, url, { timeout = 30_000 } = {}) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    page.on('pageerror', (err) => errors.push(String(err?.message ?? err)));
    page.on('request', (req) => {
      if (!/^(?:https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(req.url()))
        errors.push(`off-loopback request: ${req.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout });
    return { page, cdp, errors, close: () => context.close().catch(() => {}) };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

/** Chromium's page metrics (`Performance.getMetrics`) by name. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? NaN;
}

/** Rejects when `promise` has not settled after `ms` (the caller then closes the page). */
export function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
