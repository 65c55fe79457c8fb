import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module script without types
import { createStaticServer, pathSegments } from './serve.mjs';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT-7f3a';
const PAGE = '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body>nl home</body></html>';

interface Reply {
  status: number;
  head: string;
  body: string;
}

/** Sends `target` verbatim in the request line (no client-side normalising) to localhost. */
function raw(port: number, target: string, method = 'GET', extra = ''): Promise<Reply> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: text.slice(split + 4) });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`);
  });
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '.',
  '%2e',
  '...',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '%uff0e',
  '/',
  '//',
  '%2f',
  '%2F',
  '\\',
  '%5c',
  '%5C',
  '%00',
  '\u0000',
  '%0a',
  '%0d%0a',
  '%',
  '%E0%A4%A',
  '%zz',
  '%e0',
  '%ff',
  '%c0%af',
  'outside',
  'secret.txt',
  'outside-secret.txt',
  'out-evil',
  'nl',
  'index.html',
  'a.js',
  'link.txt',
  '404.html',
  '?',
  '#',
  ';',
  ':',
  'C:',
  '~',
  ' ',
  '%20',
  'é',
  '%C3%A9',
  '*',
  'etc',
  'passwd',
  '..;',
  '%3f',
];

function fuzzedPath(next: () => number): string {
  const pick = () => PIECES[Math.floor(next() * PIECES.length)] ?? '';
  if (next() < 0.02) return `/${'a'.repeat(1000 + Math.floor(next() * 20000))}`;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 10);
  for (let i = 0; i < count; i += 1) parts.push(pick());
  const joined = parts.join(next() < 0.7 ? '/' : '');
  return next() < 0.9 ? `/${joined}` : joined;
}

describe('the npm start server', () => {
  let base: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'serve-test-'));
    const root = join(base, 'out');
    mkdirSync(join(root, 'nl'), { recursive: true });
    writeFileSync(join(root, 'index.html'), PAGE);
    writeFileSync(join(root, 'nl', 'index.html'), PAGE);
    writeFileSync(join(root, '404.html'), PAGE.replace('nl home', 'not found'));
    writeFileSync(join(root, 'a.js'), 'self.a=1;');
    // Files outside the root, next to it and in a folder whose name starts like the root's.
    writeFileSync(join(base, 'secret.txt'), SECRET);
    writeFileSync(join(base, 'outside-secret.txt'), SECRET);
    mkdirSync(join(base, 'out-evil'));
    writeFileSync(join(base, 'out-evil', 'secret.txt'), SECRET);
    symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));
    server = createStaticServer(root) as Server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(base, { recursive: true, force: true });
  });

  it('rejects malformed and escaping paths', () => {
    expect(pathSegments('/nl/')).toEqual(['nl', '']);
    expect(pathSegments('/%E0%A4%A.js')).toBeNull();
    expect(pathSegments('/../secret.txt')).toBeNull();
    expect(pathSegments('/%2e%2e/secret.txt')).toBeNull();
    expect(pathSegments('/..%2fsecret.txt')).toBeNull();
    expect(pathSegments('/a%00.js')).toBeNull();
    expect(pathSegments('/..%5csecret.txt')).toBeNull();
  });

  it('answers a bad percent escape with 400 and keeps serving', async () => {
    expect((await raw(port, '/%E0%A4%A.js')).status).toBe(400);
    const home = await raw(port, '/nl/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('nl home');
  });

  it('never follows a link out of the root', async () => {
    const reply = await raw(port, '/link.txt');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });

  it('answers HEAD without a body and conditional requests with 304', async () => {
    const head = await raw(port, '/a.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const etag = /\r\netag: ([^\r\n]+)/i.exec(head.head)?.[1];
    const modified = /\r\nlast-modified: ([^\r\n]+)/i.exec(head.head)?.[1];
    expect(etag).toBeTruthy();
    expect((await raw(port, '/a.js', 'GET', `If-None-Match: ${etag}\r\n`)).status).toBe(304);
    expect((await raw(port, '/a.js', 'GET', `If-Modified-Since: ${modified}\r\n`)).status).toBe(304);
    expect((await raw(port, '/a.js', 'GET', 'If-None-Match: "other"\r\n')).status).toBe(200);
    expect((await raw(port, '/a.js', 'POST')).status).toBe(405);
  });

  it('survives 10,000 fuzzed paths and never serves a file outside the root', async () => {
    const next = random(17);
    const paths = Array.from({ length: 10_000 }, () => fuzzedPath(next));
    const statuses = new Map<number, number>();
    const leaks: string[] = [];
    let index = 0;
    const worker = async () => {
      while (index < paths.length) {
        const path = paths[index] ?? '/';
        index += 1;
        const reply = await raw(port, path);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.body.includes(SECRET)) leaks.push(path);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(leaks).toEqual([]);
    expect([...statuses.values()].reduce((sum, n) => sum + n, 0)).toBe(10_000);
    // Every request got a real HTTP answer (no dropped connection, no 5xx).
    expect([...statuses.keys()].filter((status) => status === 0 || status >= 500)).toEqual([]);
    const home = await raw(port, '/nl/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('nl home');
  }, 120_000);
});
