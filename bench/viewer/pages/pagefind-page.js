// The Pagefind peer: its JS API over the index `pagefind` built from the
// 10,000 dataset pages. Like Pagefind's own UI, a query loads the data
// (title, url, excerpt) of the first 20 results and renders them.
import { afterNextPaint, bench, framesSince, mark } from './common.js';

const esc = (v) => String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
let pagefind;

async function main() {
  pagefind = await import('./pagefind/pagefind.js');
  await pagefind.init();
  mark('ready');
}
main().catch((e) => { bench.error = String(e && e.stack || e); });

window.search = async (q) => {
  const t0 = performance.now();
  const frames = framesSince();
  const r = await pagefind.search(q || null);
  const data = r && r.results ? await Promise.all(r.results.slice(0, 20).map((x) => x.data())) : [];
  document.getElementById('count').textContent = `${r ? r.results.length : 0} 个结果`;
  document.getElementById('results').innerHTML = data.map((d) => `<li><a href="${esc(d.url)}">${esc(d.meta.title)}</a><p>${d.excerpt}</p></li>`).join('');
  void document.body.offsetHeight;
  const laidOutMs = performance.now() - t0;
  const late = frames();
  const at = performance.timeOrigin + performance.now();
  // Until the frame that shows them is drawn, as for ours (bench.mjs).
  await afterNextPaint();
  return { ms: performance.now() - t0, laidOutMs, late, total: r ? r.results.length : 0, at };
};
