// The DuckDB-WASM peer: the library and its WASM served from this origin,
// the published CSV read over HTTP (range requests). (The published Parquet
// cannot be used offline: DuckDB-WASM 1.32 loads its parquet extension from
// extensions.duckdb.org at the first read_parquet; ?src=…parquet tries it.)
// First rows: a LIMIT 100 query straight on the remote file; filterable: the table loaded into
// DuckDB (CREATE TABLE AS); filter and sort: SQL, count + first 100 rows.
import * as duckdb from './lib/duckdb.mjs';
import { afterNextPaint, bench, mark, render } from './common.js';

const q = new URLSearchParams(location.search);
const src = new URL(q.get('src'), location.href).href;
const abs = (p) => new URL(p, location.href).href;
let conn, header;

const rowsOf = (table) => {
  const cols = table.schema.fields.map((f) => table.getChild(f.name));
  const out = [];
  for (let i = 0; i < table.numRows; i++) out.push(cols.map((c) => c.get(i)));
  return out;
};

async function main() {
  const bundles = {
    mvp: { mainModule: abs('duckdb/duckdb-mvp.wasm'), mainWorker: abs('duckdb/worker-mvp.js') },
    eh: { mainModule: abs('duckdb/duckdb-eh.wasm'), mainWorker: abs('duckdb/worker-eh.js') },
  };
  const bundle = await duckdb.selectBundle(bundles);
  bench.info.bundle = bundle.mainModule.replace(/.*\//, '');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  bench.info.version = await db.getVersion();
  conn = await db.connect();
  const kind = src.endsWith('.csv') ? 'read_csv_auto' : 'read_parquet';
  const name = src.endsWith('.csv') ? 'big.csv' : 'big.parquet';
  await db.registerFileURL(name, src, duckdb.DuckDBDataProtocol.HTTP, false);
  const first = await conn.query(`SELECT * FROM ${kind}('${name}') LIMIT 100`);
  header = first.schema.fields.map((f) => f.name);
  render(header, rowsOf(first), '100 行（载入中…）');
  mark('firstRows');
  await conn.query(`CREATE TABLE t AS SELECT * FROM ${kind}('${name}')`);
  const n = Number((await conn.query('SELECT count(*) AS n FROM t')).getChild('n').get(0));
  const all = await conn.query('SELECT * FROM t LIMIT 100');
  render(header, rowsOf(all), `${n} 行`);
  mark('filterable');
  bench.info.rows = n;
}
main().catch((e) => { bench.error = String(e && e.stack || e); });

window.steps = {
  async filter(cat, min) {
    const t0 = performance.now();
    const where = `WHERE "类别" = '${cat}' AND "金额" > ${Number(min)}`;
    const [c, page] = await Promise.all([conn.query(`SELECT count(*) AS n FROM t ${where}`), conn.query(`SELECT * FROM t ${where} LIMIT 100`)]);
    const n = Number(c.getChild('n').get(0));
    const rows = rowsOf(page);
    render(header, rows, `${n} 行`);
    const laidOutMs = performance.now() - t0;
    await afterNextPaint();
    return { ms: performance.now() - t0, laidOutMs, count: n, first: rows[0] && Number(rows[0][0]) };
  },
  async sort() {
    const t0 = performance.now();
    const [c, page] = await Promise.all([conn.query('SELECT count(*) AS n FROM t'), conn.query('SELECT * FROM t ORDER BY "金额" DESC LIMIT 100')]);
    const rows = rowsOf(page);
    const a = header.indexOf('金额');
    render(header, rows, `${Number(c.getChild('n').get(0))} 行`);
    const laidOutMs = performance.now() - t0;
    await afterNextPaint();
    return { ms: performance.now() - t0, laidOutMs, count: Number(c.getChild('n').get(0)), first: rows[0] && Number(rows[0][a]) };
  },
};
