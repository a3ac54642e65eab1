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
//
// With `--only VIEW` (timeline, map, claims or sources) it measures only that view's
// first render and interactions, and no file sizes: for comparing one view's builds.
//
// With `--vs-timelinejs FILE` it measures only the side-by-side with TimelineJS 3 (the
// npm package @knight-lab/timelinejs): FILE is the explorer's own TimelineJS export of
// the corpus the build has (`cargo run -q -p exporter --example timelinejs`), which a
// page of its own hands to `new TL.Timeline`; see `vsTimelinejs` below.
//
//   node scripts/bench-browser.mjs --dist dist --label real --runs 7 \
//     --vs-timelinejs target/bench/timelinejs-real.json --out target/bench/vs-timelinejs-real.json
import { readdir, readFile, stat, writeFile, mkdir, cp, rm } from 'node:fs/promises';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { startServer, launch } from '../e2e/support.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = resolve(args.dist ?? 'dist') + '/';
const label = args.label ?? 'real';
const runs = Math.max(5, Number(args.runs ?? 7));
const out = args.out ?? `target/bench/${label}.json`;
const only = args.only;
const wanted = (name) => !only || name === only;

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
// when the view's `ready` selector first matches (checked after every DOM change; a list
// of selectors: when each matches) and the frame after it, and keeps every long task.
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
    if (![].concat(ready).every((selector) => document.querySelector(selector))) return false;
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
 * - `script`: until its task and the effects it queued have run, or until the browser
 *   starts drawing a frame (an animation frame's callbacks) if it does so first: the
 *   explorer's own work for the input, without the frame's style, layout and paint;
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
    let drawing = Infinity;
    const work = new Promise((ok) => setTimeout(() => ok(performance.now()), 0));
    const frame = new Promise((ok) => requestAnimationFrame(() => {
      drawing = performance.now();
      setTimeout(() => ok(performance.now()), 0);
    }));
    const [t1, t2] = await Promise.all([work, frame]);
    const long = globalThis.__longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= t2).map((t) => t.duration);
    return { script: Math.min(t1, drawing) - t0, work: t1 - t0, frame: t2 - t0, task: Math.max(t1 - t0, ...long) };
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
      script_ms: summary(samples.map((s) => s.script)),
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
  for (const name of ['timeline', 'map', 'claims', 'sources'].filter(wanted)) {
    const page = await open(browser, origin, VIEWS[name]);
    const typing = [];
    const facet = [];
    for (let i = 0; i < runs; i++) {
      for (const prefix of ['k', 'ku', 'kur', 'kurs', 'kursk']) typing.push(await timed(page, typeInto(prefix)));
      await timed(page, typeInto(''));
      facet.push(await timed(page, click('#facets .actors label.row input')));
      if (!(await hash(page)).includes('actor=')) throw new Error(`${name}: the facet did not filter`);
      facet.push(await timed(page, click('#facets .actors label.row input')));
    }
    record(`${name}: type a word (per keystroke)`, typing);
    record(`${name}: toggle a facet`, facet);
    await page.close();
  }
  if (wanted('map')) {
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
      zoom.push(await timed(page, click('main .tl-tools button[aria-label="Zoom in"]')));
      zoom.push(await timed(page, click('main .tl-tools button[aria-label="Zoom out"]')));
    }
    record('map: zoom in and out', zoom);
    record('map: open the panel (an actor)', await openPanel(page, '#map-marks .node'));
    await page.close();
  }
  if (wanted('timeline')) {
    const page = await open(browser, origin, VIEWS.timeline);
    const zoom = [];
    for (let i = 0; i < runs; i++) {
      zoom.push(await timed(page, click('main .tl-tools button[aria-label="Zoom in"]')));
      zoom.push(await timed(page, click('main .tl-tools button[aria-label="Zoom out"]')));
      zoom.push(await timed(page, wheel(-100)));
      zoom.push(await timed(page, wheel(100)));
    }
    if (!(await hash(page)).includes('tw=')) throw new Error('timeline: the zoom did not move the window');
    record('timeline: zoom (buttons and wheel)', zoom);
    record('timeline: open the panel (an event)', await openPanel(page, '#tl-chart [data-ev]'));
    await page.close();
  }
  if (wanted('claims')) {
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

/** Requests to anything but `origin` (data: and blob: URLs stay inside the page). */
const foreign = (urls, origin) => urls.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));

/** One page opened in a fresh context (empty cache): from navigation to the moment
 * `ready` matches and to the frame after it, the longest task before it, how many
 * `count` elements are in the page then, and every request made. */
async function drawn(browser, url, ready, count) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const urls = [];
    const errors = [];
    page.on('request', (r) => urls.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(probe, ready);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('ae:frame').length > 0, null, { timeout: 60_000 });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    const row = await page.evaluate((count) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const ready = at('ae:ready');
      return {
        ready,
        frame: at('ae:frame'),
        longest_task: Math.max(0, ...globalThis.__longTasks.filter((t) => t.start <= ready).map((t) => t.duration)),
        drawn: document.querySelectorAll(count).length,
      };
    }, count);
    return { ...row, urls };
  } finally {
    await context.close();
  }
}

// What "the first drawn timeline" is for each.
// The explorer: its marks are in #tl-chart. `#tl-chart [data-ev]` are the events as the
// timeline draws them today; the timeline is being rewritten (with Leptos) and its marks
// may lose `data-ev`, so any mark with role=button in #tl-chart (events and periods are
// both buttons) counts too. If the rewrite names its marks otherwise, pass
// `--explorer-ready SELECTOR` (and `--explorer-count SELECTOR`, what is counted as drawn).
const EXPLORER_READY = args['explorer-ready'] ?? '#tl-chart [data-ev], #tl-chart [role="button"]';
const EXPLORER_COUNT = args['explorer-count'] ?? EXPLORER_READY;
// TimelineJS: its time-nav markers and its slides are in the page (it builds both in
// one task, after the data is in: Timeline._initLayout).
const TIMELINEJS_READY = ['.tl-timenav .tl-timemarker', '.tl-storyslider .tl-slide'];
const TIMELINEJS_COUNT = '.tl-timenav .tl-timemarker';
const TIMELINEJS_DIST = fileURLToPath(new URL('../node_modules/@knight-lab/timelinejs/dist/', import.meta.url));

/** TimelineJS's page: its script and stylesheet from the npm package, and the JSON, all
 * from the page's own origin. TimelineJS would otherwise load from other hosts: its
 * `script_path` defaults to Knight Lab's CDN, and its default `font` is a stylesheet
 * there whose fonts are Google's; so `script_path` is this folder's js/ and `font` is
 * null (the stylesheet's own Helvetica/Georgia stacks), and no option that loads more is
 * set (no theme, language other than the built-in English, analytics, soundcite). The
 * data has no media, so no embed is loaded. Any request to another host fails the
 * bench all the same. */
const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS: the explorer's TimelineJS export</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css">
<style>html, body { height: 100%; margin: 0; } #timeline-embed { width: 100%; height: 100%; }</style>
<script src="js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed"></div>
<script>
fetch('timeline.json').then((r) => r.json()).then((data) => {
  window.timeline = new TL.Timeline('timeline-embed', data, {
    script_path: new URL('js/', location.href).href,
    font: null,
  });
});
</script>
</body>
</html>
`;

/** The side-by-side: for each of `runs` rounds, the explorer's `#/timeline` and
 * TimelineJS over the same events, each in a fresh context, the order alternating
 * round by round; from navigation to the first drawn timeline and the frame after it. */
async function vsTimelinejs(browser, explorerOrigin, tlOrigin, events) {
  const sides = {
    explorer: { url: explorerOrigin + '/#/timeline', ready: EXPLORER_READY, count: EXPLORER_COUNT, origin: explorerOrigin },
    timelinejs: { url: tlOrigin + '/', ready: TIMELINEJS_READY, count: TIMELINEJS_COUNT, origin: tlOrigin },
  };
  const rows = { explorer: [], timelinejs: [] };
  const requested = { explorer: [], timelinejs: [] };
  const outside = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['timelinejs', 'explorer'] : ['explorer', 'timelinejs'];
    for (const name of order) {
      const side = sides[name];
      const { urls, ...row } = await drawn(browser, side.url, side.ready, side.count);
      rows[name].push(row);
      requested[name] = urls.filter((u) => u.startsWith(side.origin + '/')).map((u) => decodeURIComponent(new URL(u).pathname.slice(1)) || 'index.html');
      outside.push(...foreign(urls, side.origin).map((u) => `${name}: ${u}`));
    }
  }
  if (outside.length) throw new Error(`requests to other hosts (${outside.length}):\n  ${[...new Set(outside)].join('\n  ')}`);
  const side = (name) => ({
    url: name === 'explorer' ? '#/timeline' : 'index.html',
    ready: sides[name].ready,
    first_frame_ms: summary(rows[name].map((r) => r.frame)),
    ready_ms: summary(rows[name].map((r) => r.ready)),
    longest_task_ms: summary(rows[name].map((r) => r.longest_task)),
    drawn: { selector: sides[name].count, median: median(rows[name].map((r) => r.drawn)) },
    requested: requested[name],
  });
  const explorer = side('explorer');
  const timelinejs = side('timelinejs');
  const version = JSON.parse(await readFile(join(TIMELINEJS_DIST, '../package.json'), 'utf8')).version;
  return {
    what: 'navigation to the first drawn timeline: the ready selector(s) matching, then the next frame; fresh context each, the two alternating which goes first',
    rounds: runs,
    events,
    timelinejs_version: version,
    explorer,
    timelinejs,
    foreign_requests: 0,
    ratio: Math.round((explorer.first_frame_ms.median / timelinejs.first_frame_ms.median) * 100) / 100,
  };
}

/** TimelineJS's folder for `--vs-timelinejs`: its page, script and stylesheet (with the
 * icon font it links), and the JSON. */
async function timelinejsFolder(json) {
  const dir = resolve(dirname(out), `timelinejs-${label}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'js'), { recursive: true });
  await cp(join(TIMELINEJS_DIST, 'js/timeline.js'), join(dir, 'js/timeline.js'));
  await cp(join(TIMELINEJS_DIST, 'css/timeline.css'), join(dir, 'css/timeline.css'));
  await cp(join(TIMELINEJS_DIST, 'css/icons'), join(dir, 'css/icons'), { recursive: true });
  const text = await readFile(json, 'utf8');
  const events = JSON.parse(text).events.length;
  await writeFile(join(dir, 'timeline.json'), text);
  await writeFile(join(dir, 'index.html'), TIMELINEJS_PAGE);
  return { dir: dir + '/', events };
}

/** `--open-corpus DIR`: the `open` build (`?open`) over the files of DIR, chosen as a user
 * chooses them: from the input's change to the first view drawn (read, checked, the map
 * placed, drawn), and a reload (the kept files read from IndexedDB and checked again),
 * from navigation to the first view drawn. A fresh context per run. */
async function openCorpus(browser, origin, dir) {
  const files = readdirSync(dir).map((f) => join(dir, f));
  const chosen = [], reloaded = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // When the first view's heading is in the page, after the input's change (or, on a
    // reload, after navigation).
    await context.addInitScript(() => {
      document.addEventListener('change', () => { globalThis.__from = performance.now(); }, { capture: true });
      new MutationObserver((_, o) => {
        if (document.querySelector('main h2')) { globalThis.__drawn = performance.now(); o.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/?open`);
    await page.getByRole('heading', { name: 'Open your own corpus' }).waitFor({ timeout: 120000 });
    await page.getByLabel('Choose files').setInputFiles(files);
    await page.waitForFunction(() => globalThis.__drawn, null, { timeout: 120000, polling: 50 });
    chosen.push(await page.evaluate(() => globalThis.__drawn - globalThis.__from));
    await page.reload();
    await page.waitForFunction(() => globalThis.__drawn, null, { timeout: 120000, polling: 50 });
    reloaded.push(await page.evaluate(() => globalThis.__drawn));
    await context.close();
  }
  return { files: files.length, chosen_to_drawn_ms: summary(chosen), reload_to_drawn_ms: summary(reloaded) };
}

if (args['open-corpus']) {
  const server = await startServer(dist);
  const browser = await launch();
  try {
    const o = await openCorpus(browser, server.origin, resolve(args['open-corpus']));
    console.log(`${label} open a corpus (${o.files} files, ${runs} runs): chosen to drawn ${o.chosen_to_drawn_ms.median} ms (max ${o.chosen_to_drawn_ms.max}), reload to drawn ${o.reload_to_drawn_ms.median} ms (max ${o.reload_to_drawn_ms.max})`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify({ label, runs, chromium: browser.version(), open_corpus: o }, null, 2) + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

if (args['vs-timelinejs']) {
  const folder = await timelinejsFolder(args['vs-timelinejs']);
  const server = await startServer(dist);
  const tlServer = await startServer(folder.dir);
  const browser = await launch();
  try {
    const vs = await vsTimelinejs(browser, server.origin, tlServer.origin, folder.events);
    console.log(`${label} vs TimelineJS ${vs.timelinejs_version} (${vs.events} events, ${runs} rounds): explorer ${vs.explorer.first_frame_ms.median} ms, TimelineJS ${vs.timelinejs.first_frame_ms.median} ms to the first drawn timeline: ratio ${vs.ratio}`);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify({ label, runs, chromium: browser.version(), vs_timelinejs: vs }, null, 2) + '\n');
  } finally {
    await browser.close();
    await tlServer.close();
    await server.close();
  }
  process.exit(0);
}

const server = await startServer(dist);
const browser = await launch();
try {
  const views = {};
  for (const [name, view] of Object.entries(VIEWS).filter(([name]) => wanted(name))) {
    views[name] = await firstRender(browser, server.origin, view);
    console.log(`${label} ${name}: render ${views[name].render_ms.median} ms after the wasm (${views[name].wasm_ready_ms.median} ms in), longest task ${views[name].longest_task_ms.median} ms`);
  }
  const steps = await interactions(browser, server.origin);
  for (const [name, s] of Object.entries(steps)) console.log(`${label} ${name}: script ${s.script_ms.median} ms (max ${s.script_ms.max}), work ${s.work_ms.median} ms (max ${s.work_ms.max}), ${s.frame_ms.median} ms to the next frame, longest task max ${s.longest_task_ms.max} ms`);
  const sizes = only ? {} : await files(views);
  if (!only) console.log(`${label} first load: ${sizes.first_load.brotli} B brotli, ${sizes.first_load.gzip} B gzip`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ label, runs, chromium: browser.version(), views, interactions: steps, ...sizes }, null, 2) + '\n');
} finally {
  await browser.close();
  await server.close();
}
