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

// Resolves once the browser has drawn the next frame (its style, layout,
// paint and commit): a task posted from a requestAnimationFrame callback
// runs after that frame's rendering. bench.mjs gives our pages the same
// function (AFTER_NEXT_PAINT).
export const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
  const c = new MessageChannel();
  c.port1.onmessage = () => resolve();
  c.port2.postMessage(null);
}));

// How many frames the browser began between now and when the function it
// returns is called: 0 when the next frame shows what was done meanwhile.
// bench.mjs gives our pages the same function (FRAMES_SINCE).
export const framesSince = () => {
  let n = 0, live = true;
  const tick = () => { if (live) { n += 1; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  return () => { live = false; return n; };
};
