/**
 * Runs `fetch` at the page's first idle moment (or after a second where there is no
 * `requestIdleCallback`), unless the browser is offline then: the fetch could only fail, and Firefox
 * keeps a module whose fetch failed for the rest of the page's life. For lazily loaded code that a
 * later click should find at hand, even when the network has gone by then.
 */
export function fetchWhenIdle(fetch: () => void): void {
  const run = () => {
    if (navigator.onLine !== false) fetch();
  };
  if (typeof requestIdleCallback == 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}
