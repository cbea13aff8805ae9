// Server command `emulate-forced-colors` ({ active: boolean }): turns forced-colours emulation
// (Windows high contrast) on or off in Chromium through CDP, and answers true. Other engines cannot
// emulate it; they answer false, and the tests that need it skip themselves.
export function forcedColorsPlugin() {
  // One CDP session per page, kept open: emulation set through a session ends when it detaches.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
      const page = session.browser.getPage(session.id);
      const active = Boolean(payload && typeof payload === 'object' && payload.active);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      // Puppeteer's emulateMediaFeatures only knows the prefers-* features.
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
