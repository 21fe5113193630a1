// Browser end-to-end tests of a built portal, in headless Chromium driven by
// playwright-core. Usage: node run.mjs BASE_URL SCREENSHOT_DIR
// `cargo xtask test` builds the demo, serves it (with its _headers, so the
// strict CSP is in force) and runs this. Ends with "N passed, N failed".
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const BASE = process.argv[2];
const SHOTS = process.argv[3] || tmpdir();
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const userDataDir = mkdtempSync(join(tmpdir(), 'kaifang-e2e-'));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROME, headless: true, args: FLAGS, viewport: DESKTOP,
});
const noJsDir = mkdtempSync(join(tmpdir(), 'kaifang-e2e-nojs-'));
const noJs = await chromium.launchPersistentContext(noJsDir, {
  executablePath: CHROME, headless: true, args: FLAGS, viewport: PHONE, javaScriptEnabled: false,
});

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, msg) { if (!cond) throw new Error(msg); }
const url = (p) => new URL(p.replace(/^\//, ''), BASE).href;

/** Opens a page, collecting console errors and CSP violations. */
async function open(path, viewport = DESKTOP, ctx = browser) {
  const page = await ctx.newPage();
  await page.setViewportSize(viewport);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const resp = await page.goto(url(path), { waitUntil: 'load' });
  return { page, resp, problems };
}

async function waitFor(page, fn, arg, what) {
  try { await page.waitForFunction(fn, arg, { timeout: 10000 }); } catch (e) { throw new Error(`timed out waiting for ${what}`); }
}

/** Follows the download box's link down to the preview, as a visitor does:
 * a table's rows beyond its first page are fetched once it is near the window. */
async function toPreview(page) {
  await page.locator('.kf-jump a').first().click();
}

async function noOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

for (const [name, path] of [['home', '/'], ['catalog', '/datasets/'], ['dataset', '/datasets/air-quality-daily/'],
  ['conditional', '/datasets/traffic-accident-details/'], ['agency', '/agencies/sthjj/'], ['en-home', '/en/'], ['interactions', '/interactions/'],
  ['evaluation', '/evaluation/'], ['apply-form', '/datasets/traffic-accident-details/apply/']]) {
  for (const [vname, vp] of [['390', PHONE], ['1280', DESKTOP]]) {
    test(`${name} at ${vname}px: loads, fits the screen, no console error or CSP violation`, async () => {
      const { page, resp, problems } = await open(path, vp);
      assert(resp.status() === 200, `HTTP ${resp.status()}`);
      const csp = resp.headers()['content-security-policy'] || '';
      assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'"), `strict CSP header missing: ${csp}`);
      assert(await noOverflow(page), 'the page scrolls sideways');
      assert(await page.locator('h1').first().isVisible(), 'no visible h1');
      await page.screenshot({ path: join(SHOTS, `${name}-${vname}.png`), fullPage: vname === '390' ? false : true });
      assert(problems.length === 0, `console: ${problems.join(' | ')}`);
      await page.close();
    });
  }
}

test('dataset: title, open type, download and a link down to the preview are visible without scrolling on a phone', async () => {
  const { page } = await open('/datasets/air-quality-daily/', PHONE);
  for (const sel of ['h1', '.kf-badge--unconditional', '.kf-action a.kf-button']) {
    const box = await page.locator(sel).first().boundingBox();
    assert(box && box.y + Math.min(box.height, 20) < PHONE.height, `${sel} is below the fold (${box && box.y})`);
  }
  const href = await page.locator('.kf-action a.kf-button').first().getAttribute('href');
  const r = await page.request.get(url(href));
  assert(r.status() === 200, `download ${href}: HTTP ${r.status()}`);
  assert((r.headers()['content-type'] || '').startsWith('text/csv'), `download ${href} is ${r.headers()['content-type']}`);
  // The preview is a long scroll further down: the download box links to it.
  const jump = page.locator('.kf-action .kf-jump a').first();
  const jumpBox = await jump.boundingBox();
  assert(jumpBox && jumpBox.y + jumpBox.height < PHONE.height && jumpBox.height >= 24, `the preview link is off the first screen or small (${JSON.stringify(jumpBox)})`);
  await jump.click();
  await waitFor(page, () => {
    const tr = document.querySelector('.kf-viewer tbody tr');
    const b = tr && tr.getBoundingClientRect();
    return Boolean(b) && b.top >= 0 && b.bottom <= innerHeight;
  }, null, 'the preview\'s first row in view after following the link');
  await page.close();
});

test('conditional dataset: apply by pre-filled mailto, no file reachable', async () => {
  const { page } = await open('/datasets/traffic-accident-details/');
  const apply = await page.locator('.kf-action--conditional a.kf-button[href^="mailto:"]').first().getAttribute('href');
  assert(apply.startsWith('mailto:') && apply.includes('subject=') && apply.includes('body='), `apply link: ${apply}`);
  const subject = decodeURIComponent(apply.split('subject=')[1].split('&')[0]);
  assert(subject.includes('有条件开放申请') && subject.includes('traffic-accident-details'), `subject: ${subject}`);
  assert(await page.locator('a[download]').count() === 0, 'a download link on a conditional dataset');
  const files = readFileSync(new URL('../../datasets/gaj/traffic-accident-details/dataset.md', import.meta.url), 'utf8')
    .matchAll(/^file\s*=\s*"([^"]+)"/gm);
  for (const [, f] of files) {
    const r = await page.request.get(url(`/datasets/traffic-accident-details/${f}`));
    assert(r.status() === 404, `${f} of a conditional dataset is served (HTTP ${r.status()})`);
  }
  await page.close();
});

test('every dataset has "report an error" with the dataset pre-filled', async () => {
  const { page } = await open('/datasets/air-quality-daily/');
  const links = await page.locator('.kf-callout a.kf-button').evaluateAll((as) => as.map((a) => a.href));
  assert(links.some((h) => h.startsWith('mailto:') && decodeURIComponent(h).includes('air-quality-daily')), `links: ${links}`);
  await page.close();
});

test('catalog: pages, live with JavaScript, and a static facet page', async () => {
  const { page } = await open('/datasets/');
  await waitFor(page, () => document.querySelectorAll('.kf-live-results .kf-card').length === 20, null, '20 live cards');
  await page.locator('.kf-pager a[rel="next"]').click();
  await waitFor(page, () => new URL(location.href).searchParams.get('page') === '2', null, 'page 2 in the URL');
  assert(await page.locator('.kf-live-results .kf-card').count() > 0, 'page 2 is empty');
  await page.goto(url('/datasets/open-type/conditional/'));
  const badges = await page.locator('.kf-results .kf-card .kf-badge--conditional, .kf-results .kf-card .kf-badge--unconditional, .kf-results .kf-card .kf-badge--closed').allTextContents();
  assert(badges.length > 0 && badges.every((b) => b === '有条件开放'), `badges on the conditional facet: ${badges}`);
  await page.close();
});

test('without JavaScript the catalog still lists datasets and paginates', async () => {
  const { page } = await open('/datasets/', PHONE, noJs);
  assert(await page.locator('.kf-results .kf-card').count() === 20, 'no cards without JS');
  const next = await page.locator('.kf-pager a[rel="next"]').getAttribute('href');
  await page.goto(url(next));
  assert(await page.locator('.kf-results .kf-card').count() > 0, 'page 2 empty without JS');
  await page.screenshot({ path: join(SHOTS, 'catalog-nojs-390.png') });
  // The facets are a drawer on phones: closed, and opened without JS.
  const facet = page.locator('.kf-facets--drawer a[href$="/datasets/open-type/conditional/"]');
  assert(!(await facet.isVisible()), 'the facet drawer is open on a phone');
  await page.locator('.kf-facets--drawer summary').click();
  assert(await facet.isVisible(), 'the facet drawer does not open');
  await page.close();
});

test('English version: lang, labels and the language switch', async () => {
  const { page } = await open('/en/datasets/air-quality-daily/');
  assert(await page.getAttribute('html', 'lang') === 'en', 'html lang is not en');
  const nav = await page.locator('.kf-nav').innerText();
  assert(nav.includes('Datasets') && !nav.includes('数据目录'), `nav: ${nav}`);
  await page.locator('a.kf-lang').click();
  await page.waitForLoadState('load');
  assert(new URL(page.url()).pathname === '/datasets/air-quality-daily/', `switch led to ${page.url()}`);
  assert(await page.getAttribute('html', 'lang') === 'zh-CN', 'Chinese page lang');
  await page.close();
});

test('English counts take the singular for one, in the page and in the live search', async () => {
  const { page, problems } = await open('/en/');
  await page.locator('#kf-q').click();
  await page.locator('#kf-q').pressSequentially('air quality', { delay: 20 });
  await waitFor(page, () => document.querySelectorAll('.kf-home-results .kf-card').length === 1, null, 'one match');
  const one = await page.locator('#kf-home-results-title').innerText();
  assert(one === '1 dataset', `live count: ${one}`);
  await page.locator('#kf-q').fill('data');
  await waitFor(page, () => document.querySelectorAll('.kf-home-results .kf-card').length > 1, null, 'several matches');
  const many = await page.locator('#kf-home-results-title').innerText();
  assert(/^\d+ datasets$/.test(many), `live count: ${many}`);
  await page.goto(url('/en/datasets/?q=air+quality'));
  await waitFor(page, () => document.querySelectorAll('.kf-live-results .kf-card').length === 1, null, 'the catalog');
  const cat = await page.locator('.kf-results__count').innerText();
  assert(cat.startsWith('1 dataset') && !cat.startsWith('1 datasets'), `catalog count: ${cat}`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('keyboard: the first Tab reaches the skip link, which moves to the content', async () => {
  const { page } = await open('/datasets/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.className);
  assert(focused === 'kf-skip', `first focus: ${focused}`);
  assert(await page.locator('.kf-skip').isVisible(), 'skip link invisible when focused');
  await page.close();
});

test('unknown paths answer 404 with the portal\'s page', async () => {
  const { page, resp } = await open('/no-such-page/');
  assert(resp.status() === 404, `HTTP ${resp.status()}`);
  assert((await page.locator('h1').innerText()).includes('页面不存在'), 'not the 404 page');
  await page.close();
});

// ---- The WASM viewer (issue 4)


test('search: typing 空气质量 finds 环境空气质量日报, state in the URL', async () => {
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results'), null, 'the live catalog');
  await page.locator('#kf-q').fill('空气质量');
  await waitFor(page, () => /空气质量/.test(document.querySelector('.kf-live-results')?.innerText || '') && document.querySelectorAll('.kf-live-results .kf-card').length === 1, null, 'results');
  const titles = await page.locator('.kf-live-results .kf-card__title').allInnerTexts();
  assert(titles.length === 1 && titles[0] === '环境空气质量日报', `results: ${titles}`);
  // The address follows once the results are drawn and the browser is idle.
  await waitFor(page, () => new URLSearchParams(location.search).get('q') === '空气质量', null, `the query in the address (${page.url()})`);
  // A screen reader hears the count line change, not the cards.
  const live = await page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.className).join(' '));
  assert(live.includes('kf-results__count') && !live.includes('kf-live-results'), `live regions: ${live}`);
  assert(await page.locator('.kf-results__count').innerText() === '共 1 个数据集', 'the count line');
  await page.screenshot({ path: join(SHOTS, 'search-1280.png') });
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('search: once typing starts the index comes in one file; later queries fetch nothing, find the same', async () => {
  // The same queries on two pages: one with the pack, one where it fails to load.
  const queries = ['交通', '医院 门诊', '学校', 'air', '滨州市'];
  // mode: 'pack'; 'blocked' (the pack fails); 'inflated' (served as a host
  // that sets Content-Encoding would hand them over: already inflated).
  async function run(mode) {
    const blockPack = mode === 'blocked';
    let packInflated = false;
    const { page, problems } = await open('/datasets/');
    if (blockPack) await page.route('**/*.kfp', (r) => r.abort());
    if (mode === 'inflated') {
      await page.route(/\/search\/.*\.kf[a-z]$/, async (r) => {
        const resp = await r.fetch();
        const body = await resp.body();
        const gz = body[0] === 0x1f && body[1] === 0x8b;
        if (gz && r.request().url().endsWith('.kfp')) packInflated = true;
        await r.fulfill({ response: resp, body: gz ? gunzipSync(body) : body });
      });
    }
    const seen = [];
    let packDone = false;
    page.on('requestfinished', (r) => {
      if (r.url().includes('/search/')) seen.push(r.url());
      if (/\/search\/p-[0-9a-f]+\.kfp$/.test(r.url())) packDone = true;
    });
    await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
    const q = page.locator('#kf-q');
    await q.fill('数据');
    await waitFor(page, () => new URL(location.href).searchParams.get('q') === '数据', null, 'the first query');
    if (!blockPack) {
      for (let i = 0; i < 100 && !packDone; i++) await page.waitForTimeout(50);
      assert(packDone, 'the pack was not fetched after the first query');
      await page.waitForTimeout(100);
    }
    const before = seen.length;
    const shown = [];
    for (const v of queries) {
      await q.fill(v);
      await waitFor(page, (x) => new URL(location.href).searchParams.get('q') === x, v, `query ${v}`);
      await page.waitForTimeout(150);
      shown.push(await page.evaluate(() => [document.querySelector('.kf-results__count').textContent,
        ...[...document.querySelectorAll('.kf-live-results .kf-card__title')].map((e) => e.textContent)].join(' | ')));
    }
    await page.selectOption('#kf-sort', 'title');
    await waitFor(page, () => new URL(location.href).searchParams.get('sort') === 'title', null, 'sort by title');
    await page.waitForTimeout(150);
    shown.push(await page.locator('.kf-live-results').innerText());
    const later = seen.slice(before);
    await page.close();
    if (mode === 'inflated') assert(packInflated, 'the pack was not served inflated: the test does not test');
    return { shown, later, problems };
  }
  const packed = await run('pack');
  const plain = await run('blocked');
  const raw = await run('inflated');
  assert(packed.later.length === 0, `requests after the pack: ${packed.later.join(' ')}`);
  assert(raw.later.length === 0, `requests after the inflated pack: ${raw.later.join(' ')}`);
  assert(raw.shown.join('\n') === packed.shown.join('\n'), 'the inflated pack shows other results than the gzipped one');
  assert(raw.problems.length === 0, `console (inflated): ${raw.problems.join(' | ')}`);
  assert(plain.later.length > 0, 'without the pack the queries fetched nothing: the test does not test');
  for (let i = 0; i < packed.shown.length; i++) {
    assert(packed.shown[i] === plain.shown[i], `step ${i}: with the pack "${packed.shown[i].slice(0, 200)}", without "${plain.shown[i].slice(0, 200)}"`);
  }
  assert(packed.shown.some((s) => !/^0\b|\b0 个/.test(s)), 'every query found nothing');
  assert(packed.problems.length === 0, `console: ${packed.problems.join(' | ')}`);
});

test('search: a file still on its way when the pack arrives is taken from the pack, its request cancelled', async () => {
  const shown = () => [document.querySelector('.kf-results__count').textContent,
    ...[...document.querySelectorAll('.kf-live-results .kf-card__title')].map((e) => e.textContent)].join(' | ');
  // What the query shows with nothing held up.
  const plain = await open('/datasets/');
  await waitFor(plain.page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  await plain.page.locator('#kf-q').fill('空气');
  await waitFor(plain.page, () => new URL(location.href).searchParams.get('q') === '空气', null, 'the query');
  const expected = await plain.page.evaluate(shown);
  await plain.page.close();

  // Term files never answer; the pack waits until the query has asked for one.
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  const held = [];
  await page.route('**/search/t-*.kft', (r) => { held.push(r); });
  let releasePack;
  const packGo = new Promise((r) => { releasePack = r; });
  await page.route('**/search/p-*.kfp', async (r) => { await packGo; await r.continue().catch(() => {}); });
  const cancelled = [];
  page.on('requestfailed', (r) => { if (/\/search\/t-/.test(r.url())) cancelled.push(r.url()); });
  // A click in the box asks for the pack; the query follows at once.
  await page.locator('#kf-q').click();
  await page.locator('#kf-q').fill('空气');
  for (let i = 0; i < 100 && !held.length; i++) await page.waitForTimeout(50);
  assert(held.length > 0, 'the query asked for no term file: the test does not test');
  await page.waitForTimeout(300);
  assert(await page.evaluate(() => new URL(location.href).searchParams.get('q') !== '空气'), 'the query was drawn without its term file');
  releasePack();
  await waitFor(page, () => new URL(location.href).searchParams.get('q') === '空气', null, 'the query drawn from the pack');
  const got = await page.evaluate(shown);
  assert(got === expected, `from the pack "${got.slice(0, 200)}", fetched "${expected.slice(0, 200)}"`);
  for (let i = 0; i < 40 && cancelled.length < held.length; i++) await page.waitForTimeout(50);
  assert(cancelled.length === held.length, `held ${held.length} term requests, cancelled ${cancelled.length}`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
});

test('search: tabbing through the box fetches no pack; a key pressed in it does', async () => {
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  const packs = [];
  page.on('request', (r) => { if (/\/search\/p-[0-9a-f]+\.kfp$/.test(r.url())) packs.push(r.url()); });
  await page.focus('#kf-q');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => document.activeElement.id !== 'kf-q'), 'Tab did not leave the search box');
  await page.waitForTimeout(500);
  assert(packs.length === 0, `the pack was fetched by focus alone: ${packs.join(' ')}`);
  await page.focus('#kf-q');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 100 && !packs.length; i++) await page.waitForTimeout(50);
  assert(packs.length === 1, `a key pressed in the box fetched ${packs.length} packs`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

// The catalog's list says which search state it shows (data-kf-query), set
// each time one is drawn: a query is drawn once it names it.
const drawn = (page, q) => waitFor(page, (x) => (new URLSearchParams(document.querySelector('.kf-live-results')?.dataset.kfQuery || '').get('q') || '') === x, q, `the query ${q} drawn`);

test('search: the first query\'s own files come first; the pack is asked for once it is drawn', async () => {
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  // In the order the browser saw them: requests and their ends.
  const events = [];
  page.on('request', (r) => { if (r.url().includes('/search/')) events.push(['asked', r.url().split('/').pop()]); });
  page.on('requestfinished', (r) => { if (r.url().includes('/search/')) events.push(['in', r.url().split('/').pop()]); });
  // Term files take their time, as on a slow connection: long enough for
  // a pack asked for at the keydown to be asked for while they are on their way.
  await page.route('**/search/t-*.kft', async (r) => { await new Promise((ok) => setTimeout(ok, 400)); await r.continue().catch(() => {}); });
  await page.locator('#kf-q').focus();
  // A key pressed: its keydown says a visitor is searching, its input event
  // brings the query. (A letter: Playwright types 空 as text, without a key.)
  await page.keyboard.type('a');
  await drawn(page, 'a');
  for (let i = 0; i < 100 && !events.some(([k, f]) => k === 'asked' && f.endsWith('.kfp')); i++) await page.waitForTimeout(50);
  const packAt = events.findIndex(([k, f]) => k === 'asked' && f.endsWith('.kfp'));
  assert(packAt >= 0, `no pack asked for: ${events.map((e) => e.join(' ')).join(', ')}`);
  const all = events.map((e) => e.join(' ')).join(', ');
  const term = events.findIndex(([k, f]) => k === 'asked' && f.startsWith('t-'));
  assert(term >= 0, `the query asked for no term file: the test does not test (${all})`);
  assert(term < packAt, `the pack was asked for before the query's files: ${all}`);
  const before = events.slice(0, packAt);
  const asked = before.filter(([k]) => k === 'asked').map(([, f]) => f);
  for (const f of asked) assert(before.some(([k, g]) => k === 'in' && g === f), `the pack was asked for while ${f} was on its way: ${events.map((e) => e.join(' ')).join(', ')}`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
});

test('search: a keystroke that keeps the results redraws nothing; one that changes only counts rewrites the counts in place', async () => {
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  const q = page.locator('#kf-q');
  const state = () => page.evaluate(() => ({
    titles: [...document.querySelectorAll('.kf-live-results .kf-card__title')].map((e) => e.textContent).join(' | '),
    ids: [...document.querySelectorAll('.kf-live-facets form input')].map((i) => i.id).join(' '),
    counts: [...document.querySelectorAll('.kf-live-facets form .kf-count')].map((c) => c.textContent).join(','),
  }));
  // Mutations of the list, and of the form's own children, from here on;
  // the checkboxes drawn so far are marked.
  const watch = () => page.evaluate(() => {
    const list = document.querySelector('.kf-live-results');
    const form = document.querySelector('.kf-live-facets form');
    const seen = (window.__seen = { list: 0, form: 0 });
    new MutationObserver((rs) => { seen.list += rs.length; }).observe(list, { childList: true, subtree: true, characterData: true });
    new MutationObserver((rs) => { seen.form += rs.length; }).observe(form, { childList: true });
    for (const b of form.querySelectorAll('input')) b.__drawn = true;
  });
  await q.fill('公交站');
  await drawn(page, '公交站');
  const a = await state();
  await watch();
  await q.fill('公交站点');
  await drawn(page, '公交站点');
  const b = await state();
  assert(a.titles === b.titles && a.titles, `公交站 and 公交站点 find different datasets: the test does not test (${a.titles} / ${b.titles})`);
  assert(await page.evaluate(() => window.__seen.list) === 0, 'the same results were drawn again');
  // 放 and 开放: the same facet values, other counts.
  await q.fill('放');
  await drawn(page, '放');
  const c = await state();
  await watch();
  await q.fill('开放');
  await drawn(page, '开放');
  const d = await state();
  assert(c.ids === d.ids && c.counts !== d.counts, `放 and 开放 no longer offer the same facet values with other counts: the test does not test (${c.ids} ${c.counts} / ${d.ids} ${d.counts})`);
  assert(await page.evaluate(() => window.__seen.form) === 0, 'the facets form was drawn anew');
  assert(await page.evaluate(() => [...document.querySelectorAll('.kf-live-facets form input')].every((b) => b.__drawn)), 'a checkbox was replaced');
  // The counts written in place are the ones the same query shows on arrival.
  const fresh = await open(`/datasets/?q=${encodeURIComponent('开放')}`);
  await drawn(fresh.page, '开放');
  const e = await fresh.page.evaluate(() => [...document.querySelectorAll('.kf-live-facets form .kf-count')].map((x) => x.textContent).join(','));
  assert(e === d.counts, `counts in place ${d.counts}, on arrival ${e}`);
  await fresh.page.close();
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('search on the home page: matches under the box as you type; a visit passing by fetches nothing', async () => {
  const page = await browser.newPage();
  await page.setViewportSize(PHONE);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const fetched = [];
  page.on('request', (r) => { if (/\.wasm$|\/search\//.test(r.url())) fetched.push(r.url()); });
  await page.goto(url('/'), { waitUntil: 'load' });
  // Passing through the box with the keyboard costs no download.
  await page.focus('#kf-q');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  assert(fetched.length === 0, `fetched before anyone searched: ${fetched.join(' ')}`);
  assert(await page.locator('.kf-home-results').count() === 0, 'a results panel before any query');
  assert(await page.locator('a:not([href])').count() === 0, 'a link without a target (not crawlable)');
  await page.locator('#kf-q').click();
  await page.locator('#kf-q').pressSequentially('空气质量', { delay: 30 });
  await waitFor(page, () => document.querySelectorAll('.kf-home-results .kf-card').length === 1 && /空气质量/.test(document.querySelector('.kf-home-results').innerText), null, 'matches under the box');
  const titles = await page.locator('.kf-home-results .kf-card__title').allInnerTexts();
  assert(titles.length === 1 && titles[0] === '环境空气质量日报', `matches: ${titles}`);
  assert(await page.locator('#kf-home-results-title').innerText() === '共 1 个数据集', 'count line');
  assert(fetched.some((u) => u.endsWith('.wasm')) && fetched.some((u) => u.endsWith('/search/entry.kfi')), 'the viewer and the index were not fetched');
  assert(new URL(page.url()).pathname === '/', 'typing left the home page');
  await page.screenshot({ path: join(SHOTS, 'home-search-390.png') });
  // A broad query: five matches and a link to all of them, with the catalog's count.
  await page.locator('#kf-q').fill('数据');
  await waitFor(page, () => document.querySelectorAll('.kf-home-results .kf-card').length === 5, null, 'five matches');
  const n = Number((await page.locator('#kf-home-results-title').innerText()).replace(/\D/g, ''));
  assert(n > 5, `count ${n}`);
  const more = page.locator('.kf-home-results .kf-more');
  assert((await more.innerText()).includes(String(n)), `link: ${await more.innerText()}`);
  await more.click();
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the catalog');
  assert(new URL(page.url()).pathname === '/datasets/' && new URL(page.url()).searchParams.get('q') === '数据', `link went to ${page.url()}`);
  const catalogCount = Number((await page.locator('.kf-results__count').innerText()).split('·')[0].replace(/\D/g, ''));
  assert(catalogCount === n, `home says ${n}, the catalog ${catalogCount}`);
  // Back home, an emptied box hides the panel; Enter still opens the catalog.
  await page.goBack();
  await page.locator('#kf-q').fill('');
  await waitFor(page, () => document.querySelector('.kf-home-results') === null || document.querySelector('.kf-home-results').hidden, null, 'the panel hidden');
  await page.locator('#kf-q').fill('公交');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/datasets\/\?q=/);
  assert(new URL(page.url()).searchParams.get('q') === '公交', `Enter went to ${page.url()}`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('search on the home page: text typed before the viewer ran gets its matches, and brings the pack', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const packs = [];
  page.on('request', (r) => { if (/\/search\/p-[0-9a-f]+\.kfp$/.test(r.url())) packs.push(r.url()); });
  // The viewer arrives late, as on a slow connection.
  let release;
  const late = new Promise((r) => { release = r; });
  await page.route('**/main.js', async (r) => { await late; await r.continue().catch(() => {}); });
  await page.goto(url('/'), { waitUntil: 'commit' });
  await page.locator('#kf-q').fill('空气质量');
  release();
  await waitFor(page, () => document.querySelectorAll('.kf-home-results .kf-card').length === 1, null, 'the matches of the text typed before');
  for (let i = 0; i < 100 && !packs.length; i++) await page.waitForTimeout(50);
  assert(packs.length === 1, `the pack was asked for ${packs.length} times`);
  assert(problems.length === 0, `errors: ${problems.join(' | ')}`);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
});

test('search: pinyin still being composed by an input method does not search; the finished word does', async () => {
  const { page, problems } = await open('/datasets/');
  await waitFor(page, () => document.querySelector('.kf-live-results .kf-card'), null, 'the live catalog');
  const before = await page.locator('.kf-results__count').innerText();
  await page.locator('#kf-q').focus();
  // What an IME sends: the letters composed so far, then the chosen characters.
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['k', 'ko', 'kong', 'kongq', 'kongqi']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await page.waitForTimeout(400);
  assert(await page.locator('#kf-q').inputValue() === 'kongqi', 'the composition did not reach the box');
  assert(!new URL(page.url()).searchParams.has('q'), `searched while composing: ${page.url()}`);
  assert(await page.locator('.kf-results__count').innerText() === before, 'the results changed while composing');
  await cdp.send('Input.insertText', { text: '空气' });
  await waitFor(page, () => new URLSearchParams(location.search).get('q') === '空气' && document.querySelectorAll('.kf-live-results .kf-card').length === 1, null, 'the finished word searched');
  await cdp.detach();
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('search: two facets combine, counts follow, the back button restores', async () => {
  const { page } = await open('/datasets/?q=%E6%95%B0%E6%8D%AE');
  await waitFor(page, () => document.querySelector('.kf-live-facets input'), null, 'facets');
  const count = async () => page.locator('.kf-live-results .kf-card').count();
  const summary = async () => page.locator('.kf-results__count').innerText();
  const before = await summary();
  await page.locator('.kf-live-facets input[name="open"][value="unconditional"]').check();
  await waitFor(page, () => new URL(location.href).searchParams.getAll('open').includes('unconditional'), null, 'open facet in URL');
  await waitFor(page, (b) => document.querySelector('.kf-results__count').innerText !== b, before, 'a new count');
  const afterOne = await summary();
  const topic = page.locator('.kf-live-facets input[name="topic"]').first();
  const topicKey = await topic.getAttribute('value');
  // Ticked from the keyboard: once the facets are drawn again, the focus is
  // still on that value's checkbox, and Tab goes on to the next one.
  await topic.focus();
  await page.keyboard.press('Space');
  await waitFor(page, (k) => new URL(location.href).searchParams.getAll('topic').includes(k), topicKey, 'topic facet in URL');
  await page.waitForTimeout(200);
  const focused = await page.evaluate(() => [document.activeElement.name, document.activeElement.value, document.activeElement.checked]);
  assert(focused[0] === 'topic' && focused[1] === topicKey && focused[2], `the focus left the facet ticked: ${focused}`);
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => Boolean(document.activeElement.closest('.kf-live-facets form'))), 'Tab after a facet left the facets');
  await page.screenshot({ path: join(SHOTS, 'facet-focus.png'), clip: await page.locator('.kf-live-facets').boundingBox() });
  const badges = await page.locator('.kf-live-results .kf-badge--conditional, .kf-live-results .kf-badge--closed').count();
  assert(badges === 0, 'a non-open dataset under the open facet');
  assert((await count()) > 0, 'no result for two facets');
  await page.goBack();
  await waitFor(page, () => !new URL(location.href).searchParams.has('topic'), null, 'back');
  await waitFor(page, (a) => document.querySelector('.kf-results__count').innerText === a, afterOne, 'the previous results');
  // "Clear all filters": the same query, no facet; the link then hides.
  const clear = page.locator('.kf-live-facets .kf-facets-clear');
  assert(await clear.isVisible(), 'no link to clear the facets while one is on');
  await clear.click();
  await waitFor(page, () => !new URL(location.href).searchParams.has('open') && new URL(location.href).searchParams.get('q') === '数据', null, 'the facets cleared, the query kept');
  await waitFor(page, (b) => document.querySelector('.kf-results__count').innerText === b, before, 'the results without facets');
  assert(await page.locator('.kf-live-facets input:checked').count() === 0, 'a facet still checked');
  assert(!(await clear.isVisible()), 'the clear link shows with no facet on');
  await page.close();
});

test('search on a phone: the facets wait in a closed drawer, the results come first', async () => {
  const { page, problems } = await open('/datasets/?q=%E6%95%B0%E6%8D%AE', PHONE);
  await waitFor(page, () => document.querySelector('.kf-live-facets input'), null, 'facets');
  const drawer = page.locator('.kf-live-facets');
  assert(!(await drawer.evaluate((d) => d.open)), 'the facet drawer is open on a phone');
  assert(!(await page.locator('.kf-live-facets input').first().isVisible()), 'a facet shows through the closed drawer');
  const top = await page.locator('.kf-live-results .kf-card').first().evaluate((c) => c.getBoundingClientRect().top);
  assert(top < PHONE.height, `the first result starts at ${top}px, below the phone's screen`);
  assert(await noOverflow(page), 'the catalog overflows a phone');
  await drawer.locator('summary').click();
  const before = await page.locator('.kf-results__count').innerText();
  await page.locator('.kf-live-facets input[name="open"][value="unconditional"]').check();
  await waitFor(page, (b) => document.querySelector('.kf-results__count').innerText !== b, before, 'a new count');
  const title = await drawer.locator('summary').innerText();
  assert(/1/.test(title) && title.startsWith('筛选'), `the drawer's title does not count the facet chosen: ${title}`);
  assert(await drawer.evaluate((d) => d.open), 'the drawer closed when a facet was chosen');
  await page.setViewportSize(DESKTOP);
  await waitFor(page, () => document.querySelector('.kf-live-facets').open, null, 'the facets beside the results on a wide screen');
  assert(!(await drawer.locator('summary').isVisible()), 'the drawer title shows on a wide screen');
  assert(problems.length === 0, problems.join('; '));
  await page.close();
});

test('table: filter one station, sort by date, chart, and download exactly that view', async () => {
  const { page, problems } = await open('/datasets/air-quality-daily/');
  await toPreview(page);
  await waitFor(page, () => /\/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || '') && !/…/.test(document.querySelector('.kf-status-line').textContent), null, 'the whole table');
  await page.locator('.kf-viewer .kf-filters summary').click();
  const station = page.locator('.kf-viewer .kf-filter select').first();
  await station.selectOption('北中新区');
  // Sort by date, newest first: two clicks.
  const dateSort = page.locator('.kf-viewer th button[data-col="0"]');
  await dateSort.click();
  await page.locator('.kf-viewer th button[data-col="0"]').click();
  const sortState = await page.locator('.kf-viewer th[aria-sort]').getAttribute('aria-sort');
  assert(sortState === 'descending', `aria-sort ${sortState}`);
  const rows = await page.locator('.kf-viewer tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert(rows.length > 0 && rows.every((r) => r[1] === '北中新区'), 'rows of other stations');
  const dates = rows.map((r) => r[0]);
  assert(dates.every((d, i) => i === 0 || dates[i - 1] >= d), 'not sorted by date, descending');
  // The view as CSV, against the published CSV filtered the same way.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.kf-viewer .kf-tools button').first().click()]);
  const got = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const published = (await (await page.request.get(url('/datasets/air-quality-daily/air-quality-daily-2025-2026.csv'))).text()).trim().split('\n');
  const want = published.slice(1).filter((l) => l.split(',')[1] === '北中新区').sort((a, b) => (a.slice(0, 10) < b.slice(0, 10) ? 1 : a.slice(0, 10) > b.slice(0, 10) ? -1 : 0));
  assert(got[0] === published[0], `header: ${got[0]}`);
  assert(got.length - 1 === want.length, `${got.length - 1} rows exported, ${want.length} expected`);
  for (let i = 1; i < got.length; i++) {
    const a = got[i].split(','); const b = want[i - 1].split(',');
    assert(a.length === b.length && a.every((x, j) => x === b[j] || Number(x) === Number(b[j])), `row ${i}: ${got[i]} ≠ ${want[i - 1]}`);
  }
  // A chart of the view, as SVG with a text alternative.
  await page.locator('.kf-viewer .kf-charts summary').click();
  await page.locator('.kf-viewer .kf-chart-form select').first().selectOption('line');
  await page.locator('.kf-viewer .kf-chart-form button').click();
  const svg = page.locator('.kf-viewer .kf-chart-out svg[role="img"]');
  assert(await svg.count() === 1, 'no chart');
  assert((await svg.locator('title').textContent()).length > 0, 'chart without a title');
  assert(await page.locator('.kf-viewer .kf-chart-out table').count() === 1, 'chart without a table');
  await page.locator('.kf-viewer').screenshot({ path: join(SHOTS, 'viewer-1280.png') });
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('table: filters set together are applied together, drawn once', async () => {
  const published = (await (await browser.request.get(url('/datasets/air-quality-daily/air-quality-daily-2025-2026.csv'))).text()).trim().split('\n').slice(1).map((l) => l.split(','));
  const want = published.filter((r) => r[1] === '北中新区' && Number(r[3]) >= 100).length;
  const { page, problems } = await open('/datasets/air-quality-daily/');
  await toPreview(page);
  await waitFor(page, () => /\/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || '') && !/…/.test(document.querySelector('.kf-status-line').textContent), null, 'the whole table');
  // A script sets the station and the AQI's lower bound in one task (as
  // "clear" or a form filler would): one redraw, of both filters' rows.
  const r = await page.evaluate(async () => {
    const box = document.querySelector('.kf-viewer');
    const status = box.querySelector('.kf-status-line');
    let writes = 0;
    const mo = new MutationObserver((records) => { writes += records.length; });
    mo.observe(status, { childList: true, characterData: true, subtree: true });
    const fire = (e, v) => { e.value = v; e.dispatchEvent(new Event('change', { bubbles: true })); };
    fire(document.getElementById(`${box.id}-f1`), '北中新区');
    fire(document.getElementById(`${box.id}-f3-lo`), '100');
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    mo.disconnect();
    const rows = [...box.querySelectorAll('tbody tr')].map((tr) => [tr.children[1].textContent, Number(tr.children[3].textContent)]);
    return { writes, status: status.textContent, rows };
  });
  assert(want > 0, 'the demo has no such rows');
  assert(r.status.includes(`显示 ${want.toLocaleString('en')} 行`), `status ${r.status}, want ${want} rows`);
  assert(r.rows.length > 0 && r.rows.every(([s, aqi]) => s === '北中新区' && aqi >= 100), `rows ${JSON.stringify(r.rows.slice(0, 3))}`);
  assert(r.writes === 1, `the status line was written ${r.writes} times`);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('table: the view and its chart live in the URL: a link opens them, the controls show them, Back undoes a step', async () => {
  const published = (await (await browser.request.get(url('/datasets/air-quality-daily/air-quality-daily-2025-2026.csv'))).text()).trim().split('\n').slice(1).map((l) => l.split(','));
  const want = (station) => published.filter((r) => r[1] === station && Number(r[3]) >= 100).length;
  const loaded = () => /\/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || '') && !/…/.test(document.querySelector('.kf-status-line').textContent);
  const view = (page) => page.evaluate(() => {
    const box = document.querySelector('.kf-viewer');
    return {
      n: Number((/([\d,]+)/.exec(box.querySelector('.kf-status-line').textContent) || [0, '-1'])[1].replace(/,/g, '')),
      rows: [...box.querySelectorAll('.kf-preview tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent)),
      station: document.getElementById(`${box.id}-f1`).value,
      aqiFrom: document.getElementById(`${box.id}-f3-lo`).value,
      sorted: [...box.querySelectorAll('thead th[aria-sort]')].map((th) => `${th.textContent.replace(/[▲▼]/g, '').trim()} ${th.getAttribute('aria-sort')}`),
      pager: box.querySelector('.kf-pager')?.textContent || '',
      chartOpen: box.querySelector('.kf-charts').open,
      chartTitle: box.querySelector('.kf-chart-out svg title')?.textContent || '',
      chartPoints: box.querySelectorAll('.kf-chart-out tbody tr').length,
      clearShown: !box.querySelector('.kf-tools button:nth-child(2)').hidden,
    };
  });
  const points = (n) => page.waitForFunction((n) => document.querySelectorAll('.kf-viewer .kf-chart-out tbody tr').length === n, n, { timeout: 10000 });
  const { page, problems } = await open(`/datasets/air-quality-daily/?${new URLSearchParams({ 站点名称: '北中新区', AQI__gte: '100', _sort_desc: '日期', 不是列: 'x', _chart: 'line', _chart_x: '日期', _chart_y: 'AQI' })}`);
  await waitFor(page, loaded, null, 'the whole table');
  let v = await view(page);
  assert(v.n === want('北中新区') && v.n > 0, `${v.n} rows shown, ${want('北中新区')} expected`);
  assert(v.rows.every((r) => r[1] === '北中新区' && Number(r[3]) >= 100), 'a row outside the linked filters');
  assert(v.rows.every((r, i) => i === 0 || v.rows[i - 1][0] >= r[0]), 'not sorted by date, newest first');
  // The controls, built again once every chunk is in, still show the view.
  assert(v.station === '北中新区' && v.aqiFrom === '100', `controls show ${v.station} / ${v.aqiFrom}`);
  assert(v.sorted.length === 1 && v.sorted[0] === '日期 descending', `sorted: ${v.sorted}`);
  // The linked chart, of the linked rows (one point a day: one station's days).
  assert(v.chartOpen && /AQI/.test(v.chartTitle), `chart: open ${v.chartOpen}, "${v.chartTitle}"`);
  await points(v.n);
  assert(v.clearShown, 'no button to clear the filters');
  // A change is a step in the history, and the URL says it.
  await page.locator('.kf-viewer .kf-filters summary').click();
  await page.locator('.kf-viewer .kf-filter select').first().selectOption('市环保局');
  await waitFor(page, () => new URLSearchParams(location.search).get('站点名称') === '市环保局', null, 'the URL to follow the filter');
  let q = new URLSearchParams(new URL(page.url()).search);
  // A key that names no column was ignored, and is left as it was.
  assert(q.get('AQI__gte') === '100' && q.get('_sort_desc') === '日期' && q.get('不是列') === 'x', `URL: ${q}`);
  v = await view(page);
  assert(v.n === want('市环保局') && v.rows.every((r) => r[1] === '市环保局'), 'the new filter is not applied');
  // The chart follows the view.
  await points(want('市环保局'));
  await page.goBack();
  await waitFor(page, () => document.getElementById(`${document.querySelector('.kf-viewer').id}-f1`).value === '北中新区', null, 'Back to restore the station');
  v = await view(page);
  assert(v.n === want('北中新区') && v.rows.every((r) => r[1] === '北中新区'), 'Back did not restore the rows');
  await points(want('北中新区'));
  // "Clear all filters" empties the controls, and the filters leave the URL
  // (the sort and the chart stay); a page is in the URL too, and survives a reload.
  await page.locator('.kf-viewer .kf-tools button').nth(1).click();
  await waitFor(page, () => !/站点名称|AQI__gte/.test(decodeURIComponent(location.search)), null, 'the cleared filters to leave the URL');
  v = await view(page);
  assert(v.n === 6940 && v.station === '' && v.aqiFrom === '' && !v.clearShown, `after clearing: ${v.n} rows, controls "${v.station}" "${v.aqiFrom}", button shown ${v.clearShown}`);
  const days = new Set(published.map((r) => r[0])).size;
  await points(days);
  await page.locator('.kf-viewer .kf-pager button').last().click();
  await waitFor(page, () => new URLSearchParams(location.search).get('_page') === '2', null, 'the page in the URL');
  const second = (await view(page)).rows[0];
  await page.reload();
  await waitFor(page, loaded, null, 'the whole table after a reload');
  v = await view(page);
  assert(v.rows[0].join() === second.join() && /2/.test(v.pager), `after a reload: ${v.rows[0]} on "${v.pager}", ${second} expected`);
  await points(days);
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('table: the pick-list is whole before the rows arrive; a filter set meanwhile stays set, focused, in the controls and the rows', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  // The chunks after the first arrive late, as on a slow phone line.
  await page.route(/\.kfc$/, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.goto(url('/datasets/air-quality-daily/'));
  await toPreview(page);
  const box = await page.locator('.kf-viewer').getAttribute('id');
  await waitFor(page, (id) => document.getElementById(`${id}-f1`), box, 'the filters');
  assert(/…/.test(await page.locator('.kf-status-line').textContent()), 'the whole table was in before the filter was set: nothing tested');
  // The pick-lists are whole from the start: the profile lists every value.
  // (The first hundred rows hold 2 of the 6 air quality grades.)
  const published = (await (await browser.request.get(url('/datasets/air-quality-daily/air-quality-daily-2025-2026.csv'))).text()).trim().split('\n').slice(1).map((l) => l.split(','));
  for (const c of [1, 11]) {
    const all = new Set(published.map((r) => r[c]));
    const options = await page.locator(`#${box}-f${c} option`).evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert(options.length === all.size && options.every((o) => all.has(o)), `column ${c}: ${options.length} values to pick from before the rows arrive, ${all.size} in the data`);
  }
  await page.locator('.kf-viewer .kf-filters summary').click();
  await page.locator(`#${box}-f1`).selectOption('北中新区');
  await page.locator(`#${box}-f1`).focus();
  await waitFor(page, () => /\/ 6,940/.test(document.querySelector('.kf-status-line').textContent) && !/…/.test(document.querySelector('.kf-status-line').textContent), null, 'the whole table');
  assert(await page.locator(`#${box}-f1`).inputValue() === '北中新区', 'the station control was emptied when the filters were built again');
  assert(await page.evaluate((id) => document.activeElement && document.activeElement.id === `${id}-f1`, box), 'the station control lost focus as the rest of the table arrived');
  const rows = await page.locator('.kf-viewer tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[1].textContent));
  assert(rows.length > 0 && rows.every((r) => r === '北中新区'), 'rows of other stations');
  assert(problems.length === 0, `errors: ${problems.join(' | ')}`);
  await page.close();
});

test('charts: the form first chooses columns that chart to something, not a one-year column or a row number', async () => {
  // flu-sentinel-weekly: 年份 is 2026 on every row, 周次 counts 1, 2, 3…
  const { page, problems } = await open('/datasets/flu-sentinel-weekly/');
  await toPreview(page);
  await waitFor(page, () => { const s = document.querySelector('.kf-status-line'); return s && s.textContent && !s.textContent.includes('…'); }, null, 'the table');
  await page.locator('.kf-viewer .kf-charts summary').click();
  const [kind, col, val] = [0, 1, 2].map((n) => page.locator('.kf-viewer .kf-chart-form select').nth(n));
  const chosen = async (sel) => sel.evaluate((s) => s.selectedOptions[0].textContent);
  await kind.selectOption('histogram');
  assert(await chosen(col) === '门急诊就诊人次', `histogram of ${await chosen(col)}`);
  const offered = await col.evaluate((s) => [...s.options].map((o) => o.textContent));
  assert(offered.includes('年份') && offered.includes('周次'), `every numeric column is still offered: ${offered}`);
  await kind.selectOption('line');
  assert(await chosen(col) === '周起始日期' && await chosen(val) === '门急诊就诊人次', `line of ${await chosen(val)} by ${await chosen(col)}`);
  await page.locator('.kf-viewer .kf-chart-form button').click();
  assert(await page.locator('.kf-viewer .kf-chart-out svg polyline').count() === 1, 'no line drawn');
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('table: the viewer and the rows are fetched once the table is near the window, not for a visitor reading the top', async () => {
  const viewer = [];
  const page = await browser.newPage();
  await page.setViewportSize(PHONE);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (/\.(kfc|kfm|wasm)$/.test(r.url())) viewer.push(r.url().replace(/^.*\//, '')); });
  await page.goto(url('/datasets/air-quality-daily/'), { waitUntil: 'load' });
  // Reading the top of the page: the table far below is the page's own
  // first rows; no WASM, no manifest, no chunk is asked for.
  await page.waitForTimeout(1000);
  assert(viewer.length === 0, `fetched before the table was near: ${viewer.join(' ')}`);
  assert(await page.locator('.kf-viewer tbody tr').count() === 50 && await page.locator('.kf-viewer .kf-status-line').count() === 0, 'the static table is not as the page has it');
  // Following the link down to the preview brings the viewer and the whole table.
  await toPreview(page);
  await waitFor(page, () => /6,940 \/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || ''), null, 'the whole table');
  for (const ext of ['.wasm', '.kfm', '.kfc']) assert(viewer.some((f) => f.endsWith(ext)), `no ${ext} requested: ${viewer.join(' ')}`);
  // A link to a view loads at once, wherever the table is.
  viewer.length = 0;
  await page.goto(url('/datasets/air-quality-daily/?站点名称=北中新区'), { waitUntil: 'load' });
  await waitFor(page, () => /\/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || '') && !/…/.test(document.querySelector('.kf-status-line').textContent), null, 'the linked view');
  assert(await page.evaluate(() => scrollY) === 0 && viewer.some((f) => f.endsWith('.kfc')), 'a linked view waited for a scroll');
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('charts on a phone: drawn at the screen\'s width, labels at their size and apart, round ticks', async () => {
  const { page, problems } = await open('/datasets/air-quality-daily/', PHONE);
  await toPreview(page);
  await waitFor(page, () => /6,940 \/ 6,940/.test(document.querySelector('.kf-status-line')?.textContent || ''), null, 'the whole table');
  await page.locator('.kf-viewer .kf-charts summary').click();
  const form = page.locator('.kf-viewer .kf-chart-form');
  for (const [kind, col] of [['bars', '1'], ['histogram', null], ['line', null]]) {
    await form.locator('select').first().selectOption(kind);
    if (col) await form.locator('select').nth(1).selectOption(col);
    await form.locator('button').click();
    const m = await page.locator('.kf-viewer .kf-chart-out svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const ticks = [...svg.querySelectorAll('.kf-tick')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize), axis: t.getAttribute('text-anchor') === 'end' && Number(t.getAttribute('x')) < 56 }));
      const apart = (a, b) => a.r.right <= b.r.left || b.r.right <= a.r.left || a.r.bottom <= b.r.top || b.r.bottom <= a.r.top;
      // The value axis's numbers sit one above another: only their overlap in width counts.
      const clash = ticks.some((a, i) => ticks.some((b, j) => j > i && !(a.axis && b.axis) && !apart(a, b)));
      return { viewW: svg.viewBox.baseVal.width, w: box.width, px: Math.min(...ticks.map((t) => t.px * box.width / svg.viewBox.baseVal.width)),
        clash, inside: ticks.every((t) => t.r.left >= box.left - 1 && t.r.right <= box.right + 1), left: ticks.filter((t) => t.axis).map((t) => t.text) };
    });
    assert(Math.abs(m.viewW - m.w) <= 1, `${kind}: drawn ${m.viewW} wide, shown ${m.w}`);
    assert(m.px >= 11.5, `${kind}: labels shown at ${m.px}px`);
    assert(!m.clash, `${kind}: labels overlap`);
    assert(m.inside, `${kind}: a label is cut at the edge`);
    // Round ticks: evenly 1, 2, 2.5 or 5 × 10ⁿ apart, from a multiple of that.
    const v = m.left.map(Number).sort((a, b) => a - b);
    const step = v[1] - v[0];
    const lead = step / 10 ** Math.floor(Math.log10(step));
    assert(v.length >= 3 && v.every((x, i) => Math.abs(x - v[0] - i * step) < 1e-9) && [1, 2, 2.5, 5].some((f) => Math.abs(lead - f) < 1e-9) && Math.abs(v[0] / step - Math.round(v[0] / step)) < 1e-9, `${kind}: ticks ${m.left.join(' ')}`);
    await page.locator('.kf-viewer .kf-chart-out svg').screenshot({ path: join(SHOTS, `chart-${kind}-390.png`) });
  }
  assert(problems.length === 0, `console: ${problems.join(' | ')}`);
  await page.close();
});

test('table: the first page of rows is in the HTML, and the viewer upgrades that table in place', async () => {
  const plain = (await open('/datasets/air-quality-daily/', PHONE, noJs)).page;
  const staticRows = await plain.locator('.kf-viewer table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert(staticRows.length === 50, `the page's own table has ${staticRows.length} rows, not the viewer's first page of 50`);
  assert(/50/.test(await plain.locator('.kf-viewer caption').innerText()), 'the static caption says how many rows it shows');
  await plain.close();
  const { page } = await open('/datasets/air-quality-daily/', PHONE);
  await toPreview(page);
  await waitFor(page, () => document.querySelector('.kf-viewer thead button[data-col]'), null, 'the live table');
  assert(await page.locator('.kf-viewer table').count() === 1, 'the live table is not the static one upgraded in place');
  assert(await page.locator('.kf-static-preview').count() === 0, 'a static preview is left beside the live one');
  const liveRows = await page.locator('.kf-viewer tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert(liveRows.length === 50 && liveRows[0][0] === staticRows[0][0] && liveRows[49][0] === staticRows[49][0], 'the live first page is not the static first page');
  assert(!/50/.test(await page.locator('.kf-viewer caption').innerText()), 'the caption still counts the static rows');
  // The columns keep the first page's widths: on a phone no cell of that page wraps.
  const wrapped = await page.locator('.kf-viewer tbody td').evaluateAll((tds) => tds.filter((td) => {
    const st = getComputedStyle(td);
    const text = td.clientHeight - parseFloat(st.paddingTop) - parseFloat(st.paddingBottom);
    return text > 1.5 * parseFloat(st.lineHeight);
  }).map((td) => td.textContent));
  assert(wrapped.length === 0, `cells of the first page wrap at 390 px: ${wrapped.slice(0, 5).join(' | ')}`);
  await page.screenshot({ path: join(SHOTS, 'viewer-390.png'), fullPage: false });
  assert(await noOverflow(page), 'the page scrolls sideways with the viewer');
  await page.close();
});

/** Pages of a PDF as Chromium writes it (one `/Type /Page` object each). */
function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

test('conditional dataset: the form in two clicks, pre-filled, and each form and pledge prints on one A4 page', async () => {
  const { page } = await open('/datasets/traffic-accident-details/', PHONE);
  const box = await page.locator('.kf-action a.kf-button--primary').boundingBox();
  assert(box && box.y + box.height < PHONE.height, `the apply button is below the fold on a phone (${box && box.y})`);
  await page.locator('.kf-action a.kf-button--primary').click();
  await page.waitForURL(/\/datasets\/traffic-accident-details\/apply\/$/);
  assert((await page.locator('.kf-sheet').innerText()).includes('道路交通事故明细'), 'the form is pre-filled with the dataset');
  const submit = await page.locator('.kf-noprint a.kf-button--primary').getAttribute('href');
  assert(submit.startsWith('mailto:'), `submit by mail: ${submit}`);
  const q = new URL(submit.replace(/^mailto:/, 'mailto://x/')).searchParams;
  assert(q.get('subject').includes('道路交通事故明细') && q.get('subject').includes('traffic-accident-details'), `subject: ${q.get('subject')}`);
  assert(await page.locator('button.kf-print').isVisible(), 'the print button shows with JavaScript');
  await page.close();

  const list = await open('/datasets/open-type/conditional/');
  const ids = await list.page.$$eval('.kf-card__title a', (as) => as.map((a) => new URL(a.href).pathname.split('/')[2]));
  await list.page.close();
  assert(ids.length >= 5, `conditional datasets: ${ids}`);
  for (const id of ids) {
    for (const kind of ['apply', 'pledge']) {
      const { page: p, problems } = await open(`/datasets/${id}/${kind}/`);
      await p.emulateMedia({ media: 'print' });
      const pdf = await p.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      const n = pdfPages(pdf);
      assert(n === 1, `${id}/${kind} prints on ${n} pages`);
      assert(problems.length === 0, `console: ${problems.join(' | ')}`);
      if (id === ids[0]) await p.screenshot({ path: join(SHOTS, `${kind}-print.png`), fullPage: true });
      await p.close();
    }
  }
});

test('interactions: kind and status filters combine in place, live in the URL, and survive a reload', async () => {
  const { page } = await open('/interactions/', PHONE);
  const expected = await page.$$eval('.kf-interaction', (li) => li.filter((x) => x.dataset.kind === 'objection' && x.dataset.late === '1').length);
  assert(expected > 0, 'the demo has a late objection');
  await page.selectOption('#kf-if-kind', 'objection');
  await page.selectOption('#kf-if-status', 'late');
  const shown = await page.$$eval('.kf-interaction:not([hidden])', (li) => li.map((x) => [x.dataset.kind, x.dataset.late]));
  assert(shown.length === expected && shown.every(([k, l]) => k === 'objection' && l === '1'), `shown: ${JSON.stringify(shown)}`);
  assert((await page.locator('#kf-icount').innerText()).includes(String(expected)), 'the count follows');
  assert(page.url().endsWith('?kind=objection&status=late'), `URL: ${page.url()}`);
  await page.reload();
  assert(await page.locator('#kf-if-status').inputValue() === 'late', 'the filter is read back from the URL');
  assert(await page.locator('.kf-interaction:not([hidden])').count() === expected, 'the same entries after a reload');
  await page.close();

  // Without JavaScript: the per-filter pages.
  const nj = await noJs.newPage();
  await nj.goto(url('/interactions/'));
  assert(!(await nj.locator('#kf-ifilter').isVisible()), 'no dead form without JavaScript');
  await nj.locator('.kf-ifacets a[href$="/interactions/kind/objection/"]').click();
  const kinds = await nj.$$eval('.kf-interaction', (li) => li.map((x) => x.dataset.kind));
  assert(kinds.length > 0 && kinds.every((k) => k === 'objection'), `static kind page: ${kinds}`);
  await nj.close();
});

test('evaluation: ranking table and charts, without JavaScript too; the CSV downloads', async () => {
  const nj = await noJs.newPage();
  await nj.goto(url('/evaluation/'));
  const rows = await nj.locator('.kf-table tbody tr').count();
  assert(rows === 24, `one ranking row per agency of the demo: ${rows}`);
  assert(await nj.locator('svg.kf-svgchart').count() === 3, 'three charts');
  assert(await nj.locator('svg.kf-svgchart').first().isVisible(), 'charts render without JavaScript');
  const ranks = await nj.$$eval('.kf-table tbody tr td:first-child', (td) => td.map((x) => Number(x.textContent)));
  assert(ranks.every((r, i) => i === 0 || r >= ranks[i - 1]), `ranks ascend: ${ranks}`);
  const href = await nj.locator('a[href$="evaluation.csv"]').getAttribute('href');
  const csv = await (await nj.request.get(url(href))).text();
  assert(csv.split('\n').filter((l) => l.trim()).length === rows + 2, 'the CSV holds every agency, a header and the city');
  await nj.close();
});

// E2E_ONLY=text runs the tests whose name contains it (while working on one).
const only = process.env.E2E_ONLY;
let passed = 0; let failed = 0;
for (const t of tests.filter((x) => !only || x.name.includes(only))) {
  try {
    await t.fn();
    passed++;
    console.log(`ok   ${t.name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name}\n     ${e.message.split('\n')[0]}`);
  }
}
await browser.close();
await noJs.close();
rmSync(userDataDir, { recursive: true, force: true });
rmSync(noJsDir, { recursive: true, force: true });
console.log(`screenshots in ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
