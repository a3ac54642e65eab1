// Another corpus builds another explorer: built over tests/fixtures/other-corpus (a
// river cleanup), the page names that topic and nothing of the alliance corpus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer, DIST_OTHER } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(DIST_OTHER); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// Words that name the alliance corpus's topic, its title or its sources.
const FOREIGN = ['Alliance Explorer', 'Russia', 'North Korea', 'Pyongyang', 'Japan', 'Indo-Pacific', 'five articles', 'Beşer', 'Bluebook'];

test('the page shell names the other corpus before the wasm runs', async () => {
  const html = await readFile(new URL('index.html', `file://${DIST_OTHER}`), 'utf8');
  assert.match(html, /<title>River Explorer<\/title>/);
  assert.match(html, /What one local report says about cleaning up the Mill River/);
  assert.match(html, /content="Explore one local report on the Mill River cleanup/);
  for (const word of FOREIGN) assert.ok(!html.includes(word), `index.html mentions ${word}`);
});

test('the explorer names its own topic, opens its default view and counts in number', async () => {
  const x = await Explorer.open(browser, server.origin, '');
  assert.equal(await x.heading(), 'Claims', 'default_view = "claims"');
  assert.equal(await x.page.locator('h1').textContent(), 'River Explorer');
  assert.equal(await x.page.title(), 'River Explorer');
  assert.equal((await x.count()).trim(), '1 claim');
  assert.match(await x.page.locator('main').textContent(), /No comparisons in this corpus/);
  for (const route of ['', '#/timeline', '#/map', '#/sources', '#/sources/river-report']) {
    await x.goto(route);
    const html = await x.page.content();
    for (const word of FOREIGN) assert.ok(!html.includes(word), `${route || 'no hash'} mentions ${word}`);
  }
  await x.goto('#/sources/river-report');
  assert.match(await x.page.locator('main').textContent(), /No reading notes on this article/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
