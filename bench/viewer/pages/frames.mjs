// Frame clocks, the same for every page measured: the peers' pages import
// them (through common.js); bench.mjs imports them too and puts their source
// into our pages (window.__afterNextPaint, window.__framesSince). Nothing
// here may use a name from outside the function: only its text travels.

// Resolves once the browser has drawn the next frame (its style, layout,
// paint and commit): a task posted from a requestAnimationFrame callback
// runs after that frame's rendering.
export const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
  const c = new MessageChannel();
  c.port1.onmessage = () => resolve();
  c.port2.postMessage(null);
}));

// How many frames the browser began (requestAnimationFrame callbacks)
// between now and when the function it returns is called: 0 when the next
// frame shows what was done meanwhile (a keystroke's results, say).
export const framesSince = () => {
  let n = 0, live = true;
  const tick = () => { if (live) { n += 1; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  return () => { live = false; return n; };
};
