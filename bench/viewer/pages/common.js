// Shared by the peer pages: the same 100-row table rendering for every peer,
// and the marks the harness reads (window.bench).
export const bench = (window.bench = { marks: {}, info: {}, error: null });
export const mark = (name) => { bench.marks[name] = performance.now(); };

const esc = (v) => String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// rows: arrays of cells (at most 100 are drawn); status: the row count text.
export function render(header, rows, status) {
  const t = document.getElementById('t');
  t.tHead.innerHTML = '<tr>' + header.map((h) => `<th>${esc(h)}</th>`).join('') + '</tr>';
  let html = '';
  for (let i = 0; i < rows.length && i < 100; i++) html += '<tr>' + rows[i].map((c) => `<td>${esc(c)}</td>`).join('') + '</tr>';
  t.tBodies[0].innerHTML = html;
  document.getElementById('status').textContent = status;
  void document.body.offsetHeight; // layout, as the browser must before it paints
}

export { afterNextPaint, framesSince } from './frames.mjs';
