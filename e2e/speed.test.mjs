// Records (does not assert) how long a filter change takes to reach the screen: from
// the input event to the next frame, for typing a word, toggling a facet and clearing
// everything, on each list view. The medians are printed and written to
// target/speed-explore.json; docs/speed.md keeps them. What is asserted is only that
// each change did what it should.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
const results = {};
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => {
  await browser.close();
  await server.close();
  await mkdir(new URL('../target/', import.meta.url), { recursive: true });
  await writeFile(new URL('../target/speed-explore.json', import.meta.url), JSON.stringify(results, null, 2));
  console.log('input → next frame, median ms:', JSON.stringify(results));
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `act` in the page and resolves with the ms until the frame after it. */
async function frameAfter(page, act) {
  return page.evaluate(async (src) => {
    const t0 = performance.now();
    (0, eval)(src)();
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - t0;
  }, `(${act})`);
}

/** Runs `act` and resolves with the ms until its effects have run (a timer after them). */
async function workAfter(page, act) {
  return page.evaluate(async (src) => {
    const t0 = performance.now();
    (0, eval)(src)();
    await new Promise((ok) => setTimeout(ok, 0));
    return performance.now() - t0;
  }, `(${act})`);
}

const type = (text) => `() => { const q = document.getElementById('q'); q.value = ${JSON.stringify(text)}; q.dispatchEvent(new Event('input', { bubbles: true })); }`;
const click = (selector) => `() => document.querySelector(${JSON.stringify(selector)}).click()`;

for (const view of ['claims', 'timeline', 'map']) {
  test(`a filter change on #/${view} reaches the screen (timed)`, async () => {
    const x = await Explorer.open(browser, server.origin, `#/${view}`);
    const all = await x.count();
    const typing = [];
    const toggling = [];
    const clearing = [];
    for (let round = 0; round < 5; round++) {
      // Typing a word, a keystroke at a time.
      for (const prefix of ['k', 'ku', 'kur', 'kurs', 'kursk']) typing.push(await frameAfter(x.page, type(prefix)));
      assert.notEqual(await x.count(), all, 'the search narrowed the view');
      toggling.push(await frameAfter(x.page, click('#facets .actors label.row input')));
      await x.page.waitForFunction(() => location.hash.includes('actor='));
      clearing.push(await frameAfter(x.page, click('#facets .facets-head button')));
      await x.page.waitForFunction(() => !location.hash.includes('?'));
      assert.equal(await x.count(), all, 'clearing brought everything back');
    }
    results[view] = { typing: median(typing), toggle: median(toggling), clear: median(clearing) };
    await x.page.close();
  });
}

test('a zoom or pan step on the timeline reaches the screen (timed)', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await x.page.locator('#tl-chart [data-ev]').first().waitFor();
  const wheel = (dy) => `() => { const c = document.getElementById('tl-chart'); const r = c.getBoundingClientRect();
    c.dispatchEvent(new WheelEvent('wheel', { deltaY: ${dy}, clientX: r.left + r.width / 2, clientY: r.top + 40, bubbles: true, cancelable: true })); }`;
  const key = (k) => `() => document.getElementById('tl-chart').dispatchEvent(new KeyboardEvent('keydown', { key: '${k}', bubbles: true, cancelable: true }))`;
  const steps = { wheel: [], button: [], pan: [], work: [] };
  const before = await x.page.locator('#tl-announce').textContent();
  for (let round = 0; round < 5; round++) {
    for (const dy of [-100, -100, 100, 100]) steps.wheel.push(await frameAfter(x.page, wheel(dy)));
    steps.button.push(await frameAfter(x.page, click('main .tl-tools button[aria-label="Zoom in"]')));
    steps.button.push(await frameAfter(x.page, click('main .tl-tools button[aria-label="Zoom out"]')));
    steps.pan.push(await frameAfter(x.page, key('ArrowRight')));
    steps.pan.push(await frameAfter(x.page, key('ArrowLeft')));
    steps.work.push(await workAfter(x.page, click('main .tl-tools button[aria-label="Zoom in"]')));
    steps.work.push(await workAfter(x.page, click('main .tl-tools button[aria-label="Zoom out"]')));
  }
  assert.ok(await x.hash().then((h) => h.includes('tw=')), 'the steps moved the window');
  await frameAfter(x.page, click('main .tl-tools button[aria-label="Zoom in"]'));
  assert.notEqual(await x.page.locator('#tl-announce').textContent(), before, 'a zoom changed the window');
  results.timeline_zoom = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)]));
  await x.page.close();
});

test('a slider step, a layout switch and a zoom step on the map reach the screen (timed)', async () => {
  const x = await Explorer.open(browser, server.origin, '#/map');
  await x.page.locator('#map-marks .node').first().waitFor();
  const slide = (v) => `() => { const s = document.getElementById('asof'); s.value = '${v}'; s.dispatchEvent(new Event('input', { bubbles: true })); }`;
  const max = Number(await x.page.locator('#asof').getAttribute('max'));
  const steps = { slider: [], slider_work: [], zoom: [], toggle_facet: [] };
  for (let round = 0; round < 5; round++) {
    for (const v of [max - 10, max - 5, max - 1]) steps.slider.push(await frameAfter(x.page, slide(v)));
    steps.slider_work.push(await workAfter(x.page, slide(max - 3)));
    steps.zoom.push(await frameAfter(x.page, click('main .tl-tools button[aria-label="Zoom in"]')));
    steps.zoom.push(await frameAfter(x.page, click('main .tl-tools button[aria-label="Zoom out"]')));
    steps.toggle_facet.push(await frameAfter(x.page, click('.legend-types button')));
    steps.toggle_facet.push(await frameAfter(x.page, click('.legend-types button')));
  }
  assert.ok((await x.hash()).includes('asof='), 'the slider wrote the date');
  results.map_steps = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)]));
  await x.page.close();
});
