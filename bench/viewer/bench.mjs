// The browser half of the viewer benchmark (run by run.sh):
//
//   node bench.mjs OUT.json
//
// Environment: OURS (base URL of the built 1,000,000-row site), PEERS (base URL
// of work/www: the DuckDB-WASM, papaparse and Pagefind pages and the data),
// CATALOG (base URL of the built 10,000-dataset site), RUNS (cold runs per
// case, default 3), CHROMIUM (default /usr/bin/chromium), CASES (comma list,
// default all: floor,floor-page,ours,duckdb,papaparse,search-ours,search-pagefind).
//
// Every run launches a new headless Chromium with a new temporary profile
// (cold: no HTTP cache, no compiled-WASM cache), and navigates once the
// browser has had SETTLE_MS (default 1500) to finish starting: a visitor's
// browser is running before they follow a link, and a browser still
// starting its own services slows a first paint by some 50 ms, by more
// or less from one run to the next. Times are performance.now() in the
// page, so "from navigation start". Bytes come from the servers' logs
// (serve.mjs): every response body, workers' included.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { afterNextPaint, framesSince } from './pages/frames.mjs';

// playwright-core is installed in work/node_modules (run.sh).
const { chromium } = createRequire(new URL('./work/node_modules/', import.meta.url))('playwright-core');

const OURS = process.env.OURS, PEERS = process.env.PEERS, CATALOG = process.env.CATALOG;
const RUNS = Number(process.env.RUNS || 3);
const CASES = (process.env.CASES || 'floor,floor-page,ours,duckdb,papaparse,search-ours,search-pagefind').split(',');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];
// The filter: 类别 = CAT AND 金额 > MIN. (Ours filters 金额 ≥ MIN_OURS, the
// same rows for two-decimal amounts: the viewer's range filter is inclusive.)
const CAT = '办公用品', MIN = 5000, MIN_OURS = '5000.005';
const QUERIES = ['空气质量', '惠民县幼儿园', '公交站点'];
const TIMEOUT = 180_000;
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 1500);

const out = { started: new Date().toISOString(), runs: RUNS, settleMs: SETTLE_MS, cat: CAT, min: MIN, queries: QUERIES, cases: {} };
const hookSrc = fs.readFileSync(new URL('./pages/wasm-hook.js', import.meta.url), 'utf8');

async function serverLog(base) {
  return (await fetch(new URL('/__bench/log', base))).json();
}
const sum = (log, f = () => true) => log.filter(f).reduce((a, e) => [a[0] + e.bytes, a[1] + e.gzip, a[2] + 1], [0, 0, 0]);

// Descendant processes of this node process whose command line has --type=renderer: their RSS in MB.
function rendererRssMB() {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      (kids.get(ppid) || kids.set(ppid, []).get(ppid)).push(Number(d));
    } catch { /* gone */ }
  }
  let total = 0;
  const walk = (pid) => {
    for (const k of kids.get(pid) || []) {
      try {
        const cmd = fs.readFileSync(`/proc/${k}/cmdline`, 'utf8');
        if (cmd.includes('--type=renderer')) {
          const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${k}/status`, 'utf8'));
          if (m) total += Number(m[1]);
        }
      } catch { /* gone */ }
      walk(k);
    }
  };
  walk(process.pid);
  return total / 1024;
}

async function withBrowser(fn) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    const r = await fn(page);
    r.errors = errors.slice(0, 10);
    return r;
  } finally {
    await browser.close();
  }
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  let wasm = await page.evaluate(() => (self.__wasmBytes ? self.__wasmBytes() : 0));
  for (const w of page.workers()) wasm += await w.evaluate(() => (self.__wasmBytes ? self.__wasmBytes() : 0)).catch(() => 0);
  return { jsHeapMB: heap.usedSize / 2 ** 20, wasmMB: wasm / 2 ** 20, rendererRssMB: rendererRssMB() };
}

// ------------------------------------------------------------------ tables

// Our pages get the frame clocks the peers' pages import (pages/frames.mjs),
// as source put into the page.
const AFTER_NEXT_PAINT = String(afterNextPaint);
const FRAMES_SINCE = String(framesSince);

// Marks for our real dataset page, from the DOM: first page of rows in
// .kf-viewer tbody (the page's own HTML has them: the viewer upgrades that
// table in place); filterable when the status line no longer says "…".
// Rows in the DOM are not yet rows on the screen: every case's first-rows
// time is the later of its mark and the first contentful paint (tableRun).
// The peers' pages are their tables; our table is further down its page,
// so ours is opened at it (OURS_AT, the table's heading): its first paint
// is of the rows, as a visitor following the download box's link to the
// preview (在线预览数据) sees them.
// Checked: where the first row is when the first paint is reported.
const OURS_AT = '#kf-table-1';
const OURS_OBSERVER = `
window.bench = { marks: {}, info: {} };
window.__afterNextPaint = ${AFTER_NEXT_PAINT};
new PerformanceObserver((list, po) => {
  if (!list.getEntriesByName('first-contentful-paint').length) return;
  po.disconnect();
  const tr = document.querySelector('.kf-viewer tbody tr');
  const r = tr && tr.getBoundingClientRect();
  window.bench.info.rowsInViewAtFcp = Boolean(r && r.top >= 0 && r.top < innerHeight);
}).observe({ type: 'paint', buffered: true });
const obs = new MutationObserver(() => {
  const b = window.bench.marks;
  const rows = document.querySelectorAll('.kf-viewer tbody tr').length;
  if (!b.firstRows && rows >= 50) b.firstRows = performance.now();
  const s = document.querySelector('.kf-viewer .kf-status-line');
  if (!b.filterable && rows && s && s.textContent && !s.textContent.includes('…')) b.filterable = performance.now();
  // Both marks taken: the observer must not tax the steps measured next.
  if (b.firstRows && b.filterable) obs.disconnect();
});
obs.observe(document, { subtree: true, childList: true, characterData: true });
`;

async function tableRun(kind) {
  const base = kind === 'ours' ? OURS : PEERS;
  await serverLog(base); // empty it
  return withBrowser(async (page) => {
    await page.addInitScript(hookSrc);
    let url;
    if (kind === 'ours') {
      await page.addInitScript(OURS_OBSERVER);
      url = new URL(`/datasets/big/${OURS_AT}`, OURS).href;
    } else if (kind === 'duckdb') url = new URL('/duckdb.html?src=/data/big.csv', PEERS).href;
    else url = new URL('/papa.html?csv=/data/big.csv', PEERS).href;
    await page.goto(url);
    const origin = await page.evaluate(() => performance.timeOrigin);
    await page.waitForFunction(() => (window.bench && (window.bench.marks.filterable || window.bench.error)), null, { timeout: TIMEOUT, polling: 50 });
    const b = await page.evaluate(() => window.bench);
    if (b.error) throw new Error(b.error);
    const fcp = await page.evaluate(() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: 0 }).startTime);
    const firstRows = Math.max(b.marks.firstRows, fcp);
    const r = { firstRowsMs: firstRows, rowsInDomMs: b.marks.firstRows, fcpMs: fcp, filterableMs: b.marks.filterable, info: b.info };
    const log = await serverLog(base);
    const [fb, fg] = sum(log, (e) => e.end <= origin + firstRows);
    const [ab, ag, an] = sum(log);
    Object.assign(r, { bytesFirstRows: fb, gzipFirstRows: fg, bytesAll: ab, gzipAll: ag, requests: an });
    r.memLoaded = await memory(page);
    // A visitor looks at the table before filtering it: for every case the
    // steps start once the page has been idle, and half a second later.
    // Ours is further down its page: scrolled into view, as the peers' tables are.
    if (kind === 'ours') await page.evaluate(() => document.querySelector('.kf-viewer').scrollIntoView());
    await page.evaluate(() => new Promise((res) => (window.requestIdleCallback || setTimeout)(() => setTimeout(res, 500), { timeout: 2000 })));
    if (kind === 'ours') {
      Object.assign(r, await page.evaluate(async ({ cat, min }) => {
        const afterNextPaint = window.__afterNextPaint;
        const box = document.querySelector('.kf-viewer');
        const heads = [...box.querySelectorAll('thead th')].map((th) => th.textContent.trim());
        const col = (name) => heads.findIndex((h) => h.startsWith(name));
        const c = col('类别'), a = col('金额');
        const sel = document.getElementById(`${box.id}-f${c}`);
        const lo = document.getElementById(`${box.id}-f${a}-lo`);
        const status = () => box.querySelector('.kf-status-line').textContent;
        const count = () => Number((/显示\s*([\d,]+)/.exec(status()) || [0, '-1'])[1].replace(/,/g, ''));
        const fire = (e, v, type) => { e.value = v; e.dispatchEvent(new Event(type, { bubbles: true })); };
        // A step's time: until laid out, and until the next frame is drawn.
        const timed = async (step) => {
          const t0 = performance.now();
          step();
          // The step's own work ends with the task's microtasks (the viewer
          // draws the rows there, once for controls changed together).
          await null;
          void document.body.offsetHeight;
          const laidOutMs = performance.now() - t0;
          await afterNextPaint();
          return { ms: performance.now() - t0, laidOutMs };
        };
        const filter = await timed(() => { fire(sel, cat, 'change'); fire(lo, min, 'change'); });
        Object.assign(filter, { count: count(), control: sel.tagName });
        fire(sel, '', 'change');
        fire(lo, '', 'change');
        await afterNextPaint();
        const asc = await timed(() => box.querySelector(`thead button[data-col="${a}"]`).click());
        const desc = await timed(() => box.querySelector(`thead button[data-col="${a}"]`).click());
        const first = box.querySelector('tbody tr').children[a].textContent;
        return { filter, sort: { ms: desc.ms, laidOutMs: desc.laidOutMs, ascMs: asc.ms, count: count(), first: Number(first.replace(/,/g, '')) } };
      }, { cat: CAT, min: MIN_OURS }));
    } else {
      r.filter = await page.evaluate(({ cat, min }) => window.steps.filter(cat, min), { cat: CAT, min: MIN });
      r.sort = await page.evaluate(() => window.steps.sort());
    }
    r.mem = await memory(page);
    return r;
  });
}

// ------------------------------------------------------------------ floor

// The first paint of a page with one line of Chinese text and nothing else,
// in the same cold browser: no page paints sooner on this machine. And
// ('floor-page') of our dataset page with its chrome only (header,
// navigation, search box, title, footer; floor_page.py): no page of the
// portal paints sooner.
async function floorRun(kind) {
  return withBrowser(async (page) => {
    const url = kind === 'floor-page' ? new URL('/bench-floor.html', OURS) : new URL('/blank.html', PEERS);
    await page.goto(url.href, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 20 });
    return { fcpMs: await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime) };
  });
}

// ------------------------------------------------------------------ search

// Our catalog page is ready when the live search has drawn its first
// results (no query: the newest datasets), marked in the page like
// Pagefind's page marks the end of pagefind.init().
const OURS_SEARCH_OBSERVER = `
window.bench = { marks: {} };
window.__afterNextPaint = ${AFTER_NEXT_PAINT};
window.__framesSince = ${FRAMES_SINCE};
const obs = new MutationObserver(() => {
  const list = document.querySelector('.kf-live-results');
  if (list && list.firstElementChild) {
    window.bench.marks.ready = performance.now();
    obs.disconnect();
  }
});
obs.observe(document, { subtree: true, childList: true });
`;

async function searchRun(kind) {
  const base = kind === 'ours' ? CATALOG : PEERS;
  await serverLog(base);
  return withBrowser(async (page) => {
    await page.addInitScript(hookSrc);
    if (kind === 'ours') await page.addInitScript(OURS_SEARCH_OBSERVER);
    const url = kind === 'ours' ? new URL('/datasets/', CATALOG).href : new URL('/pagefind.html', PEERS).href;
    await page.goto(url);
    const origin = await page.evaluate(() => performance.timeOrigin);
    await page.waitForFunction(() => window.bench && (window.bench.marks.ready || window.bench.error));
    const readyMs = await page.evaluate(() => (window.bench && window.bench.marks.ready) || performance.now());
    const loadLog = await serverLog(base);
    const keys = [];
    for (const q of QUERIES) {
      if (keys.length) await page.evaluate(([k]) => (k === 'ours' ? window.__kfType('') : window.search('')), [kind]).catch(() => {});
      for (let i = 1; i <= q.length; i++) {
        const prefix = q.slice(0, i);
        if (kind === 'ours') {
          await page.evaluate(() => {
            if (window.__kfType) return;
            window.__kfType = (v) => new Promise((resolve) => {
              const input = document.getElementById('kf-q');
              const list = document.querySelector('.kf-live-results');
              const t0 = performance.now();
              // Frames begun before the results were in the page (FRAMES).
              const frames = window.__framesSince();
              // Drawn: the list says it shows this query (data-kf-query,
              // the search state drawn, set each time one is drawn, also
              // when its results are the previous query's and nothing on
              // the page had to change).
              const mo = new MutationObserver(() => {
                if ((new URLSearchParams(list.dataset.kfQuery || '').get('q') || '') !== v) return;
                mo.disconnect();
                // Laid out, as the Pagefind peer's page is when it returns.
                void document.body.offsetHeight;
                const laidOutMs = performance.now() - t0;
                const late = frames();
                const at = performance.timeOrigin + performance.now();
                const total = Number((/([\d,]+)/.exec(document.querySelector('.kf-results__count').textContent) || [0, '-1'])[1].replace(/,/g, ''));
                window.__afterNextPaint().then(() => resolve({ ms: performance.now() - t0, laidOutMs, total, at, late }));
              });
              mo.observe(list, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-kf-query'] });
              input.value = v;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            });
          });
        }
        const r = await page.evaluate(([k, v]) => (k === 'ours' ? window.__kfType(v) : window.search(v)), [kind, prefix]);
        const log = await serverLog(base);
        const [b, g, n] = sum(log);
        // Asked for before this query's results were drawn: what the query
        // needed (the rest is fetched ahead, for later keystrokes).
        const [nb, ng] = sum(log, (e) => e.begin <= r.at);
        keys.push({ q: prefix, ms: r.ms, laidOutMs: r.laidOutMs, late: r.late, total: r.total, bytes: b, gzip: g, requests: n, neededBytes: nb, neededGzip: ng });
      }
    }
    const [lb, lg, ln] = sum(loadLog);
    const isIndex = kind === 'ours' ? (e) => e.path.includes('/search/') : (e) => /\/pagefind\/.*\.(pf_|json)/.test(e.path) || e.path.includes('pf_');
    const [ib, ig] = sum(loadLog, isIndex);
    return {
      readyMs, loadBytes: lb, loadGzip: lg, loadRequests: ln, loadIndexBytes: ib, loadIndexGzip: ig,
      loadFiles: loadLog.map((e) => `${e.path} ${e.bytes}`), keys, mem: await memory(page),
    };
  });
}

for (const c of CASES) {
  const runs = (out.cases[c] = []);
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`${c}: run ${i + 1}/${RUNS}\n`);
    try {
      runs.push(c.startsWith('floor') ? await floorRun(c) : c.startsWith('search-') ? await searchRun(c.slice(7)) : await tableRun(c));
    } catch (e) {
      runs.push({ failed: String(e && e.stack || e).slice(0, 2000) });
      process.stderr.write(`${c}: FAILED: ${String(e).slice(0, 500)}\n`);
    }
    fs.writeFileSync(process.argv[2], JSON.stringify(out, null, 1));
  }
  fs.writeFileSync(process.argv[2], JSON.stringify(out, null, 1));
}
