// Turns bench.mjs's JSON into the results table (medians over the cold runs).
//
//   node report.mjs RESULTS.json HEADER_LINE...
import fs from 'node:fs';

const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lines = process.argv.slice(3);
const ok = (c) => (d.cases[c] || []).filter((r) => !r.failed);
const median = (xs) => {
  xs = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
};
const med = (c, f) => median(ok(c).map((r) => { try { return f(r); } catch { return NaN; } }));
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '-');
const MB = 2 ** 20, KB = 1024;
const out = [...lines, ''];
const pad = (s, n) => { s = String(s); const w = [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0); return s + ' '.repeat(Math.max(0, n - w)); };
const row = (cells, widths) => out.push(cells.map((c, i) => (i === 0 ? pad(c, widths[0]) : String(c).padStart(widths[i]))).join(' ').trimEnd());

// ---------------------------------------------------------------- tables
const status = (c) => {
  const all = d.cases[c] || [];
  const good = ok(c).length;
  return all.length ? (good === all.length ? `${good} ok` : `${good}/${all.length} ok`) : 'not run';
};
// Runs before 2026-12-07 navigated as soon as the browser had started.
const settle = d.settleMs > 0 ? `navigating ${d.settleMs / 1000} s after the browser starts` : 'navigating as the browser starts';
out.push(`Each run: a new browser, a new profile (no HTTP cache, no compiled WASM), ${settle}.`);
out.push('');
out.push(`Table preview: 1,000,000 rows x 8 columns; medians of cold runs (ours ${status('ours')}, DuckDB-WASM ${status('duckdb')}, papaparse ${status('papaparse')})`);
out.push(`filter: 类别 = ${d.cat} AND 金额 > ${d.min}; sort: 金额 descending, first rows shown`);
out.push('');
const W = [46, 10, 12, 11, 11, 10, 22];
row(['', 'ours', 'DuckDB-WASM', 'papaparse', 'ours/duck', 'ours/papa', 'target'], W);
const T = [
  ['first rows visible, ms (*)', (r) => r.firstRowsMs, 0, 100],
  ['  first contentful paint, ms', (r) => r.fcpMs, 0],
  ['whole table filterable, ms', (r) => r.filterableMs, 0, 1000],
  ['filter, ms (**)', (r) => r.filter.ms, 1, 20],
  ['  until laid out, without the frame, ms', (r) => r.filter.laidOutMs, 1],
  ['sort, ms (**)', (r) => r.sort.ms, 1, 40],
  ['  until laid out, without the frame, ms', (r) => r.sort.laidOutMs, 1],
  ['bytes downloaded (as served), MB', (r) => r.bytesAll / MB, 1],
  ['  the same gzip-compressed (estimate), MB', (r) => r.gzipAll / MB, 1],
  ['  of it before the first rows, KB (a)', (r) => r.bytesFirstRows / KB, 0],
  ['requests', (r) => r.requests, 0],
  ['JS heap (page, after GC), MB', (r) => r.mem.jsHeapMB, 1],
  ['WASM memory (page + workers), MB', (r) => r.mem.wasmMB, 1],
  ['JS heap + WASM, MB', (r) => r.mem.jsHeapMB + r.mem.wasmMB, 1],
  ['renderer processes RSS, MB', (r) => r.mem.rendererRssMB, 0],
];
const verdicts = [];
for (const [label, f, digits, target] of T) {
  const [o, du, pa] = ['ours', 'duckdb', 'papaparse'].map((c) => med(c, f));
  let tgt = '';
  if (target !== undefined) {
    tgt = `< ${target}: ${Number.isFinite(o) ? (o < target ? 'met' : 'MISSED') : 'not measured'}`;
    const ahead = Number.isFinite(o) && [du, pa].every((p) => !Number.isFinite(p) || o < p);
    verdicts.push(`${label.replace(/, ms.*/, '')}: ${ahead ? 'ours ahead of both peers' : 'ours NOT ahead of ' + [['DuckDB-WASM', du], ['papaparse', pa]].filter(([, p]) => Number.isFinite(p) && o >= p).map(([n]) => n).join(' and ')}`);
  }
  row([label, fmt(o, digits), fmt(du, digits), fmt(pa, digits), ratio(o, du), ratio(o, pa), tgt], W);
}
row(['rows matched by the filter (check)', ...['ours', 'duckdb', 'papaparse'].map((c) => fmt(med(c, (r) => r.filter.count))), '', '', ''], W);
row(['largest 金额 after the sort (check)', ...['ours', 'duckdb', 'papaparse'].map((c) => fmt(med(c, (r) => r.sort.first), 2)), '', '', ''], W);
out.push('');
out.push(...verdicts.map((v) => `  ${v}`));
out.push('Ours shows 50 rows per page (the viewer\'s page size); the peers render 100.');
out.push('(a) responses completed before the first rows; a response still streaming (the peers\' CSV) is not counted.');
out.push('(**) until the next frame, which shows the rows, is drawn (style, layout, paint, commit); "until laid out" stops');
out.push('    at a forced layout once they are in the page (the clock of runs before 2026-12-07).');
out.push('(*) the later of "rows in the table, laid out" and the first contentful paint. Ours are in the page\'s HTML (the static');
out.push('    first page, which the viewer then upgrades in place); the peers draw theirs from the CSV with JavaScript. Our page');
out.push('    is opened at its table (datasets/big/#kf-table-1), so that its first paint shows the rows, as the peers\' do.');
const outOfView = ok('ours').filter((r) => r.info && r.info.rowsInViewAtFcp === false).length;
if (outOfView) out.push(`!! in ${outOfView} of our runs the first row was not on the screen at the first paint: the first-rows figure is not of visible rows`);
const floor = med('floor', (r) => r.fcpMs);
if (Number.isFinite(floor)) out.push(`    The floor: a page of one line of Chinese text first paints at ${fmt(floor)} ms in the same cold browser (median of ${ok('floor').length}).`);
const pageFloor = med('floor-page', (r) => r.fcpMs);
if (Number.isFinite(pageFloor)) out.push(`    Our dataset page with its chrome only (header, navigation, search box, title, footer; no dataset content, no viewer) first paints at ${fmt(pageFloor)} ms (median of ${ok('floor-page').length}).`);
for (const c of ['ours', 'duckdb', 'papaparse']) for (const r of d.cases[c] || []) if (r.failed) out.push(`!! ${c} run failed: ${r.failed.split('\n')[0]}`);

// ---------------------------------------------------------------- search
const so = 'search-ours', sp = 'search-pagefind';
out.push('');
out.push(`Catalog search: 10,000 datasets; queries typed one character at a time: ${d.queries.join(', ')}; medians of cold runs (ours ${status(so)}, Pagefind ${status(sp)})`);
out.push('');
const S = [46, 10, 10, 11, 26];
row(['', 'ours', 'Pagefind', 'ours/pf', 'target'], S);
const perKey = (r) => r.keys.slice(1).map((k) => k.ms);
// Until the results were laid out, without the frame that draws them (the
// clock of runs before 2026-12-07; absent from their results).
// Of the keystrokes after the first, the share whose results were in the
// page before the browser began a frame (results without "late", from
// runs before 2026-12-07, are not counted).
const nextFrameShare = (r) => {
  const ks = r.keys.slice(1).filter((k) => k.late !== undefined);
  return ks.length ? (100 * ks.filter((k) => k.late === 0).length) / ks.length : NaN;
};
const perKeyLaid = (r) => r.keys.slice(1).map((k) => (k.laidOutMs === undefined ? NaN : k.laidOutMs));
// The first query's bytes: requests made before its results were drawn
// (results from before that split count all of them).
const needed = (k) => (k.neededBytes === undefined ? k.bytes : k.neededBytes);
const neededGzip = (k) => (k.neededGzip === undefined ? k.gzip : k.neededGzip);
const firstQueryBytes = (r) => r.loadIndexBytes + needed(r.keys[0]);
const ST = [
  ['search ready after navigation, ms', (r) => r.readyMs, 0],
  ['first query (first keystroke), ms', (r) => r.keys[0].ms, 1],
  ['index bytes for the first query, KB (b)', (r) => firstQueryBytes(r) / KB, 1, 100],
  ['  the same gzip-compressed (estimate), KB', (r) => (r.loadIndexGzip + neededGzip(r.keys[0])) / KB, 1],
  ['all bytes to the first results, KB (c)', (r) => (r.loadBytes + needed(r.keys[0])) / KB, 1],
  ['  the same gzip-compressed (estimate), KB', (r) => (r.loadGzip + neededGzip(r.keys[0])) / KB, 1],
  ['per keystroke after the first, median ms (e)', (r) => median(perKey(r)), 2, 16],
  ['per keystroke after the first, max ms (e)', (r) => Math.max(...perKey(r)), 2, 16],
  ['  until laid out, without the frame: median ms', (r) => median(perKeyLaid(r)), 2],
  ['  until laid out, without the frame: max ms', (r) => Math.max(...perKeyLaid(r)), 2],
  // A share, where more is better: no ratio.
  ['keystrokes drawn in the next frame, % (f)', (r) => nextFrameShare(r), 0, undefined, false],
  ['bytes fetched after the first results, KB (d)', (r) => (r.keys[0].bytes - needed(r.keys[0]) + r.keys.slice(1).reduce((a, k) => a + k.bytes, 0)) / KB, 1],
  ['JS heap (page, after GC), MB', (r) => r.mem.jsHeapMB, 1],
  ['WASM memory, MB', (r) => r.mem.wasmMB, 1],
];
for (const [label, f, digits, target, withRatio = true] of ST) {
  const [o, p] = [so, sp].map((c) => med(c, f));
  const tgt = target === undefined ? '' : `< ${target}: ${Number.isFinite(o) ? (o < target ? 'met' : 'MISSED') : 'not measured'}${Number.isFinite(p) ? (o < p ? ', ahead' : ', NOT ahead') : ''}`;
  row([label, fmt(o, digits), fmt(p, digits), withRatio ? ratio(o, p) : '-', tgt], S);
}
out.push('');
out.push('results per keystroke (check; ours counts datasets, Pagefind counts pages):');
for (const c of [so, sp]) {
  const r = ok(c)[0];
  if (r) out.push(`  ${c === so ? 'ours    ' : 'Pagefind'}: ${r.keys.map((k) => `${k.q}=${k.total}`).join(' ')}`);
}
out.push('(b) ours: files under search/; Pagefind: pagefind-entry.json and pf_* files (meta, index chunks, filters, the first 20 results\' fragments).');
out.push('    Counted: requests made before the first results were drawn.');
out.push('(c) everything from navigation to the first results: page, CSS, JS, WASM, index.');
out.push('(d) fetched ahead once the first results are drawn (ours: the search pack) and while typing the rest.');
out.push('(e) from the input event until the next frame, which shows the results, is drawn (style, layout, paint, commit).');
out.push('    "Until laid out" stops at a forced layout once the results are in the page: content-visibility lets ours defer');
out.push('    the cards on screen to that frame, so only the first figure counts all of a keystroke\'s work. The first figure');
out.push('    also counts the wait for that frame to begin: at 60 frames a second up to 16.7 ms, whatever the page does.');
out.push('(f) keystrokes whose results were in the page before the browser began its next frame, so that frame drew them');
out.push('    (the 16 ms of a frame at 60 Hz): counted with requestAnimationFrame from the input event on.');
out.push('Memory: Pagefind runs its WASM in a worker (pagefind-worker.js) the memory hook does not reach, so its WASM figure is 0 and its heap is the page\'s only.');
for (const c of [so, sp]) for (const r of d.cases[c] || []) if (r.failed) out.push(`!! ${c} run failed: ${r.failed.split('\n')[0]}`);
console.log(out.join('\n'));
