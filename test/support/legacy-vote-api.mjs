// A portal's own rating endpoint, unlike the reference API, for the <star-rating> transport tests:
//
//   POST /legacy/vote   application/x-www-form-urlencoded  id=…&diem=…&voter=…
//        -> 200 {"ok":1,"diemTB":"4.2","luot":"37"} (numbers as strings), or 400/415 in plain text
//   GET  /legacy/vote?id=…  -> the same numbers, to check what was counted
//   POST /legacy/next   id=…&status=…&body=…[&record=1]
//        -> the next vote for that id gets this answer once (recorded first with record=1)
//
// One vote per (id, voter), kept in memory: a vote sent again replaces the first, as on the real portals.

import { URLSearchParams } from 'node:url';

/** @typedef {{ status: number, body: string, record: boolean }} Fault */

export function legacyVoteApi() {
  /** @type {Map<string, Map<string, number>>} */
  const votes = new Map();
  /** @type {Map<string, Fault>} */
  const faults = new Map();

  /** @param {string} id */
  const numbers = (id) => {
    const all = [...(votes.get(id)?.values() ?? [])];
    const average = all.length ? all.reduce((a, b) => a + b, 0) / all.length : 0;
    return JSON.stringify({ ok: 1, diemTB: String(Math.round(average * 10) / 10), luot: String(all.length) });
  };

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {string} body */
  const send = (res, status, body) => {
    res.statusCode = status;
    const json = body.startsWith('{');
    res.setHeader('Content-Type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };

  /** @param {import('node:http').IncomingMessage} req @returns {Promise<URLSearchParams | null>} */
  const readForm = async (req) => {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (type !== 'application/x-www-form-urlencoded') return null;
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/legacy/vote' && req.method === 'GET') {
      return send(res, 200, numbers(url.searchParams.get('id') ?? ''));
    }
    if (req.method !== 'POST' || (url.pathname !== '/legacy/vote' && url.pathname !== '/legacy/next')) {
      return send(res, 404, 'Không tìm thấy');
    }
    const form = await readForm(req);
    if (!form) return send(res, 415, 'Dữ liệu phải ở dạng biểu mẫu');
    const id = form.get('id') ?? '';
    if (!id || id.length > 100) return send(res, 400, 'Thiếu mã bài viết');
    if (url.pathname === '/legacy/next') {
      faults.set(id, {
        status: Number(form.get('status')),
        body: form.get('body') ?? '',
        record: form.get('record') === '1',
      });
      return send(res, 204, '');
    }
    const voter = form.get('voter') ?? '';
    const diem = Number(form.get('diem'));
    const fault = faults.get(id);
    faults.delete(id);
    if (!voter || voter.length > 64) return send(res, 400, 'Thiếu mã người đánh giá');
    if (!Number.isInteger(diem) || diem < 1 || diem > 5) return send(res, 400, 'Điểm phải từ 1 đến 5');
    if (!fault || fault.record) {
      if (!votes.has(id)) votes.set(id, new Map());
      votes.get(id)?.set(voter, diem);
    }
    return fault ? send(res, fault.status, fault.body) : send(res, 200, numbers(id));
  };
}
