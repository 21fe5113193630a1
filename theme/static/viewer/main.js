// Kaifang viewer: progressive enhancement of the static pages. JavaScript
// fetches bytes and touches the page; the WASM module (viewer_wasm.js)
// decodes and computes. Without JavaScript every page works as it is.
import init, { Search, Table } from './viewer_wasm.js';

const config = (() => {
  const el = document.getElementById('kf-config');
  try { return el ? JSON.parse(el.textContent) : null; } catch (e) { return null; }
})();

async function bytes(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

const t = (key, args = {}) => {
  let s = (config && config.t[key]) || key;
  for (const [k, v] of Object.entries(args)) s = s.replace(`{${k}}`, v);
  return s;
};

function stringsText() {
  return Object.entries(config.t).map(([k, v]) => `${k}\t${String(v).replace(/\n/g, '\\n')}`).join('\n');
}

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) e.setAttribute(k, '');
    else if (v !== false && v != null) e.setAttribute(k, v);
  }
  if (text != null) e.textContent = text;
  return e;
}

// ---------------------------------------------------------------- catalog

async function catalog(root) {
  const search = new Search(await bytes(`${config.base}search/entry.kfi`), config.lang, config.root, stringsText());
  const input = document.getElementById('kf-q');
  const results = root.querySelector('.kf-results');
  const note = root.querySelector('.kf-nojs-note');
  if (note) note.hidden = true;
  const staticFacets = root.querySelectorAll('.kf-facets');

  // The live controls replace the static facet links and pages.
  const form = el('form', { class: 'kf-facets kf-live-facets', 'aria-label': t('facets') });
  const heading = results.querySelector('.kf-results__count');
  const sortLabel = el('label', { for: 'kf-sort', class: 'kf-sortbox' }, t('v_sort') + ' ');
  const sort = el('select', { id: 'kf-sort', name: 'sort' });
  for (const k of ['relevance', 'recent', 'title']) sort.append(el('option', { value: k }, t(`v_sort_${k}`)));
  sortLabel.append(sort);
  const list = el('div', { class: 'kf-live-results', 'aria-live': 'polite' });
  const pager = el('nav', { class: 'kf-pager', 'aria-label': t('pagination') });
  for (const s of staticFacets) s.hidden = true;
  for (const old of results.querySelectorAll('.kf-cards, .kf-pager, p:not(.kf-results__count)')) old.remove();
  root.querySelector('.kf-catalog').prepend(form);
  heading.after(sortLabel);
  sortLabel.after(list);
  list.after(pager);

  const params = () => new URLSearchParams(location.search);
  let seq = 0;
  async function show() {
    const mine = ++seq;
    const q = params();
    input.value = q.get('q') || '';
    sort.value = q.get('sort') || (input.value ? 'relevance' : 'recent');
    const query = q.toString();
    for (let i = 0; i < 8; i++) {
      const need = search.missing(query);
      if (!need.length) break;
      const loaded = await Promise.all(need.map(async (f) => [f, await bytes(`${config.base}search/${f}`)]));
      for (const [f, b] of loaded) search.add_file(f, b);
    }
    if (mine !== seq) return;
    const r = search.render(query);
    heading.textContent = r.summary;
    list.innerHTML = r.results;
    form.innerHTML = r.facets;
    pager.innerHTML = '';
    if (r.pages > 1) {
      const ul = el('ul');
      const link = (n, label, rel) => {
        const p = params(); p.set('page', n);
        const a = el('a', { href: `?${p}`, rel, 'aria-current': n === r.page ? 'page' : false }, label);
        a.addEventListener('click', (e) => { e.preventDefault(); go(p, true); });
        const li = el('li'); li.append(a); ul.append(li);
      };
      if (r.page > 1) link(r.page - 1, t('prev_page'), 'prev');
      for (let n = Math.max(1, r.page - 3); n <= Math.min(r.pages, r.page + 3); n++) link(n, String(n));
      if (r.page < r.pages) link(r.page + 1, t('next_page'), 'next');
      pager.append(ul);
    }
  }
  function go(p, push) {
    const url = `${location.pathname}${p.toString() ? `?${p}` : ''}`;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    show().catch(report);
  }
  input.addEventListener('input', () => {
    const p = params();
    if (input.value) p.set('q', input.value); else p.delete('q');
    p.delete('page');
    go(p, false);
  });
  input.form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(params(), true);
  });
  form.addEventListener('change', () => {
    const p = new URLSearchParams(new FormData(form));
    const cur = params();
    for (const k of ['q', 'sort']) if (cur.get(k)) p.set(k, cur.get(k));
    go(p, true);
  });
  sort.addEventListener('change', () => {
    const p = params(); p.set('sort', sort.value); p.delete('page');
    go(p, true);
  });
  window.addEventListener('popstate', () => show().catch(report));
  await show();
}

// ---------------------------------------------------------------- table

async function tableViewer(box, manifest) {
  const base = box.dataset.manifest.replace(/[^/]*$/, '');
  const table = new Table(await manifest, stringsText());
  const files = table.chunk_files();
  const names = table.column_names();
  const types = names.map((_, i) => table.column_type(i));
  const id = box.id;
  let page = 1;
  let sortCol = -1;
  let sortDesc = false;

  box.hidden = false;
  const staticPreview = box.previousElementSibling;
  if (staticPreview && staticPreview.classList.contains('kf-static-preview')) staticPreview.hidden = true;
  const status = el('p', { class: 'kf-status-line', 'aria-live': 'polite' });
  const tools = el('div', { class: 'kf-tools' });
  const exportBtn = el('button', { type: 'button', class: 'kf-button' }, t('v_export'));
  tools.append(exportBtn);
  const filters = el('details', { class: 'kf-filters' });
  filters.append(el('summary', {}, t('v_filters')));
  const filterGrid = el('div', { class: 'kf-filter-grid' });
  filters.append(filterGrid);
  const wrap = el('div', { class: 'kf-table-wrap', tabindex: '0', role: 'region', 'aria-label': box.dataset.title });
  const tbl = el('table', { class: 'kf-table kf-preview' });
  const caption = el('caption', {}, box.dataset.title);
  const thead = el('thead');
  const tbody = el('tbody');
  tbl.append(caption, thead, tbody);
  wrap.append(tbl);
  const pager = el('nav', { class: 'kf-pager', 'aria-label': t('pagination') });
  const chartBox = el('details', { class: 'kf-charts' });
  chartBox.append(el('summary', {}, t('v_charts')));
  const chartForm = el('div', { class: 'kf-chart-form' });
  const chartOut = el('div', { class: 'kf-chart-out' });
  chartBox.append(chartForm, chartOut);
  box.append(status, tools, filters, wrap, pager, chartBox);

  const numeric = (i) => types[i] === 'integer' || types[i] === 'number';
  const temporal = (i) => types[i] === 'date' || types[i] === 'datetime';

  function draw() {
    table.refresh();
    const n = table.view_len();
    const pages = Math.max(1, Math.ceil(n / table.per_page()));
    if (page > pages) page = pages;
    const loaded = table.loaded_rows();
    const total = table.rows();
    status.textContent = t('v_status', { n: n.toLocaleString(), loaded: loaded.toLocaleString(), total: total.toLocaleString() }) + (table.complete() ? '' : ` ${t('v_loading')}`);
    thead.innerHTML = table.header_html();
    tbody.innerHTML = table.page_html(page);
    pager.innerHTML = '';
    if (pages > 1) {
      const ul = el('ul');
      const add = (p, label, rel) => {
        const b = el('button', { type: 'button', class: 'kf-button', rel }, label);
        b.addEventListener('click', () => { page = p; draw(); });
        const li = el('li'); li.append(b); ul.append(li);
      };
      if (page > 1) add(page - 1, t('prev_page'));
      ul.append(el('li', { class: 'kf-muted' }, t('page_n_of', { n: page, total: pages })));
      if (page < pages) add(page + 1, t('next_page'));
      pager.append(ul);
    }
  }

  thead.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-col]');
    if (!b) return;
    const col = Number(b.dataset.col);
    sortDesc = sortCol === col ? !sortDesc : false;
    sortCol = col;
    table.sort(sortCol, sortDesc);
    page = 1;
    draw();
    thead.querySelector(`button[data-col="${col}"]`)?.focus();
  });

  function buildFilters() {
    filterGrid.innerHTML = '';
    names.forEach((name, i) => {
      const fid = `${id}-f${i}`;
      const field = el('div', { class: 'kf-filter' });
      if (numeric(i) || temporal(i)) {
        const type = temporal(i) ? 'date' : 'number';
        const fs = el('fieldset');
        fs.append(el('legend', {}, name));
        const lo = el('input', { type, id: `${fid}-lo`, step: 'any' });
        const hi = el('input', { type, id: `${fid}-hi`, step: 'any' });
        const l1 = el('label', { for: `${fid}-lo` }, t('v_from'));
        const l2 = el('label', { for: `${fid}-hi` }, t('v_to'));
        fs.append(l1, lo, l2, hi);
        const apply = () => { table.filter_range(i, lo.value, hi.value); page = 1; draw(); };
        lo.addEventListener('change', apply); hi.addEventListener('change', apply);
        field.append(fs);
      } else {
        const cats = types[i] === 'string' ? table.categories(i) : [];
        field.append(el('label', { for: fid }, name));
        if (cats.length) {
          const sel = el('select', { id: fid });
          sel.append(el('option', { value: '' }, t('facet_all')));
          for (const c of cats) sel.append(el('option', { value: c }, c));
          sel.addEventListener('change', () => { table.filter_pick(i, sel.value); page = 1; draw(); });
          field.append(sel);
        } else {
          const inp = el('input', { type: 'search', id: fid, placeholder: t('v_contains') });
          inp.addEventListener('input', () => { table.filter_contains(i, inp.value); page = 1; draw(); });
          field.append(inp);
        }
      }
      filterGrid.append(field);
    });
  }

  function buildCharts() {
    chartForm.innerHTML = '';
    const kind = el('select', { id: `${id}-ck` });
    const kinds = [];
    if (names.some((_, i) => numeric(i))) kinds.push('histogram');
    if (names.some((_, i) => temporal(i)) && names.some((_, i) => numeric(i))) kinds.push('line');
    if (names.some((_, i) => types[i] === 'string')) kinds.push('bars');
    if (!kinds.length) { chartBox.hidden = true; return; }
    for (const k of kinds) kind.append(el('option', { value: k }, t(`v_kind_${k}`)));
    const colSel = el('select', { id: `${id}-c1` });
    const col2Sel = el('select', { id: `${id}-c2` });
    const fill = () => {
      colSel.innerHTML = ''; col2Sel.innerHTML = '';
      names.forEach((n, i) => {
        const ok = kind.value === 'histogram' ? numeric(i) : kind.value === 'line' ? temporal(i) : types[i] === 'string';
        if (ok) colSel.append(el('option', { value: i }, n));
        if (numeric(i)) col2Sel.append(el('option', { value: i }, n));
      });
      col2Sel.parentElement.hidden = kind.value !== 'line';
    };
    const lab = (txt, control) => { const l = el('label', {}, `${txt} `); l.append(control); return l; };
    const draw2 = el('button', { type: 'button', class: 'kf-button' }, t('v_draw'));
    chartForm.append(lab(t('v_chart_kind'), kind), lab(t('v_column'), colSel), lab(t('v_value'), col2Sel), draw2);
    fill();
    kind.addEventListener('change', fill);
    draw2.addEventListener('click', () => {
      table.refresh();
      chartOut.innerHTML = table.chart(kind.value, Number(colSel.value), Number(col2Sel.value || 0), `${id}-chart`);
    });
  }

  exportBtn.addEventListener('click', () => {
    table.refresh();
    const blob = new Blob([table.csv()], { type: 'text/csv;charset=utf-8' });
    const a = el('a', { href: URL.createObjectURL(blob), download: `${box.dataset.stem || 'data'}-view.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  // The first chunk shows rows at once; the rest load in the background,
  // several at a time, and are added in order as they arrive.
  const pending = files.map(() => null);
  let next = 0;
  const fetchNext = () => {
    const i = next++;
    if (i < files.length) pending[i] = bytes(base + files[i]);
  };
  for (let k = 0; k < Math.min(6, files.length); k++) fetchNext();
  if (files.length) table.add_chunk(0, await pending[0]);
  buildFilters();
  buildCharts();
  draw();
  let lastDraw = performance.now();
  for (let i = 1; i < files.length; i++) {
    fetchNext();
    table.add_chunk(i, await pending[i]);
    pending[i] = null;
    if (performance.now() - lastDraw > 250 || i === files.length - 1) {
      draw();
      lastDraw = performance.now();
    }
  }
  buildFilters();
  draw();
}

function report(e) {
  console.warn('kaifang viewer:', e);
}

async function main() {
  if (!config) return;
  // Fetch the manifests while the module compiles.
  const boxes = [...document.querySelectorAll('.kf-viewer[data-manifest]')];
  const manifests = boxes.map((b) => bytes(b.dataset.manifest));
  manifests.forEach((m) => m.catch(() => {}));
  await init({ module_or_path: new URL('./viewer_wasm_bg.wasm', import.meta.url) });
  const cat = document.querySelector('[data-kf-catalog]');
  if (cat) catalog(cat).catch(report);
  boxes.forEach((box, i) => tableViewer(box, manifests[i]).catch(report));
}

main().catch(report);
