// Mounts the reference API (demo/api) in the test runner's server at /api, over a fresh SQLite file
// per run, so browser tests talk to the real API and a real database; and at /legacy a portal's own
// rating endpoint in another format, for <star-rating>'s transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../demo/api/handler.js';
import { legacyVoteApi } from './legacy-vote-api.mjs';

/** Returns the Koa middleware to list in `middleware` and the plugin that cleans up after the run. */
export function referenceApiForTests() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-api-test-'));
  // The browser tests vote many times from 127.0.0.1: no rate limits, no voter cookie, whatever the
  // environment says (test/node/api-guard.test.mjs tests those).
  const api = createApi({
    dbFile: join(dir, 'test.sqlite'),
    databaseUrl: '',
    limits: { votesPerMinute: 0, itemVotesPerMinute: 0 },
    voterSecret: null,
    corsOrigins: [],
  });
  const legacy = legacyVoteApi();
  const middleware = async (ctx, next) => {
    if (ctx.path.startsWith('/legacy/')) {
      ctx.respond = false;
      return legacy(ctx.req, ctx.res);
    }
    if (!ctx.path.startsWith('/api/')) return next();
    ctx.respond = false;
    await api(ctx.req, ctx.res, () => {
      ctx.res.statusCode = 404;
      ctx.res.end();
    });
  };
  const plugin = {
    name: 'portal-reference-api',
    async serverStop() {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return { middleware, plugin };
}
