// Records every WebAssembly.Memory created or exported, so the harness can sum
// their sizes (self.__wasmBytes()). Injected into every page, and prepended
// to the DuckDB worker.
(() => {
  const mems = (self.__wasmMems = []);
  const M = WebAssembly.Memory;
  const keep = (m) => { if (m instanceof M && !mems.includes(m)) mems.push(m); };
  const P = function Memory(d) { const m = new M(d); keep(m); return m; };
  P.prototype = M.prototype;
  WebAssembly.Memory = P;
  const look = (r) => { const inst = r && (r.instance || r); if (inst && inst.exports) for (const v of Object.values(inst.exports)) keep(v); return r; };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const f = WebAssembly[name];
    if (f) WebAssembly[name] = function (...a) { return f.apply(this, a).then(look); };
  }
  self.__wasmBytes = () => mems.reduce((s, m) => s + m.buffer.byteLength, 0);
})();
