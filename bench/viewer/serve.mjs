// A static file server for the benchmark: node serve.mjs ROOT PORT
// Keep-alive, HTTP Range requests (DuckDB-WASM reads Parquet by ranges), the
// response headers of ROOT/_headers when there is one (kaifang's CSP), and
// no compression: every byte is sent as stored, for ours and every peer alike.
// It logs every response (path, status, body bytes, gzip -6 size of that body,
// end time in ms since the epoch): GET /__bench/log returns the log and
// empties it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

let log = [];
const gz = new Map();
function gzipSize(file, start, end, full) {
  if (!full) return end - start + 1; // a range: counted as sent
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
  return gz.get(file);
}

const [root, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

function parseHeaders(text) {
  const rules = [];
  let cur = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { cur = { pattern: line.trim(), headers: [] }; rules.push(cur); continue; }
    const i = line.indexOf(':');
    if (cur && i > 0) cur.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}
const rules = fs.existsSync(path.join(root, '_headers')) ? parseHeaders(fs.readFileSync(path.join(root, '_headers'), 'utf8')) : [];
const matches = (pattern, p) => (pattern.endsWith('*') ? p.startsWith(pattern.slice(0, -1)) : p === pattern);

http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p === '/__bench/log') {
    // gzip sizes are computed here, after the measurement, never while serving.
    for (const e of log) e.gzip = gzipSize(e.file, e.start, e.start + e.bytes - 1, e.status === 200);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(log.map(({ file, start, ...e }) => e)));
    log = [];
    return;
  }
  let file = path.join(root, p);
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  let st = fs.statSync(file, { throwIfNoEntry: false });
  if (st && st.isDirectory()) {
    if (!p.endsWith('/')) { res.writeHead(301, { Location: p + '/' }).end(); return; }
    file = path.join(file, 'index.html');
    st = fs.statSync(file, { throwIfNoEntry: false });
  }
  if (!st) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
  const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache' };
  for (const r of rules) if (matches(r.pattern, p)) for (const [k, v] of r.headers) headers[k] = v;
  let start = 0, end = st.size - 1, status = 200;
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
  if (m) {
    if (m[1] === '') { start = Math.max(0, st.size - Number(m[2])); } else { start = Number(m[1]); if (m[2] !== '') end = Math.min(end, Number(m[2])); }
    if (start > end) { res.writeHead(416, { 'Content-Range': `bytes */${st.size}` }).end(); return; }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${st.size}`;
  }
  headers['Content-Length'] = end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || st.size === 0) { res.end(); return; }
  const entry = { path: p, status, bytes: end - start + 1, gzip: 0, begin: Date.now(), end: 0, file, start };
  res.on('finish', () => { entry.end = Date.now(); log.push(entry); });
  fs.createReadStream(file, { start, end }).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
