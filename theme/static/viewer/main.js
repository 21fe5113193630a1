// Kaifang viewer: progressive enhancement of the static pages. JavaScript
// fetches bytes and touches the page; the WASM module (viewer_wasm.js)
// decodes and computes. Without JavaScript every page works as it is.
//
// The catalog page's live search is its first view: the WASM module
// (compiled while it streams in) and the search entry are requested at
// once when the module starts, and the page preloads them with the search
// files its first view (no query, newest first) needs while the HTML is
// parsed. A dataset page's tables are static until a visitor may want
// them (tableWanted): then the WASM module, a table's manifest and its
// chunks are requested together, and the viewer upgrades the table in place.
import init, { Search, Table } from './viewer_wasm.js';

const config = (() => {
  const el = document.getElementById('kf-config');
  try { return el ? JSON.parse(el.textContent) : null; } catch (e) { return null; }
})();

async function bytes(url, priority = 'auto', signal = undefined) {
  const r = await fetch(url, { priority, signal });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

// Search files are gzipped by the generator; a host that serves them with
// Content-Encoding has already inflated them (no gzip magic left). They are
// inflated from memory: a Blob's stream would send the bytes through the
// browser's blob store and back, which waits tens of milliseconds whenever
// the browser is busy (while the search pack arrives, say).
async function inflated(p) {
  const b = await p;
  if (b.length < 2 || b[0] !== 0x1f || b[1] !== 0x8b) return b;
  const gz = new DecompressionStream('gzip');
  const w = gz.writable.getWriter();
  w.write(b).catch(() => {});
  w.close().catch(() => {});
  return concat(gz.readable);
}

// A stream's bytes in one array.
async function concat(stream) {
  const r = stream.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await r.read();
    if (done) break;
    parts.push(value);
    n += value.length;
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(n);
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

// A table's folder: its manifest and chunks sit side by side.
const folder = (box) => box.dataset.manifest.replace(/[^/]*$/, '');

const WASM = new URL('./viewer_wasm_bg.wasm', import.meta.url);

const early = (() => {
  if (!config) return null;
  const quiet = (p) => { p.catch(() => {}); return p; };
  const boxes = [...document.querySelectorAll('.kf-viewer[data-manifest]')];
  const cat = document.querySelector('[data-kf-catalog]');
  // The home page's search box fetches nothing until a visitor starts
  // searching (homeSearch).
  const home = document.querySelector('[data-kf-home]');
  // A dataset page's tables are upgraded once a visitor may want them
  // (tableWanted): until then the page's own first rows are the table, and
  // neither the WASM module nor a table's manifest is fetched.
  const wanted = boxes.map(tableWanted);
  return {
    boxes,
    cat,
    home,
    wanted,
    wasm: cat ? fetch(WASM) : null,
    manifests: boxes.map((b, i) => quiet(wanted[i].then(() => bytes(b.dataset.manifest)))),
    // Each table's other chunks, by name, at low priority, fetched at the
    // same time: they stream in while the module compiles.
    chunks: boxes.map((b, i) => wanted[i].then(() => new Map((b.dataset.chunks || '').split(' ').filter(Boolean)
      .map((f) => [f, quiet(bytes(folder(b) + f, 'low'))])))),
    entry: cat ? quiet(inflated(bytes(`${config.base}search/entry.kfi`))) : null,
    // The search files the catalog's first view needs (data-kf-first),
    // inflated while the module compiles.
    first: cat ? new Map((cat.dataset.kfFirst || '').split(' ').filter(Boolean)
      .map((f) => [f, quiet(inflated(bytes(`${config.base}search/${f}`)))])) : new Map(),
  };
})();

// Resolves once a visitor may want a table (the viewer, its manifest and
// its rows beyond the first page, fetched on demand): when the table comes
// within a screen of the window, when something in it is touched, clicked
// or focused, or at once when the address asks for it: a view (a link to
// filtered rows, say) or a table (#kf-table-1, where the download box's
// link leads). A visitor who reads the top of a dataset page on a phone
// downloads none of it.
function tableWanted(box) {
  return new Promise((resolve) => {
    const asked = location.search.length > 1 || location.hash.startsWith('#kf-table-');
    if (!window.IntersectionObserver || asked) { resolve(); return; }
    const events = ['pointerdown', 'focusin', 'keydown'];
    const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) done(); }, { rootMargin: '100% 0px' });
    function done() {
      io.disconnect();
      for (const e of events) box.removeEventListener(e, done);
      resolve();
    }
    io.observe(box);
    for (const e of events) box.addEventListener(e, done);
  });
}

// The WASM module, instantiated once.
let booted = null;
const boot = () => booted || (booted = init({ module_or_path: early.wasm || fetch(WASM) }));

// A UI string, filled in as viewer_format::strings does: `{name}`
// placeholders, and of two forms `one|other` the one for the count `n`.
const t = (key, args = {}) => {
  let s = (config && config.t[key]) || key;
  const forms = s.split('|');
  if (forms.length === 2 && args.n != null) s = forms[String(args.n) === '1' ? 0 : 1];
  for (const [k, v] of Object.entries(args)) s = s.replace(`{${k}}`, v);
  return s;
};

function stringsText() {
  return Object.entries(config.t).map(([k, v]) => `${k}\t${String(v).replace(/\n/g, '\\n')}`).join('\n');
}

// 1234567 → "1,234,567", as toLocaleString gives in zh-CN and en, without
// the locale machinery's first-call cost (tens of ms on a cold start).
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// Runs `fn` once the browser is idle, within 200 ms: after the frame that
// shows what changed, not in the way of it. Returns a function that cancels.
function whenIdle(fn) {
  if (window.requestIdleCallback) {
    const id = requestIdleCallback(fn, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
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

// ---------------------------------------------------------------- search

// Calls `fn` as the text in `box` changes. On the Chinese pages, not for
// the letters of a word an input method is still composing (pinyin
// "kongqi" on its way to 空气): a query of them matches nothing the visitor
// wants, and the results would flicker to "none found" at each letter; the
// finished word (compositionend) is searched. English keyboards on phones
// compose whole words too, so the English pages search every keystroke.
function onText(box, fn) {
  const waitForWord = config.lang !== 'en';
  box.addEventListener('input', (e) => { if (!(e.isComposing && waitForWord)) fn(); });
  if (waitForWord) box.addEventListener('compositionend', () => fn());
}

// Calls `fn` when a visitor starts searching in `box`: a click or tap in it,
// a key pressed in it (not a Tab, Shift or Escape passing through), or text
// arriving without a key (pasted, spoken, filled in by the browser).
function onIntent(box, fn) {
  box.addEventListener('pointerdown', fn);
  box.addEventListener('keydown', (e) => { if (!['Tab', 'Shift', 'Escape'].includes(e.key)) fn(); });
  box.addEventListener('input', fn);
}

// The index files a search engine reads: fetched once, added to the engine
// as they arrive (a prefetched file and a needed one are the same request).
// `first`: files already on their way (the catalog's first view); `pack`:
// the site's search pack, if it has one.
function searchIndex(search, first, pack) {
  const files = new Map();
  // Once a visitor starts searching (a click or tap in the box, a key
  // pressed in it, text typed or pasted; not a Tab passing through), the
  // rest of the index comes in one file at low priority, when the site has
  // a pack and the browser does not ask to save data: later keystrokes then
  // wait for no request. A query waiting for its own files has them first:
  // the pack is asked for once no query waits (the first one drawn), so the
  // first results need only their few files. Until the pack is here, and
  // if it fails, files are fetched as queries need them; a file still on
  // its way when the pack arrives is taken from the pack and its request
  // cancelled.
  const wantPack = Boolean(pack) && !(navigator.connection && navigator.connection.saveData);
  // The pack is inflated and read in a worker: on the page's thread that
  // would stall keystrokes for tens of milliseconds (some 3 MB for 10,000
  // datasets). The catalog starts the worker once its first view is drawn
  // and the page is idle, so that starting it does not hold up the pack.
  let worker = null;
  const startWorker = () => { worker = worker || new Worker(new URL('./inflate.js', import.meta.url)); return worker; };
  let packStarted = false;
  let packed = new Map();
  let arrived = () => {};
  // True once the pack's files are in `packed`; false if it failed or will
  // not come.
  const packArrived = wantPack ? new Promise((r) => { arrived = r; }) : Promise.resolve(false);
  // The files fetched ahead for the next keystroke (prefetch): the pack
  // waits for them, so that the next keystroke's few kilobytes do not share
  // the connection and the processor with the pack's hundreds.
  let ahead = Promise.resolve();
  // Queries waiting for their files, and whether the pack is wanted.
  let waiting = 0;
  let packWanted = false;
  const loadPack = () => {
    if (packStarted || !wantPack) return;
    packWanted = true;
    // Looked at after the task that asked: a key's keydown comes before
    // its input event, whose query then asks for its files.
    setTimeout(() => {
      if (packStarted || waiting) return; // asked again once they are in
      packStarted = true;
      startPack();
    }, 0);
  };
  const startPack = () => {
    ahead.then(() => new Promise((ok, fail) => {
      const w = startWorker();
      w.onmessage = (e) => { w.terminate(); if (typeof e.data === 'string') fail(new Error(e.data)); else ok(e.data); };
      w.onerror = () => { w.terminate(); fail(new Error('search pack: the worker failed')); };
      w.postMessage(new URL(`${config.base}search/${pack}`, location.href).href);
    })).then(({ bytes: b, names, offsets: at }) => {
      const u = new Uint8Array(b);
      packed = new Map(names.map((n, i) => [n, u.subarray(at[2 * i], at[2 * i + 1])]));
      arrived(true);
    }, (e) => {
      arrived(false);
      report(e);
    });
  };
  const fetchFile = (f) => {
    if (packed.has(f)) return Promise.resolve(packed.get(f));
    const stop = new AbortController();
    const fetched = inflated(bytes(`${config.base}search/${f}`, 'auto', stop.signal))
      .catch((e) => (stop.signal.aborted ? new Promise(() => {}) : Promise.reject(e)));
    const fromPack = packArrived.then((ok) => {
      if (!ok || !packed.has(f)) return fetched;
      stop.abort();
      return packed.get(f);
    });
    return Promise.race([fetched, fromPack]);
  };
  const file = (f) => {
    if (!files.has(f)) {
      const got = first.get(f) || fetchFile(f);
      files.set(f, got.then((b) => { search.add_file(f, b); }, (e) => { files.delete(f); first.delete(f); throw e; }));
    }
    return files.get(f);
  };
  return {
    wantPack,
    startWorker,
    loadPack,
    // Resolves once the engine has every file the query string needs.
    async ready(query) {
      let need = search.missing(query);
      if (!need.length) return;
      waiting += 1;
      try {
        for (let i = 0; i < 8 && need.length; i++) {
          await Promise.all(need.map(file));
          need = search.missing(query);
        }
      } finally {
        waiting -= 1;
        // After this query is drawn (the drawing follows in this task).
        if (packWanted) loadPack();
      }
    },
    prefetch(query) {
      ahead = Promise.allSettled(search.prefetch(query).map(file));
    },
  };
}

// The home page's box shows the best matches under it as you type, with a
// link to all of them in the catalog; Enter still opens the catalog. The
// WASM module and the index's entry are fetched once a visitor starts
// searching (a click or tap in the box, or a key other than Tab), not for a
// visit that only passes by.
const HOME_SHOWN = 5;

function homeSearch(form) {
  const input = form.querySelector('input[name="q"]');
  const panel = el('section', { class: 'kf-home-results', 'aria-labelledby': 'kf-home-results-title' });
  const heading = el('h2', { id: 'kf-home-results-title', 'aria-live': 'polite' });
  const list = el('div');
  const more = el('a', { class: 'kf-more' });
  const moreLine = el('p');
  moreLine.append(more);
  panel.append(heading, list, moreLine);
  let started = null;
  const start = () => started || (started = (async () => {
    const entry = inflated(bytes(`${config.base}search/entry.kfi`));
    await boot();
    const search = new Search(await entry, config.lang, config.root, stringsText());
    return { search, index: searchIndex(search, new Map(), form.dataset.kfPack) };
  })());
  const intent = () => start().then(({ index }) => index.loadPack(), (e) => { started = null; report(e); });
  onIntent(input, intent);
  let seq = 0;
  let shownResults = null;
  async function show() {
    const mine = ++seq;
    const text = input.value;
    if (!text.trim()) {
      panel.hidden = true;
      return;
    }
    const { search, index } = await start();
    const query = new URLSearchParams({ q: text }).toString();
    await index.ready(query);
    if (mine !== seq) return;
    const r = search.render(query);
    heading.textContent = t('results_count', { n: group(r.total) });
    // The same results as the last query's (空气 → 空气质): nothing to redraw.
    if (r.results !== shownResults) {
      list.innerHTML = shownResults = r.results;
      const cards = list.querySelector('.kf-cards');
      if (cards) while (cards.children.length > HOME_SHOWN) cards.lastElementChild.remove();
    }
    more.href = `${form.getAttribute('action')}?${query}`;
    more.textContent = r.total > HOME_SHOWN ? t('v_home_all', { n: group(r.total) }) : t('v_home_open');
    moreLine.hidden = r.total === 0;
    panel.hidden = false;
    // On the page from the first results on (an empty panel would be noise
    // to a screen reader and a link to nowhere to a crawler).
    if (!panel.isConnected) form.after(panel);
    index.prefetch(query);
  }
  onText(input, () => { show().catch(report); });
  // Typed before this module ran (on a slow connection): its matches now,
  // and the pack, as for text typed now.
  if (input.value) {
    show().catch(report);
    intent();
  }
}

// ---------------------------------------------------------------- catalog

// Writes the facets' HTML into `form`. When it offers the same values as
// the form has (the same checkboxes, in the same order), only the counts
// and ticks are written: a keystroke then lays out a few changed numbers,
// not a new form of a few hundred elements, and the focus stays where it
// was. Returns whether the form kept its elements.
function updateFacets(form, html) {
  const next = document.createElement('template');
  next.innerHTML = html;
  const boxes = form.querySelectorAll('input');
  const nextBoxes = next.content.querySelectorAll('input');
  const same = boxes.length === nextBoxes.length && [...boxes].every((b, i) => b.id === nextBoxes[i].id);
  if (!same) {
    form.replaceChildren(next.content);
    return false;
  }
  const counts = form.querySelectorAll('.kf-count');
  next.content.querySelectorAll('.kf-count').forEach((c, i) => {
    if (counts[i] && counts[i].textContent !== c.textContent) counts[i].textContent = c.textContent;
  });
  boxes.forEach((b, i) => { b.checked = nextBoxes[i].hasAttribute('checked'); });
  return true;
}

async function catalog(root) {
  const search = new Search(await early.entry, config.lang, config.root, stringsText());
  const input = document.getElementById('kf-q');
  const results = root.querySelector('.kf-results');
  const note = root.querySelector('.kf-nojs-note');
  if (note) note.hidden = true;
  const staticFacets = root.querySelectorAll('.kf-facets');

  // The live controls replace the static facet links and pages. The facets
  // are one form: beside the results on a wide screen, in a drawer on a
  // phone (closed, as on the static page, so the results come first).
  const drawer = el('details', { class: 'kf-facets kf-live-facets' });
  const drawerTitle = el('summary', {}, t('facets'));
  const form = el('form', { 'aria-label': t('facets') });
  // While a facet is on: a link to the same search without any.
  const clearFacets = el('a', { class: 'kf-facets-clear', href: '?', hidden: true }, t('v_clear_filters'));
  drawer.append(drawerTitle, clearFacets, form);
  const wide = matchMedia('(min-width: 64rem)');
  const fit = () => { drawer.open = wide.matches; };
  fit();
  wide.addEventListener('change', fit);
  const heading = results.querySelector('.kf-results__count');
  const sortLabel = el('label', { for: 'kf-sort', class: 'kf-sortbox' }, t('v_sort') + ' ');
  const sort = el('select', { id: 'kf-sort', name: 'sort' });
  for (const k of ['relevance', 'recent', 'title']) sort.append(el('option', { value: k }, t(`v_sort_${k}`)));
  sortLabel.append(sort);
  // The count line is what a screen reader announces as the results
  // change ("共 216 个数据集"), not twenty cards at each keystroke.
  heading.setAttribute('aria-live', 'polite');
  const list = el('div', { class: 'kf-live-results' });
  const pager = el('nav', { class: 'kf-pager', 'aria-label': t('pagination') });
  for (const s of staticFacets) s.hidden = true;
  for (const old of results.querySelectorAll('.kf-cards, .kf-pager, p:not(.kf-results__count)')) old.remove();
  root.querySelector('.kf-catalog').prepend(drawer);
  heading.after(sortLabel);
  sortLabel.after(list);
  list.after(pager);

  // The state shown; the URL follows it (typing replaces the history entry
  // after the results are drawn: replaceState costs milliseconds a keystroke).
  let current = new URLSearchParams(location.search);
  const params = () => new URLSearchParams(current);
  let seq = 0;
  let cancelUrl = () => {};
  const index = searchIndex(search, early.first, root.dataset.kfPack);
  const { loadPack } = index;
  onIntent(input, loadPack);
  let shownFacets = null;
  let shownResults = null;
  async function show() {
    const mine = ++seq;
    const q = params();
    input.value = q.get('q') || '';
    sort.value = q.get('sort') || (input.value ? 'relevance' : 'recent');
    const query = q.toString();
    await index.ready(query);
    if (mine !== seq) return;
    const r = search.render(query);
    // Only what changed is written: a keystroke that keeps the results
    // (空气 → 空气质) costs the page nothing, and one that changes only
    // the facets' counts rewrites the counts, not the form.
    // The count is written again with new results, to be announced again.
    const fresh = r.results !== shownResults;
    if (fresh) list.innerHTML = shownResults = r.results;
    if (fresh || heading.textContent !== r.summary) heading.textContent = r.summary;
    if (r.facets !== shownFacets) {
      shownFacets = r.facets;
      // The checkbox a visitor just ticked keeps the focus in a new form
      // (the same facet value): Tab goes on from it, not from the page's top.
      const had = form.contains(document.activeElement) ? document.activeElement : null;
      if (!updateFacets(form, r.facets) && had && had.name) {
        const again = [...form.elements].find((e) => e.name === had.name && e.value === had.value);
        if (again) again.focus({ preventScroll: true });
      }
      const on = form.querySelectorAll('input:checked').length;
      drawerTitle.textContent = on ? t('v_facets_on', { n: on }) : t('facets');
    }
    // The state the list shows (also when nothing in it changed).
    list.dataset.kfQuery = query;
    index.prefetch(query);
    const kept = new URLSearchParams();
    for (const k of ['q', 'sort']) if (q.get(k)) kept.set(k, q.get(k));
    clearFacets.href = `?${kept}`;
    clearFacets.hidden = !form.querySelector('input:checked');
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
    current = new URLSearchParams(p);
    const url = `${location.pathname}${p.toString() ? `?${p}` : ''}`;
    cancelUrl();
    if (push) history.pushState(null, '', url);
    const shown = show().catch(report);
    // Typing: the URL is replaced once this query is drawn and the browser
    // is idle, not while its files are on their way or its frame is drawn.
    if (!push) {
      const mine = seq;
      shown.then(() => {
        if (mine === seq) cancelUrl = whenIdle(() => history.replaceState(null, '', url));
      });
    }
    return shown;
  }
  onText(input, () => {
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
  clearFacets.addEventListener('click', (e) => {
    e.preventDefault();
    go(new URLSearchParams(clearFacets.search), true);
  });
  sort.addEventListener('change', () => {
    const p = params(); p.set('sort', sort.value); p.delete('page');
    go(p, true);
  });
  window.addEventListener('popstate', () => {
    cancelUrl();
    current = new URLSearchParams(location.search);
    show().catch(report);
  });
  await show();
  // Arriving with a query (the home page's box): the visitor is searching.
  if (input.value) loadPack();
  else if (index.wantPack) (window.requestIdleCallback || setTimeout)(index.startWorker);
}

// ---------------------------------------------------------------- table

async function tableViewer(box, manifest, chunks, nth) {
  const base = folder(box);
  const table = new Table(await manifest, stringsText());
  const files = table.chunk_files();
  const names = table.column_names();
  const types = names.map((_, i) => table.column_type(i));
  const id = box.id;
  let page = 1;
  let sortCol = -1;
  let sortDesc = false;
  // What the filter controls hold, by column: { v } (pick or contains) or
  // { gte, lte } (a range), as typed; and each column's kind of control.
  const values = new Map();
  const kinds = [];
  // The chart drawn, if any: { kind, x, y } (columns), redrawn as the view changes.
  let chart = null;

  const status = el('p', { class: 'kf-status-line', 'aria-live': 'polite' });
  const tools = el('div', { class: 'kf-tools' });
  const exportBtn = el('button', { type: 'button', class: 'kf-button' }, t('v_export'));
  const clearBtn = el('button', { type: 'button', class: 'kf-button', hidden: true }, t('v_clear_filters'));
  tools.append(exportBtn, clearBtn);
  const filters = el('details', { class: 'kf-filters' });
  filters.append(el('summary', {}, t('v_filters')));
  const filterGrid = el('div', { class: 'kf-filter-grid' });
  filters.append(filterGrid);
  // The page's static table (the first page of rows, there since the HTML
  // arrived) becomes the live one: same place, same caption, new controls.
  let wrap = box.querySelector('.kf-static-preview');
  let tbl = wrap && wrap.querySelector('table');
  if (!tbl) {
    wrap = el('div', { class: 'kf-table-wrap', tabindex: '0', role: 'region', 'aria-label': box.dataset.title });
    tbl = el('table', { class: 'kf-table kf-preview' });
    wrap.append(tbl);
    box.append(wrap);
  }
  wrap.classList.remove('kf-static-preview');
  const caption = tbl.caption || tbl.createCaption();
  // The title stays (with its lang); "first n of total rows" gives way to the status line.
  const title = caption.querySelector('span');
  if (title) caption.replaceChildren(title); else caption.textContent = box.dataset.title;
  const thead = tbl.tHead || tbl.createTHead();
  const tbody = tbl.tBodies[0] || tbl.createTBody();
  const pager = el('nav', { class: 'kf-pager', 'aria-label': t('pagination') });
  const chartBox = el('details', { class: 'kf-charts' });
  chartBox.append(el('summary', {}, t('v_charts')));
  const chartForm = el('div', { class: 'kf-chart-form' });
  const chartOut = el('div', { class: 'kf-chart-out' });
  chartBox.append(chartForm, chartOut);
  wrap.before(status, tools, filters);
  wrap.after(pager, chartBox);

  const numeric = (i) => types[i] === 'integer' || types[i] === 'number';
  const temporal = (i) => types[i] === 'date' || types[i] === 'datetime';
  // A column's filter control: a range, a pick-list of its values (a text
  // column of up to 40), or a text box.
  function control(i) {
    if (numeric(i) || temporal(i)) return { kind: 'range', cats: [] };
    const cats = types[i] === 'string' ? table.categories(i) : [];
    return { kind: cats.length ? 'pick' : 'text', cats };
  }

  function filterColumn(i) {
    const f = values.get(i);
    if (!f) { table.filter_contains(i, ''); return; } // none, whatever the kind
    const kind = kinds[i] || control(i).kind;
    if (kind === 'range') table.filter_range(i, f.gte || '', f.lte || '');
    else if (kind === 'pick') table.filter_pick(i, f.v || '');
    else table.filter_contains(i, f.v || '');
  }

  // The view (filters, sort, page) lives in the URL, written as Datasette
  // writes it:  ?站点名称=北中新区&AQI__gte=100&_sort_desc=日期&_page=2
  // A page's further tables prefix their keys with their name (big._sort=…).
  // A link opens the same view, and Back undoes a filter, a sort or a page.
  const ns = nth ? `${box.dataset.stem || id}.` : '';
  const RESERVED = ['_sort', '_sort_desc', '_page', '_chart', '_chart_x', '_chart_y'];
  // A key of this table's: [what, column], or null.
  function viewKey(k) {
    if (!k.startsWith(ns)) return null;
    const key = k.slice(ns.length);
    if (RESERVED.includes(key)) return [key, -1];
    if (names.includes(key)) return ['v', names.indexOf(key)];
    const bound = /^(.*)__(gte|lte)$/.exec(key);
    const c = bound ? names.indexOf(bound[1]) : -1;
    return c >= 0 ? [bound[2], c] : null;
  }
  function readView() {
    values.clear();
    sortCol = -1;
    sortDesc = false;
    page = 1;
    const charted = {};
    for (const [k, v] of new URLSearchParams(location.search)) {
      const key = v && viewKey(k);
      if (!key) continue;
      const [what, col] = key;
      if (col >= 0) values.set(col, { ...values.get(col), [what]: v });
      else if (what === '_page') page = Math.max(1, parseInt(v, 10) || 1);
      else if (what.startsWith('_sort')) [sortCol, sortDesc] = [names.indexOf(v), what === '_sort_desc'];
      else charted[what] = v;
    }
    names.forEach((_, i) => filterColumn(i));
    table.sort(sortCol, sortDesc);
    const want = { kind: charted._chart, x: names.indexOf(charted._chart_x), y: charted._chart === 'line' ? names.indexOf(charted._chart_y) : -1 };
    chart = chartFits(want) ? want : null;
  }
  // Written once the rows are drawn and the browser is idle (a history
  // entry costs milliseconds), once for changes made together. Typing
  // replaces the entry.
  let cancelUrl = null;
  let urlPush = false;
  function writeView(push) {
    urlPush = urlPush || push;
    if (cancelUrl) return;
    cancelUrl = whenIdle(() => {
      const p = new URLSearchParams(location.search);
      const before = p.toString();
      for (const k of [...p.keys()]) if (viewKey(k)) p.delete(k);
      for (const [i, f] of [...values].sort((a, b) => a[0] - b[0])) {
        if (f.v) p.set(ns + names[i], f.v);
        if (f.gte) p.set(`${ns}${names[i]}__gte`, f.gte);
        if (f.lte) p.set(`${ns}${names[i]}__lte`, f.lte);
      }
      if (sortCol >= 0) p.set(`${ns}${sortDesc ? '_sort_desc' : '_sort'}`, names[sortCol]);
      if (page > 1) p.set(`${ns}_page`, page);
      if (chart) {
        p.set(`${ns}_chart`, chart.kind);
        p.set(`${ns}_chart_x`, names[chart.x]);
        if (chart.kind === 'line') p.set(`${ns}_chart_y`, names[chart.y]);
      }
      if (p.toString() !== before) {
        const url = `${location.pathname}${p.toString() ? `?${p}` : ''}${location.hash}`;
        if (urlPush) history.pushState(null, '', url); else history.replaceState(null, '', url);
      }
      cancelUrl = null;
      urlPush = false;
    });
  }
  // A control changed: its column's filter, the first page, the URL. The
  // rows are drawn at the end of the task, once for controls changed
  // together (a script that sets two filters, say), not once each.
  let drawQueued = false;
  function changed(i, f, push) {
    values.set(i, f);
    filterColumn(i);
    page = 1;
    if (!drawQueued) {
      drawQueued = true;
      queueMicrotask(() => { drawQueued = false; draw(); });
    }
    writeView(push);
  }

  // Rows are written into the cells already there (the static first page's,
  // then the previous page's): changing text lays out faster than new
  // elements, and a cell whose text is unchanged costs nothing.
  function setCell(td, c, text) {
    if (numeric(c) && td.className !== 'kf-num') td.className = 'kf-num';
    const node = td.firstChild;
    if (node && node.nodeType === 3 && !node.nextSibling) {
      if (node.data !== text) node.data = text;
    } else if (node || text) {
      td.textContent = text;
    }
  }
  function setRows(text) {
    const rows = text ? text.split('\x1e') : [];
    while (tbody.rows.length > rows.length) tbody.lastElementChild.remove();
    for (let r = 0; r < rows.length; r++) {
      const tr = tbody.rows[r] || tbody.insertRow();
      const cells = rows[r].split('\x1f');
      while (tr.cells.length > cells.length) tr.lastElementChild.remove();
      for (let c = 0; c < cells.length; c++) setCell(tr.cells[c] || tr.insertCell(), c, cells[c]);
    }
  }

  // The columns keep the widths the first page gave them (table-layout:
  // fixed, in em so text zoom follows): a redraw does not measure every
  // cell again, and columns do not jump as the rows change. A longer value
  // later wraps in its cell (style.css).
  function freezeWidths() {
    const heads = thead.rows[0] ? [...thead.rows[0].cells] : [];
    const em = parseFloat(getComputedStyle(tbl).fontSize) || 16;
    // Rounded up, with a little room: a hair less and a date would break at its hyphen.
    const widths = heads.map((th) => Math.ceil((th.getBoundingClientRect().width / em + 0.1) * 100) / 100);
    if (!widths.length || widths.some((w) => !(w > 0))) return;
    const cols = el('colgroup');
    for (const w of widths) {
      const col = el('col');
      col.style.width = `${w.toFixed(2)}em`;
      cols.append(col);
    }
    tbl.insertBefore(cols, thead);
    // Never narrower than its columns (a fixed table would squeeze them to fit a phone).
    tbl.style.minWidth = `${widths.reduce((a, b) => a + b, 0).toFixed(2)}em`;
    tbl.classList.add('kf-fixed');
  }

  // Only what changed is written back: each write costs a relayout.
  const shown = { status: null, head: null, body: null, pager: null };
  function draw() {
    table.refresh();
    const n = table.view_len();
    const pages = Math.max(1, Math.ceil(n / table.per_page()));
    if (page > pages) page = pages;
    const loaded = table.loaded_rows();
    const total = table.rows();
    const line = t('v_status', { n: group(n), loaded: group(loaded), total: group(total) }) + (table.complete() ? '' : ` ${t('v_loading')}`);
    if (line !== shown.status) status.textContent = shown.status = line;
    const head = table.header_html();
    if (head !== shown.head) thead.innerHTML = shown.head = head;
    const body = table.page_cells(page);
    if (body !== shown.body) setRows(shown.body = body);
    clearBtn.hidden = ![...values.values()].some((f) => f.v || f.gte || f.lte);
    if (chart) chartSoon();
    if (`${page}/${pages}` === shown.pager) return;
    shown.pager = `${page}/${pages}`;
    pager.innerHTML = '';
    if (pages > 1) {
      const ul = el('ul');
      const add = (p, label, rel) => {
        const b = el('button', { type: 'button', class: 'kf-button', rel }, label);
        b.addEventListener('click', () => { page = p; draw(); writeView(true); });
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
    writeView(true);
    thead.querySelector(`button[data-col="${col}"]`)?.focus();
  });

  // The filter controls, holding the view's values. A pick-list's values
  // come from the profile when it lists them all; otherwise from the rows
  // loaded, and once every chunk is in the controls are built again if a
  // list has grown (or become a text box), focus kept.
  const controls = [];
  let builtShape = null;
  function showValues() {
    controls.forEach((c, i) => {
      const f = values.get(i) || {};
      for (const [k, input] of Object.entries(c)) {
        const v = f[k] || '';
        // A value the list does not have (from a link): shown, not dropped.
        if (input.tagName === 'SELECT' && v && ![...input.options].some((o) => o.value === v)) input.append(el('option', { value: v }, v));
        input.value = v;
      }
    });
  }
  function buildFilters() {
    const wanted = names.map((_, i) => control(i));
    const shape = JSON.stringify(wanted);
    if (shape === builtShape) return;
    builtShape = shape;
    const focused = filterGrid.contains(document.activeElement) ? document.activeElement.id : '';
    filterGrid.innerHTML = '';
    controls.length = 0;
    names.forEach((name, i) => {
      const fid = `${id}-f${i}`;
      const field = el('div', { class: 'kf-filter' });
      kinds[i] = wanted[i].kind;
      if (kinds[i] === 'range') {
        const type = temporal(i) ? 'date' : 'number';
        const fs = el('fieldset');
        fs.append(el('legend', {}, name));
        const lo = el('input', { type, id: `${fid}-lo`, step: 'any' });
        const hi = el('input', { type, id: `${fid}-hi`, step: 'any' });
        const l1 = el('label', { for: `${fid}-lo` }, t('v_from'));
        const l2 = el('label', { for: `${fid}-hi` }, t('v_to'));
        fs.append(l1, lo, l2, hi);
        const apply = () => changed(i, { gte: lo.value, lte: hi.value }, true);
        lo.addEventListener('change', apply); hi.addEventListener('change', apply);
        field.append(fs);
        controls[i] = { gte: lo, lte: hi };
      } else {
        field.append(el('label', { for: fid }, name));
        if (kinds[i] === 'pick') {
          const sel = el('select', { id: fid });
          sel.append(el('option', { value: '' }, t('facet_all')));
          for (const c of wanted[i].cats) sel.append(el('option', { value: c }, c));
          sel.addEventListener('change', () => changed(i, { v: sel.value }, true));
          field.append(sel);
          controls[i] = { v: sel };
        } else {
          const inp = el('input', { type: 'search', id: fid, placeholder: t('v_contains') });
          onText(inp, () => changed(i, { v: inp.value }, false));
          field.append(inp);
          controls[i] = { v: inp };
        }
      }
      // The column's filter as its control reads it (a pick-list's value
      // is matched whole, a text box's anywhere in the cell).
      filterColumn(i);
      filterGrid.append(field);
    });
    showValues();
    if (focused) document.getElementById(focused)?.focus();
  }

  // Which columns a kind of chart takes: x (and y, a line's values).
  const chartColumn = {
    histogram: (i) => numeric(i),
    line: (i) => temporal(i),
    bars: (i) => types[i] === 'string',
  };
  const chartFits = (c) => Object.hasOwn(chartColumn, c.kind || '') && c.x >= 0 && chartColumn[c.kind](c.x) && (c.kind !== 'line' || (c.y >= 0 && numeric(c.y)));
  const kindSel = el('select', { id: `${id}-ck` });
  const colSel = el('select', { id: `${id}-c1` });
  const col2Sel = el('select', { id: `${id}-c2` });
  function fillColumns() {
    colSel.innerHTML = ''; col2Sel.innerHTML = '';
    names.forEach((n, i) => {
      if (chartColumn[kindSel.value](i)) colSel.append(el('option', { value: i }, n));
      if (numeric(i)) col2Sel.append(el('option', { value: i }, n));
    });
    col2Sel.parentElement.hidden = kindSel.value !== 'line';
    // Every column is offered; chosen first, one that charts to something
    // (not a year column of one year, not a row number).
    for (const s of [colSel, col2Sel]) {
      const good = [...s.options].find((o) => table.charts_well(Number(o.value)));
      if (good) s.value = good.value;
    }
  }
  // The chart of the view as it is: drawn again when the view changes, once
  // the browser is idle (the rows come first).
  function drawChart() {
    chartTimer = 0;
    if (!chart) { chartOut.innerHTML = ''; return; }
    table.refresh();
    // Drawn at the box's width: on a phone the labels keep their size.
    chartOut.innerHTML = table.chart(chart.kind, chart.x, Math.max(chart.y, 0), `${id}-chart`, chartOut.clientWidth);
  }
  let chartTimer = 0;
  function chartSoon() {
    if (!chartTimer) chartTimer = (window.requestIdleCallback || setTimeout)(drawChart, { timeout: 500 });
  }
  // The form shows the chart of the view (from a link, or after Back).
  function showChart() {
    if (chart) {
      chartBox.open = true;
      kindSel.value = chart.kind;
      fillColumns();
      colSel.value = String(chart.x);
      if (chart.y >= 0) col2Sel.value = String(chart.y);
    }
    drawChart();
  }
  function buildCharts() {
    const offered = Object.keys(chartColumn).filter((k) => names.some((_, i) => chartColumn[k](i)) && (k !== 'line' || names.some((_, i) => numeric(i))));
    if (!offered.length) { chartBox.hidden = true; return; }
    for (const k of offered) kindSel.append(el('option', { value: k }, t(`v_kind_${k}`)));
    const lab = (txt, control) => { const l = el('label', {}, `${txt} `); l.append(control); return l; };
    const draw2 = el('button', { type: 'button', class: 'kf-button' }, t('v_draw'));
    chartForm.append(lab(t('v_chart_kind'), kindSel), lab(t('v_column'), colSel), lab(t('v_value'), col2Sel), draw2);
    fillColumns();
    kindSel.addEventListener('change', fillColumns);
    draw2.addEventListener('click', () => {
      chart = { kind: kindSel.value, x: Number(colSel.value), y: kindSel.value === 'line' ? Number(col2Sel.value) : -1 };
      drawChart();
      writeView(true);
    });
    showChart();
  }

  clearBtn.addEventListener('click', () => {
    values.clear();
    names.forEach((_, i) => filterColumn(i));
    showValues();
    page = 1;
    draw();
    writeView(true);
  });

  exportBtn.addEventListener('click', () => {
    table.refresh();
    const blob = new Blob([table.csv()], { type: 'text/csv;charset=utf-8' });
    const a = el('a', { href: URL.createObjectURL(blob), download: `${box.dataset.stem || 'data'}-view.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  // The first chunk (a hundred rows) comes inside the manifest; the rest
  // were requested with it (data-chunks on the box) or are now, and are
  // added as they arrive, in any order: each knows its rows.
  const started = await chunks;
  const load = (i) => started.get(files[i]) || bytes(base + files[i]);
  const first = files.length && !table.has_chunk(0) ? load(0) : null;
  if (first) table.add_chunk(0, await first);
  readView();
  draw();
  freezeWidths();
  // Let the browser paint the rows before anything else.
  await new Promise((resolve) => setTimeout(resolve, 0));
  buildFilters();
  buildCharts();
  window.addEventListener('popstate', () => {
    if (cancelUrl) cancelUrl();
    cancelUrl = null;
    urlPush = false;
    readView();
    showValues();
    draw();
    showChart();
  });
  const rest = files.slice(1).map((_, k) => {
    const p = load(k + 1);
    p.catch(() => {});
    return p;
  });
  let lastDraw = performance.now();
  let left = rest.length;
  await new Promise((resolve, reject) => {
    if (!left) { resolve(); return; }
    rest.forEach((p, k) => p.then((b) => {
      table.add_chunk(k + 1, b);
      left -= 1;
      if (!left) resolve();
      else if (performance.now() - lastDraw > 250) {
        draw();
        lastDraw = performance.now();
      }
    }).catch(reject));
  });
  buildFilters();
  draw();
  // The first filter should not be the one that runs unoptimised code.
  (window.requestIdleCallback || setTimeout)(() => table.warm_up());
}

function report(e) {
  console.warn('kaifang viewer:', e);
}

async function main() {
  if (!early) return;
  if (early.home) homeSearch(early.home);
  early.boxes.forEach((box, i) => early.wanted[i].then(boot)
    .then(() => tableViewer(box, early.manifests[i], early.chunks[i], i)).catch(report));
  if (!early.cat) return;
  await boot();
  catalog(early.cat).catch(report);
}

main().catch(report);
