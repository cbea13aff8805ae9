import { expect } from '@open-wc/testing';

// The reference API of DESIGN.md, served by the test runner over a real SQLite file (test/support).
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
const post = async (body: unknown, type = 'application/json') => {
  const res = await fetch('/api/ratings', {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
};

describe('reference API: ratings', () => {
  it('records a vote and returns the new average and count', async () => {
    const itemId = unique('item');
    const a = await post({ itemId, value: 4, voterId: unique('voter') });
    expect(a).to.deep.equal({ status: 200, json: { itemId, average: 4, count: 1, value: 4 } });
    const b = await post({ itemId, value: 5, voterId: unique('voter') });
    expect(b.json).to.deep.equal({ itemId, average: 4.5, count: 2, value: 5 });
  });

  it('counts one vote per voter: voting again (or a retry) replaces it', async () => {
    const itemId = unique('item');
    const voterId = unique('voter');
    await post({ itemId, value: 2, voterId });
    await post({ itemId, value: 2, voterId });
    const again = await post({ itemId, value: 5, voterId });
    expect(again.json).to.deep.equal({ itemId, average: 5, count: 1, value: 5 });
  });

  it('reads the summary of an item', async () => {
    const itemId = unique('item');
    const empty = await fetch(`/api/ratings?itemId=${itemId}`).then((r) => r.json());
    expect(empty).to.deep.equal({ itemId, average: 0, count: 0 });
    await post({ itemId, value: 3, voterId: unique('voter') });
    await post({ itemId, value: 4, voterId: unique('voter') });
    await post({ itemId, value: 4, voterId: unique('voter') });
    const res = await fetch(`/api/ratings?itemId=${itemId}`);
    expect(res.headers.get('content-type')).to.contain('application/json');
    expect(await res.json()).to.deep.equal({ itemId, average: 3.67, count: 3 });
  });

  const bad: Array<[string, unknown, string?]> = [
    ['value 0', { value: 0 }],
    ['value 6', { value: 6 }],
    ['value 2.5', { value: 2.5 }],
    ['value as text', { value: '4' }],
    ['no itemId', { itemId: undefined }],
    ['itemId with markup', { itemId: '<b>x</b>' }],
    ['short voterId', { voterId: 'abc' }],
    ['an array body', [1, 2]],
    ['malformed JSON', '{"itemId": ', 'application/json'],
    ['a form body', 'itemId=x&value=3', 'application/x-www-form-urlencoded'],
  ];
  for (const [name, change, type] of bad) {
    it(`rejects ${name} with a JSON error and stores nothing`, async () => {
      const itemId = unique('item');
      const body =
        typeof change === 'string' || Array.isArray(change)
          ? change
          : { itemId, value: 3, voterId: unique('voter'), ...(change as object) };
      const res = await post(body, type);
      expect(res.status).to.be.within(400, 499);
      expect(res.json.error).to.be.a('string').and.not.equal('');
      const summary = await fetch(`/api/ratings?itemId=${itemId}`).then((r) => r.json());
      expect(summary.count).to.equal(0);
    });
  }

  it('refuses other methods and a missing itemId', async () => {
    expect((await fetch('/api/ratings', { method: 'DELETE' })).status).to.equal(405);
    expect((await fetch('/api/ratings')).status).to.equal(400);
  });
});

describe('reference API: articles', () => {
  it('lists the sample articles of a day, newest first', async () => {
    const body = await fetch('/api/articles?date=2019-11-18').then((r) => r.json());
    expect(body.date).to.equal('2019-11-18');
    expect(body.articles.length).to.be.greaterThan(1);
    const times = body.articles.map((a: { published: string }) => Date.parse(a.published));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    for (const a of body.articles) expect(a).to.have.keys(['id', 'headline', 'published', 'summary']);
  });

  it('answers an empty list for a day without articles', async () => {
    const body = await fetch('/api/articles?date=2001-01-01').then((r) => r.json());
    expect(body).to.deep.equal({ date: '2001-01-01', articles: [] });
  });

  it('rejects impossible or malformed dates', async () => {
    for (const date of ['2019-02-29', '2019-13-01', '18/11/2019', '']) {
      const res = await fetch(`/api/articles?date=${encodeURIComponent(date)}`);
      expect(res.status, date).to.equal(400);
    }
  });

  it('serves one article as JSON, and 404 for an unknown id', async () => {
    const list = await fetch('/api/articles?date=2019-11-18').then((r) => r.json());
    const article = await fetch(`/api/articles/${list.articles[0].id}`).then((r) => r.json());
    expect(article).to.include.keys(['id', 'headline', 'published', 'bodyHtml', 'figures', 'source']);
    expect(article.source).to.match(/^Theo /);
    const missing = await fetch('/api/articles/khong-co');
    expect(missing.status).to.equal(404);
    expect((await missing.json()).error).to.be.a('string');
  });
});
