// Every route draws its data without console errors or foreign requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const ROUTES = [
  ['#/timeline', 'Timeline'],
  ['#/map', 'Alliance map'],
  ['#/claims', 'Claims'],
  ['#/sources', 'Sources'],
  ['#/sources/beser-eurasian', null],
  ['', 'Timeline'],
];

for (const [hash, heading] of ROUTES) {
  test(`${hash || 'no hash'} renders its list without errors`, async () => {
    const x = await Explorer.open(browser, server.origin, hash);
    const shown = await x.heading();
    if (heading) assert.equal(shown, heading);
    else assert.ok(shown.length > 10, `a document title, got ${shown}`);
    if (!hash.startsWith('#/sources/')) assert.ok((await x.items().count()) > 0, 'items shown');
    assert.deepEqual(x.errors, []);
    assert.deepEqual(x.foreignRequests(), []);
    await x.page.close();
  });
}

test('the source view shows the whole article text', async () => {
  const x = await Explorer.open(browser, server.origin, '#/sources/sando-eaf');
  // The text without the reading notes' markers and boxes set beside it.
  const text = await x.page.evaluate(() => [...document.querySelectorAll('.fulltext p')]
    .map((p) => [...p.querySelectorAll(':scope > span')].map((s) => s.textContent).join('')).join(' '));
  assert.ok(text.includes('By Ben Sando In November 2024, Japanese Foreign Minister Takeshi Iwaya stopped in Kyiv'));
  assert.ok(text.includes('Only sustained security cooperation with Seoul will allow Tokyo to preserve its FOIP vision'));
  await x.page.close();
});

test('the explorer works from a sub-path of a static host', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims', { base: '/deep/path/' });
  assert.equal(await x.heading(), 'Claims');
  assert.ok((await x.items().count()) > 0);
  assert.deepEqual(x.errors, []);
  assert.deepEqual(x.foreignRequests(), []);
  await x.page.close();
});

test('it reads on a phone-sized screen', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims', { viewport: { width: 375, height: 740 } });
  const overflow = await x.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await x.page.close();
});

test('the page shows its header and a loading line before the wasm, and the explorer replaces them', async () => {
  const page = await browser.newPage();
  // Hold the wasm back: what the browser paints first is index.html and the stylesheet.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.origin}/#/claims`);
  const boot = page.locator('#boot');
  await boot.waitFor();
  assert.equal(await boot.locator('h1').textContent(), 'Alliance Explorer');
  assert.match(await boot.locator('.loading').textContent(), /Loading the explorer/);
  const color = await boot.locator('.loading').evaluate((e) => getComputedStyle(e).color);
  assert.notEqual(color, 'rgb(0, 0, 0)', 'the stylesheet already styles it');
  release();
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.locator('#boot').count(), 0);
  assert.equal(await page.locator('h1').count(), 1, 'one header, not two');
  await page.close();
});
