// The "Colours" choice (as the system, light, dark), remembered across visits where the
// page may use storage and harmless where it may not; and the projector's width, where
// all text, the charts' labels included, is drawn larger and the charts still answer
// the pointer where it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, colours, openIn } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const background = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
const LIGHT = '#fdfdfb';
const DARK = '#15171b';

const open = (context, hash = '#/claims') => openIn(context, server.origin, hash);

test('the colours follow the system until chosen, and the choice is remembered', async () => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const { page, errors } = await open(context);
  const theme = await colours(page);
  assert.equal(await theme.inputValue(), '', 'as the system by default');
  assert.equal(await background(page), DARK, 'a dark system gives dark colours');
  await theme.selectOption({ label: 'Light' });
  assert.equal(await background(page), LIGHT);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'light', 'form controls follow');
  // Another visit, another view: still light.
  await page.goto(`${server.origin}/#/timeline`);
  await page.locator('main h2').first().waitFor();
  assert.equal(await background(page), LIGHT);
  assert.equal(await (await colours(page)).inputValue(), 'light', 'the control shows the choice');
  await (await colours(page)).selectOption({ label: 'Dark' });
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await background(page), DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(page), DARK, 'a chosen theme holds whatever the system says');
  // Back to the system's: nothing is kept.
  await (await colours(page)).selectOption({ label: 'As the system' });
  assert.equal(await background(page), LIGHT);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('theme')).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('theme= in the address sets the colours for the visit, over the kept choice, and keeps it out of storage', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const { page, errors } = await open(context);
  await (await colours(page)).selectOption({ label: 'Light' });
  // A link asking for dark: dark, whatever the system and the kept choice say.
  await page.goto(`${server.origin}/#/map?theme=dark`);
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await background(page), DARK);
  assert.equal(await (await colours(page)).inputValue(), 'dark', 'the control shows the colours in force');
  assert.equal(await page.evaluate(() => localStorage.getItem('alliance-explorer:theme')), 'light', 'the kept choice is untouched');
  // It holds through the explorer's own changes of state, which keep it in the address.
  await page.getByRole('link', { name: 'Claims' }).first().click();
  await page.locator('main h2', { hasText: 'Claims' }).waitFor();
  assert.match(page.url(), /theme=dark/);
  assert.equal(await background(page), DARK);
  // Following a link that asks for light, then Back to the dark one.
  await page.evaluate(() => { location.hash = '#/timeline?theme=light'; });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal(await background(page), LIGHT);
  assert.equal(await (await colours(page)).inputValue(), 'light');
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  // Choosing in the menu writes the choice into the address, so it never says other
  // colours than those shown; as the system's takes theme= out of it.
  await (await colours(page)).selectOption({ label: 'Light' });
  await page.waitForFunction(() => /theme=light/.test(location.hash));
  await (await colours(page)).selectOption({ label: 'As the system' });
  await page.waitForFunction(() => !/theme=/.test(location.hash));
  assert.equal(await page.evaluate(() => localStorage.getItem('alliance-explorer:theme')), null);
  // A value that is no theme is dropped with a notice, and the usual colours apply.
  await page.goto(`${server.origin}/#/claims?theme=purple`);
  await page.reload();
  await page.getByText('theme=“purple” is neither light nor dark; showing the usual colours').waitFor();
  assert.equal(await background(page), LIGHT);
  assert.deepEqual(errors, []);
  await context.close();
});

test('where storage is refused, the choice holds for the visit and nothing fails', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  // What a cross-site frame with third-party storage blocked, or a strict file:// page,
  // does: reading localStorage throws a SecurityError.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page, errors } = await open(context);
  await (await colours(page)).selectOption({ label: 'Dark' });
  assert.equal(await background(page), DARK, 'chosen for this visit');
  // The explorer goes on working.
  await page.locator('#q').fill('kursk');
  await page.waitForFunction(() => location.hash.includes('q=kursk'));
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await background(page), LIGHT, 'not remembered, since it could not be');
  assert.equal(await (await colours(page)).inputValue(), '');
  assert.deepEqual(errors, [], 'no error reached the page');
  await context.close();
});

test('on a projector (1920 px) text is larger, the charts too, and they still zoom where the pointer is', async () => {
  const sizes = {};
  for (const width of [1440, 1920]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`${server.origin}/#/timeline`);
    const label = page.locator('#tl-chart .ev-label').first();
    await label.waitFor();
    sizes[width] = await page.evaluate(() => ({
      text: parseFloat(getComputedStyle(document.querySelector('main h2 + .count, main p')).fontSize),
      label: document.querySelector('#tl-chart .ev-label').getBoundingClientRect().height,
    }));
    // A wheel notch over a mark zooms at the pointer: the mark stays under it.
    const mark = page.locator('#tl-chart [data-ev] rect.hit').first();
    const before = await mark.boundingBox();
    const x = before.x + 4;
    await page.mouse.move(x, before.y + before.height / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => location.hash.includes('tw='));
    await page.waitForTimeout(100);
    const after = await mark.boundingBox();
    assert.ok(Math.abs(after.x + 4 - x) <= 12, `at ${width}px the mark moved from ${x} to ${after.x + 4} under a wheel zoom at it`);
    await page.close();
  }
  assert.ok(sizes[1920].text >= 1.2 * sizes[1440].text, `text ${sizes[1440].text} → ${sizes[1920].text} px`);
  assert.ok(sizes[1920].label >= 1.2 * sizes[1440].label, `chart labels ${sizes[1440].label} → ${sizes[1920].label} px high`);
});

test('on a projector the map zooms where the pointer is, too', async () => {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1000 } });
  await page.goto(`${server.origin}/#/map`);
  await page.locator('#map-marks .node').first().waitFor();
  // The actor nearest the middle of the map, so that no edge stops the zoom.
  const index = await page.evaluate(() => {
    const c = document.getElementById('map-chart').getBoundingClientRect();
    const d = (n) => { const r = n.getBoundingClientRect(); return Math.hypot(r.x + r.width / 2 - c.x - c.width / 2, r.y + r.height / 2 - c.y - c.height / 2); };
    const nodes = [...document.querySelectorAll('#map-marks .node')];
    return nodes.indexOf(nodes.reduce((a, b) => (d(a) <= d(b) ? a : b)));
  });
  const node = page.locator('#map-marks .node').nth(index);
  const before = await node.boundingBox();
  const [cx, cy] = [before.x + before.width / 2, before.y + before.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -100);
  await page.waitForTimeout(700);
  const after = await node.boundingBox();
  assert.ok(Math.hypot(after.x + after.width / 2 - cx, after.y + after.height / 2 - cy) <= 12,
    `the actor moved from ${cx},${cy} to ${after.x + after.width / 2},${after.y + after.height / 2} under a wheel zoom at it`);
  const svg = await page.locator('#map-svg').boundingBox();
  const chart = await page.locator('#map-chart').boundingBox();
  assert.ok(Math.abs(svg.width - chart.width) <= 2, 'the map fills its frame');
  await page.close();
});

test('colour is never the only carrier of meaning: every type is named, statuses are also patterns', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The map, a tie at a time: each tie's name gives its type (as the legend names it)
  // and its status; the statuses other than asserted and historical are dash patterns,
  // each its own. (A pair's edge names its types: the map test checks it.)
  await page.goto(`${server.origin}/#/map?every=1`);
  await page.locator('#map-marks .edge').first().waitFor();
  const map = await page.evaluate(() => {
    const types = [...document.querySelectorAll('.legend-types button')].map((b) => b.textContent.trim());
    const edges = [...document.querySelectorAll('#map-marks .edge')];
    const unnamed = edges.filter((e) => !types.some((t) => e.getAttribute('aria-label').includes(`: ${t},`))).length;
    const dashes = {};
    for (const e of edges) {
      const status = [...e.classList].find((c) => c.startsWith('s-'));
      dashes[status] = getComputedStyle(e).strokeDasharray;
    }
    return { types: types.length, edges: edges.length, unnamed, dashes };
  });
  assert.ok(map.types > 5 && map.edges > 50);
  assert.equal(map.unnamed, 0, 'every tie names its type');
  const patterned = ['s-speculative', 's-predicted', 's-recommended'].filter((s) => map.dashes[s]);
  assert.ok(patterned.length >= 2, JSON.stringify(map.dashes));
  assert.equal(new Set(patterned.map((s) => map.dashes[s])).size, patterned.length, 'each status its own pattern');
  assert.ok(patterned.every((s) => map.dashes[s] !== 'none'));
  // The timeline: every kind of mark has a lane with its name.
  await page.goto(`${server.origin}/#/timeline`);
  await page.locator('#tl-chart [data-ev]').first().waitFor();
  const tl = await page.evaluate(() => ({
    kinds: new Set([...document.querySelectorAll('#tl-chart .ev')].map((e) => [...e.classList].find((c) => /^k\d+$/.test(c)))).size,
    labels: [...document.querySelectorAll('#tl-chart .band-label')].map((t) => t.textContent.trim()).filter(Boolean).length,
  }));
  assert.ok(tl.kinds > 3 && tl.labels >= tl.kinds, JSON.stringify(tl));
  // The claims: the type and who asserts it are words on every card.
  await page.goto(`${server.origin}/#/claims`);
  await page.locator('main .claim').first().waitFor();
  const bare = await page.evaluate(() => [...document.querySelectorAll('main .claim .meta:first-child .badge')].filter((b) => !b.textContent.trim()).length);
  assert.equal(bare, 0);
  await page.close();
});

test('a page printed from dark colours is printed light', async () => {
  for (const [scheme, choice] of [['dark', null], ['light', 'Dark']]) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: scheme });
    await page.goto(`${server.origin}/#/claims`);
    await page.locator('main .claim').first().waitFor();
    if (choice) await (await colours(page)).selectOption({ label: choice });
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    const [bg, fg] = await page.evaluate(() => {
      const card = getComputedStyle(document.querySelector('main .claim'));
      return [card.backgroundColor, card.color];
    });
    assert.equal(bg, 'rgb(255, 255, 255)', `${scheme} system, ${choice ?? 'no choice'}: the cards are white on paper`);
    assert.equal(fg, 'rgb(0, 0, 0)');
    await page.close();
  }
});
