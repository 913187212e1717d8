import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { tempDb, tempDir, smallPlan } from '../support/fixtures';
import { makeHandlers } from '../../electron/api/handlers';
import { makeDispatch } from '../../electron/api/dispatch';
import { startHost, type RunningHost } from '../../electron/api/http-host';
import { importExchange } from '../../electron/services/plan-import';
import { CALL_NAMES, contract } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

function setup() {
  const { db } = tempDb();
  const [planId] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  const errors: unknown[] = [];
  return { db, planId, dispatch: makeDispatch(makeHandlers(db), (e) => errors.push(e)), errors };
}

describe('dispatch: the boundary every call crosses', () => {
  it('has a handler for every contract call and no other', () => {
    const { db } = setup();
    expect(Object.keys(makeHandlers(db)).sort()).toEqual([...CALL_NAMES].sort());
    expect(CALL_NAMES).toEqual(Object.keys(contract));
  });

  it('answers a good call with its result', async () => {
    const { dispatch, planId } = setup();
    const r = await dispatch('getPlan', { planId });
    expect(r.ok && (r.result as { header: { planContact: string } }).header.planContact).toBe('Carrie Beech');
  });

  it('refuses unknown calls and bad arguments with typed errors, never a throw', async () => {
    const { dispatch, errors } = setup();
    expect(await dispatch('dropTables', {})).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CALL' }) });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch('getPlan', { planId: 'one' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', path: 'planId' } });
    expect(await dispatch('getPlan', null)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await dispatch('getPlan', { planId: 12345 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('updateHeader', { planId: 1, patch: { year: 'soon' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(errors).toEqual([]);
  });
});

describe('the loopback host', () => {
  let host: RunningHost | undefined;
  afterEach(async () => host?.close());

  async function start() {
    const s = setup();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Plan Editor</title>');
    host = await startHost({ dispatch: s.dispatch, staticDir });
    return { ...s, host };
  }

  const post = (url: string, body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });

  it('serves the same handlers over HTTP on 127.0.0.1 with the token', async () => {
    const { host, planId } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await post(`${host.url}/api/updateHeader`, JSON.stringify({ planId, patch: { planContact: 'Jo' } }), { Authorization: `Bearer ${host.token}` });
    expect(await res.json()).toMatchObject({ ok: true, result: { header: { planContact: 'Jo' } } });
    const read = await post(`${host.url}/api/getPlan`, JSON.stringify({ planId }), { Authorization: `Bearer ${host.token}` });
    expect(((await read.json()) as { result: { header: { planContact: string } } }).result.header.planContact).toBe('Jo');
  });

  /** A raw request, so the Host header can be anything (fetch always sends the real one). */
  const raw = (url: string, headers: Record<string, string>, body = '') =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      // Without a Host entry, none is sent at all (Node would otherwise fill in the real one).
      const req = http.request(url, { method: 'POST', headers, setHost: 'Host' in headers }, (res) => (res.resume(), resolve(res)));
      req.on('error', reject);
      req.end(body);
    });

  it('refuses calls without the token, with a wrong token, or with a foreign Host header', async () => {
    const { host, planId } = await start();
    const body = JSON.stringify({ planId });
    expect((await post(`${host.url}/api/getPlan`, body, {})).status).toBe(401);
    expect((await post(`${host.url}/api/getPlan`, body, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await post(`${host.url}/api/getPlan`, body, { Authorization: `Bearer ${host.token}x` })).status).toBe(401);
    expect((await post(`${host.url}/api/getPlan`, body, { Authorization: host.token })).status).toBe(401);
    for (const Host of ['evil.example:80', `evil.example:${host.port}`, `127.0.0.1.evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const res = await raw(`${host.url}/api/getPlan`, { Host, Authorization: `Bearer ${host.token}` }, body);
      expect(res.statusCode, Host).toBe(421);
    }
    // No Host header at all: Node's HTTP server itself refuses an HTTP/1.1 request without one.
    expect((await raw(`${host.url}/api/getPlan`, { Authorization: `Bearer ${host.token}` }, body)).statusCode).toBe(400);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { host } = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    // Not on every interface: the same port on another local address refuses the connection.
    const other = await new Promise<string>((resolve) => {
      const req = http.request({ host: '127.0.0.2', port: host.port, path: '/', method: 'GET' }, () => resolve('answered'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.end();
    });
    expect(other).toBe('ECONNREFUSED');
  });

  it('sends the Content-Security-Policy and security headers on every response, refusals included', async () => {
    const { host, planId } = await start();
    const body = JSON.stringify({ planId });
    const responses = [
      await fetch(`${host.url}/`),
      await fetch(`${host.url}/missing.js`),
      await post(`${host.url}/api/getPlan`, body, { Authorization: `Bearer ${host.token}` }),
      await post(`${host.url}/api/getPlan`, body, {}),
      await fetch(`${host.url}/api/getPlan`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 200, 401, 405]);
    for (const r of responses) {
      expect(r.headers.get('content-security-policy'), r.url).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
    const wrongHost = await raw(`${host.url}/api/getPlan`, { Host: 'evil.example' }, body);
    expect([wrongHost.statusCode, wrongHost.headers['content-security-policy']]).toEqual([421, CONTENT_SECURITY_POLICY]);
  });

  it('answers bad JSON with a typed error and serves only files inside the app folder', async () => {
    const { host } = await start();
    const bad = await post(`${host.url}/api/getPlan`, '{not json', { Authorization: `Bearer ${host.token}` });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const page = await fetch(`${host.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Plan Editor');
    expect((await fetch(`${host.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${host.url}/..%5c..%5cetc%5cpasswd`)).status).toBe(404);
    expect((await fetch(`${host.url}/index.html%00.js`)).status).toBe(404);
  });
  it('closes promptly while a page holds a keep-alive connection that was busy at close time', async () => {
    const s = setup();
    let release!: () => void;
    let arrived!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inDispatch = new Promise<void>((r) => (arrived = r));
    const slow: typeof s.dispatch = async (name, args) => (arrived(), await gate, s.dispatch(name, args));
    const h = await startHost({ dispatch: slow, staticDir: tempDir() });
    const agent = new http.Agent({ keepAlive: true });
    const reply = new Promise<number>((resolve) => {
      const req = http.request(`${h.url}/api/getPlan`, { method: 'POST', agent, headers: { Authorization: `Bearer ${h.token}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.end(JSON.stringify({ planId: s.planId }));
    });
    await inDispatch; // the request is in flight, its connection busy
    const t0 = Date.now();
    const closed = h.close();
    release();
    expect(await reply).toBe(200);
    await closed;
    // Without ending the connection once its reply went out, close() waits for the keep-alive timeout or the agent.
    expect(Date.now() - t0).toBeLessThan(4000);
    agent.destroy();
  });
});
