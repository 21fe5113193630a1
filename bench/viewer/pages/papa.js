// The papaparse peer: fetch the CSV as a stream; from the first bytes, parse
// the first 100 rows (Papa.parse preview) and show them; when the whole text
// has arrived, Papa.parse it (dynamicTyping: numbers as numbers) and keep
// every row as an array; then filter and sort with Array.prototype.filter /
// sort. (Papa.parse's own download mode fetches by byte ranges and decodes
// each range separately: characters split across two ranges were garbled,
// which changed the filter's count, so it is not used.)
import Papa from './lib/papaparse.mjs';
import { afterNextPaint, bench, mark, render } from './common.js';

const q = new URLSearchParams(location.search);
let header = null;
let rows = [];

async function main() {
  const res = await fetch(q.get('csv'));
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(dec.decode(value, { stream: true }));
    size += value.length;
    if (!bench.marks.firstRows && size >= 32768) {
      const head = Papa.parse(parts.join(''), { preview: 101, dynamicTyping: true, skipEmptyLines: true }).data;
      render(head[0], head.slice(1), '100 行（载入中…）');
      mark('firstRows');
    }
  }
  parts.push(dec.decode());
  const all = Papa.parse(parts.join(''), { dynamicTyping: true, skipEmptyLines: true }).data;
  header = all[0];
  rows = all.slice(1);
  render(header, rows, `${rows.length} 行`);
  mark('filterable');
  bench.info.rows = rows.length;
}
main().catch((e) => { bench.error = String(e && e.stack || e); });

window.steps = {
  async filter(cat, min) {
    const c = header.indexOf('类别'), a = header.indexOf('金额');
    const t0 = performance.now();
    const view = rows.filter((r) => r[c] === cat && r[a] > min);
    render(header, view, `${view.length} 行`);
    const laidOutMs = performance.now() - t0;
    await afterNextPaint();
    return { ms: performance.now() - t0, laidOutMs, count: view.length, first: view[0] && view[0][0] };
  },
  async sort() {
    const a = header.indexOf('金额');
    const t0 = performance.now();
    const view = rows.slice().sort((x, y) => y[a] - x[a]);
    render(header, view, `${view.length} 行`);
    const laidOutMs = performance.now() - t0;
    await afterNextPaint();
    return { ms: performance.now() - t0, laidOutMs, count: view.length, first: view[0] && view[0][a] };
  },
};
