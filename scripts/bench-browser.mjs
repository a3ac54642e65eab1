// `make bench`, in the browser: serves a release build on loopback and drives it in
// Debian's headless Chromium (playwright-core), recording with the Performance API
//   - per view, from navigation to the view's first complete render (and the wasm's
//     download and start before it), over fresh tabs with an empty cache;
//   - per interaction (a word typed, a facet toggled, the map's slider moved, the
//     timeline zoomed, the panel opened), the time from the input to the next frame and
//     the longest task during it (the input's own task, or any long task the long-task
//     observer reports);
//   - the transfer size of every file of the build (raw, gzip -9, brotli -q 11) and
//     when it is loaded.
// Medians of `--runs` runs (at least 5). Nothing here asserts a time: the figures are
// written to `--out` (JSON) for scripts/bench-report.mjs to put in docs/.
//
//   node scripts/bench-browser.mjs --dist dist --label real --runs 7 --out target/bench/real.json
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startServer, launch } from '../e2e/support.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = resolve(args.dist ?? 'dist') + '/';
const label = args.label ?? 'real';
const runs = Math.max(5, Number(args.runs ?? 7));
const out = args.out ?? `target/bench/${label}.json`;

// What "complete" means for each view: its items are in the page.
const VIEWS = {
  timeline: { hash: '#/timeline', ready: '#tl-chart [data-ev]' },
  map: { hash: '#/map', ready: '#map-marks .node' },
  claims: { hash: '#/claims', ready: 'ul.items.claims > li' },
  sources: { hash: '#/sources', ready: 'ul.items.documents > li' },
  reader: { hash: '#/sources/sando-eaf', ready: 'article.source .fulltext p' },
  lessons: { hash: '#/lessons', ready: 'ul.items.lessons > li' },
};

// Installed in every page before its own scripts: marks when the wasm is instantiated,
// when the view's `ready` selector first matches (checked after every DOM change) and
// the frame after it, and keeps every long task.
const probe = (ready) => {
  const mark = (name) => { if (!performance.getEntriesByName(name).length) performance.mark(name); };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = (...a) => original.apply(WebAssembly, a).then((r) => { mark('ae:wasm'); return r; });
  }
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (!document.querySelector(ready)) return false;
    mark('ae:ready');
    requestAnimationFrame(() => mark('ae:frame'));
    return true;
  };
  const watch = new MutationObserver(() => { if (seen()) watch.disconnect(); });
  watch.observe(document, { childList: true, subtree: true });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
const summary = (xs) => ({ median: round(median(xs)), max: round(Math.max(...xs)), n: xs.length });

/** One view opened `runs` times in a fresh context (empty cache) each. */
async function firstRender(browser, origin, view) {
  const rows = [];
  let requested = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const urls = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.addInitScript(probe, view.ready);
    await page.goto(origin + '/' + view.hash);
    await page.waitForFunction(() => performance.getEntriesByName('ae:frame').length > 0, null, { timeout: 60_000 });
    rows.push(await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const wasmFile = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const ready = at('ae:ready');
      return {
        wasm_fetched: wasmFile ? wasmFile.responseEnd : NaN,
        wasm_ready: at('ae:wasm'),
        ready,
        frame: at('ae:frame'),
        longest_task: Math.max(0, ...globalThis.__longTasks.filter((t) => t.start <= ready).map((t) => t.duration)),
      };
    }));
    requested = urls;
    await context.close();
  }
  const col = (k) => summary(rows.map((r) => r[k]));
  return {
    hash: view.hash,
    wasm_fetched_ms: col('wasm_fetched'),
    wasm_ready_ms: col('wasm_ready'),
    render_ms: summary(rows.map((r) => r.ready - r.wasm_ready)),
    first_frame_ms: col('frame'),
    longest_task_ms: col('longest_task'),
    requested: requested.filter((u) => u.startsWith(origin)).map((u) => decodeURIComponent(new URL(u).pathname.slice(1)) || 'index.html'),
  };
}

/** Runs `act` (source of a function) in the page and measures, from the input:
 * - `work`: until its task and the effects it queued have run (a timer set right after
 *   the input fires then; if a frame is drawn first, its time is included, so this is
 *   an upper bound);
 * - `frame`: until the frame after it has been drawn (a timer after the next
 *   animation frame), which includes waiting for that frame;
 * - `task`: the longest task in between: `work`, or a longer one the long-task
 *   observer reports. */
async function timed(page, act) {
  return page.evaluate(async (src) => {
    const t0 = performance.now();
    (0, eval)(src)();
    const work = new Promise((ok) => setTimeout(() => ok(performance.now()), 0));
    const frame = new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0)));
    const [t1, t2] = await Promise.all([work, frame]);
    const long = globalThis.__longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= t2).map((t) => t.duration);
    return { work: t1 - t0, frame: t2 - t0, task: Math.max(t1 - t0, ...long) };
  }, `(${act})`);
}

const typeInto = (text) => `() => { const q = document.getElementById('q'); q.value = ${JSON.stringify(text)}; q.dispatchEvent(new Event('input', { bubbles: true })); }`;
const click = (selector) => `() => document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))`;
const slide = (v) => `() => { const s = document.getElementById('asof'); s.value = '${v}'; s.dispatchEvent(new Event('input', { bubbles: true })); }`;
const wheel = (dy) => `() => { const c = document.getElementById('tl-chart'); const r = c.getBoundingClientRect();
  c.dispatchEvent(new WheelEvent('wheel', { deltaY: ${dy}, clientX: r.left + r.width / 2, clientY: r.top + 40, bubbles: true, cancelable: true })); }`;

async function open(browser, origin, view) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(probe, view.ready);
  await page.goto(origin + '/' + view.hash);
  await page.waitForFunction(() => performance.getEntriesByName('ae:frame').length > 0, null, { timeout: 60_000 });
  return page;
}

/** Each interaction `runs` times; a step that did nothing fails the bench (a figure of
 * a no-op would be a lie). */
async function interactions(browser, origin) {
  const result = {};
  const record = (name, samples) => {
    result[name] = {
      work_ms: summary(samples.map((s) => s.work)),
      frame_ms: summary(samples.map((s) => s.frame)),
      longest_task_ms: summary(samples.map((s) => s.task)),
    };
  };
  const hash = (page) => page.evaluate(() => location.hash);
  // Opening the panel from the first `selector` of the view, `runs` times (closed with
  // Escape between).
  const openPanel = async (page, selector) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await timed(page, click(selector)));
      if (!(await page.locator('#panel').count())) throw new Error(`${selector}: no panel opened`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('panel'));
    }
    return samples;
  };
  for (const name of ['timeline', 'map', 'claims', 'sources']) {
    const page = await open(browser, origin, VIEWS[name]);
    const typing = [];
    const facet = [];
    for (let i = 0; i < runs; i++) {
      for (const prefix of ['k', 'ku', 'kur', 'kurs', 'kursk']) typing.push(await timed(page, typeInto(prefix)));
      await timed(page, typeInto(''));
      facet.push(await timed(page, click('#facets input[data-facet="a0"]')));
      if (!(await hash(page)).includes('actor=')) throw new Error(`${name}: the facet did not filter`);
      facet.push(await timed(page, click('#facets input[data-facet="a0"]')));
    }
    record(`${name}: type a word (per keystroke)`, typing);
    record(`${name}: toggle a facet`, facet);
    await page.close();
  }
  {
    const page = await open(browser, origin, VIEWS.map);
    const max = Number(await page.locator('#asof').getAttribute('max'));
    const slider = [];
    for (let i = 0; i < runs; i++) {
      for (const v of [max, max - 9, max - 6, max - 3]) slider.push(await timed(page, slide(v)));
    }
    if (!(await hash(page)).includes('asof=')) throw new Error('map: the slider did not move');
    record('map: move the date slider', slider);
    const zoom = [];
    for (let i = 0; i < runs; i++) {
      zoom.push(await timed(page, click('[data-map="in"]')));
      zoom.push(await timed(page, click('[data-map="out"]')));
    }
    record('map: zoom in and out', zoom);
    record('map: open the panel (an actor)', await openPanel(page, '#map-marks .node'));
    await page.close();
  }
  {
    const page = await open(browser, origin, VIEWS.timeline);
    const zoom = [];
    for (let i = 0; i < runs; i++) {
      zoom.push(await timed(page, click('[data-tl="in"]')));
      zoom.push(await timed(page, click('[data-tl="out"]')));
      zoom.push(await timed(page, wheel(-100)));
      zoom.push(await timed(page, wheel(100)));
    }
    if (!(await hash(page)).includes('tw=')) throw new Error('timeline: the zoom did not move the window');
    record('timeline: zoom (buttons and wheel)', zoom);
    record('timeline: open the panel (an event)', await openPanel(page, '#tl-chart [data-ev]'));
    await page.close();
  }
  {
    const page = await open(browser, origin, VIEWS.claims);
    record('claims: open the panel (a claim)', await openPanel(page, 'main button.title'));
    await page.close();
  }
  return result;
}

/** Every file of the build with its sizes, and which first load requested it. */
async function files(views) {
  const all = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else all.push(path);
    }
  };
  await walk(dist);
  const firstLoad = new Set(views.timeline.requested);
  const rows = [];
  for (const path of all.sort()) {
    const name = relative(dist, path);
    if (name === 'sw.js') continue;
    const bytes = await readFile(path);
    const when = firstLoad.has(name) ? 'first load'
      : Object.entries(views).filter(([, v]) => v.requested.includes(name)).map(([k]) => `with ${k}`)[0]
        ?? (name === 'alliance-explorer.html' ? 'the single file (not served to a page)' : 'on request');
    rows.push({
      file: name,
      when,
      raw: (await stat(path)).size,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    });
  }
  const first = rows.filter((r) => r.when === 'first load');
  const total = (k) => first.reduce((s, r) => s + r[k], 0);
  return { files: rows, first_load: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

const server = await startServer(dist);
const browser = await launch();
try {
  const views = {};
  for (const [name, view] of Object.entries(VIEWS)) {
    views[name] = await firstRender(browser, server.origin, view);
    console.log(`${label} ${name}: render ${views[name].render_ms.median} ms after the wasm (${views[name].wasm_ready_ms.median} ms in), longest task ${views[name].longest_task_ms.median} ms`);
  }
  const steps = await interactions(browser, server.origin);
  for (const [name, s] of Object.entries(steps)) console.log(`${label} ${name}: work ${s.work_ms.median} ms (max ${s.work_ms.max}), ${s.frame_ms.median} ms to the next frame, longest task max ${s.longest_task_ms.max} ms`);
  const sizes = await files(views);
  console.log(`${label} first load: ${sizes.first_load.brotli} B brotli, ${sizes.first_load.gzip} B gzip`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ label, runs, chromium: browser.version(), views, interactions: steps, ...sizes }, null, 2) + '\n');
} finally {
  await browser.close();
  await server.close();
}
