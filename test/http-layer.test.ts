import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBundle } from '../src/web/bundle.js';
import { startHarness, type Harness } from './support/harness.js';

const QUERY = JSON.stringify({ query: '{ countries(first: 50) { edges { node { id name iso3 } } } }' });

/** One request on a raw socket: the status line and headers as they arrive, and whether the server then closed it. */
function rawExchange(port: number, head: string, body: Buffer, waitMs: number) {
  return new Promise<{ response: string; closedByServer: boolean }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    let closedByServer = false;
    const done = () => resolve({ response, closedByServer });
    const timer = setTimeout(() => (socket.destroy(), done()), waitMs);
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('end', () => (closedByServer = true));
    socket.on('close', () => (clearTimeout(timer), done()));
    socket.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? (closedByServer = true) : reject(error)));
    socket.write(head);
    socket.write(body);
  });
}

function post(agent: http.Agent, port: number, body: string | Buffer, timeoutMs: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

describe('the HTTP layer', () => {
  let h: Harness;
  let port: number;
  let origin: string;
  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    h = await startHarness();
    origin = new URL(h.url).origin;
    port = Number(new URL(h.url).port);
  });
  afterAll(() => h?.close());

  it('refuses an oversize body at once, without waiting for the rest of it, and closes that connection', async () => {
    const declared = 50_000_000;
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\nConnection: keep-alive\r\n\r\n`;
    // Only the first 64 KB of the 50 MB are ever sent: an answer must not need the rest.
    const { response, closedByServer } = await rawExchange(port, head, Buffer.alloc(64 * 1024, 'x'), 10_000);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(closedByServer).toBe(true);
  });

  it('answers the next request on the same keep-alive agent at once after a 413', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await post(agent, port, JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }), 10_000);
      expect(first.status).toBe(413);
      expect(JSON.parse(first.body).errors[0].message).toMatch(/larger than 1000000 bytes/);
      const next = await post(agent, port, JSON.stringify({ query: '{ country(id: "country:KZ") { name } }' }), 5_000);
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body).data.country.name).toBe('Kazakhstan');
    } finally {
      agent.destroy();
    }
  });

  it('answers a body that is not JSON with 400 in the GraphQL error shape', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('compresses JSON answers with brotli or gzip, whichever the client takes', async () => {
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding } }, resolve);
        req.on('error', reject);
        req.end(QUERY);
      });
      expect(res.headers['content-encoding']).toBe(encoding);
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const json = JSON.parse(decode(raw).toString('utf8'));
      expect(json.data.countries.edges.length).toBeGreaterThan(5);
      expect(raw.length).toBeLessThan(decode(raw).length / 2);
    }
  });

  it('compresses the pages\' scripts and lets a browser keep them, while the pages themselves are revalidated', async () => {
    const page = await fetch(`${origin}/playground`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = (await page.text()).match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(`${origin}${script}`, { headers: { 'accept-encoding': 'gzip, br' } }, resolve).on('error', reject);
    });
    expect(res.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    let compressed = 0;
    for await (const chunk of res) compressed += (chunk as Buffer).length;
    const plain = (await (await fetch(`${origin}${script}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
    expect(compressed).toBeLessThan(plain / 2);
  });

  it('keeps /health and /ready for load balancers and says where GraphQL is on an unknown path', async () => {
    expect(await (await fetch(`${origin}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${origin}/ready`)).json()).toEqual({ status: 'ready' });
    const missing = await fetch(`${origin}/nothing-here`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatch(/GraphQL is served at \/graphql/);
  });
});
