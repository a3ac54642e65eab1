// The printed handout: every view prints without its controls, with the active filter
// and a link back at the top; the timeline as a dated list, the map as the picture plus
// a table of its ties, the claims with their sources and reading notes. Each view is
// printed to PDF (target/print/*.pdf, to look at).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

const OUT = new URL('../target/print/', import.meta.url);
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); await mkdir(OUT, { recursive: true }); });
after(async () => { await browser.close(); await server.close(); });

/** Opens `hash`, switches to print media, checks what every handout shares, prints it. */
async function printed(name, hash) {
  // Open: the view drawn and every list that comes in a few items a frame arrived.
  const x = await Explorer.open(browser, server.origin, hash);
  await x.page.emulateMedia({ media: 'print' });
  const head = x.page.locator('#print-head');
  assert.ok(await head.isVisible(), `${name}: the link back is printed`);
  assert.equal(await head.textContent(), `Printed from ${server.origin}/${hash}`);
  for (const chrome of ['nav', '.share', '#facets', '.search', 'main .tl-tools']) {
    const visible = await x.page.locator(chrome).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(visible, 0, `${name}: ${chrome} is not printed`);
  }
  const pdf = await x.page.pdf({ path: new URL(`${name}.pdf`, OUT).pathname, format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  return x;
}

test('the timeline prints as a dated list of the events that pass the filter', async () => {
  const x = await printed('timeline', '#/timeline?actor=japan');
  assert.equal(await x.page.locator('#tl-chart').isVisible(), false);
  const rows = x.page.locator('main .print-only tbody tr:not([hidden])');
  const shown = Number((await x.count()).match(/Showing (\d+)/)[1]);
  assert.equal(await rows.count(), shown, 'one row per event shown');
  assert.ok(await rows.first().isVisible());
  assert.match(await x.page.locator('.active-filters').textContent(), /actor: Japan/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the map prints as the picture and a table of the ties drawn', async () => {
  const x = await printed('map', '#/map?actor=japan');
  assert.ok(await x.page.locator('#map-svg').isVisible());
  // One edge per pair of actors, named with how many ties it stands for.
  const ties = await x.page.locator('#map-marks .edge').evaluateAll((els) => els
    .map((e) => Number(e.getAttribute('aria-label').match(/: (\d+) relations?/)[1]))
    .reduce((a, b) => a + b, 0));
  const rows = x.page.locator('#map-print tbody tr');
  assert.ok(ties > 0);
  assert.equal(await rows.count(), ties, 'one row per tie drawn');
  assert.ok(await rows.first().isVisible());
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the map prints whole even while its marks are still coming in', async () => {
  // "Show every relation" brings 119 edges, which come a few a frame; printing at once
  // (the browser's beforeprint, before any frame) draws them all, and the map is no
  // longer busy.
  const x = await Explorer.open(browser, server.origin, '#/map');
  await x.page.locator('#map-marks:not([aria-busy])').waitFor({ state: 'attached' });
  const printed = await x.page.evaluate(async () => {
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Show every relation').click();
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((done) => setTimeout(done, 0));
    const marks = document.getElementById('map-marks');
    return { busy: marks.getAttribute('aria-busy'), edges: marks.querySelectorAll('.edge:not(.gone)').length };
  });
  await x.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await x.page.locator('#map-marks:not([aria-busy])').waitFor({ state: 'attached' });
  const all = await x.page.locator('#map-marks .edge:not(.gone)').count();
  assert.ok(all > 32, `more edges (${all}) than a frame draws`);
  assert.deepEqual(printed, { busy: null, edges: all });
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the claims print with their sources and the reading notes written out', async () => {
  const x = await printed('claims', '#/claims?contested=1');
  const shown = 'main .claim:not([hidden])';
  const flags = await x.page.locator(`${shown} .note-flag`).count();
  assert.ok(flags > 0, 'some contested claims carry a reading note');
  const notes = x.page.locator(`${shown} .note-text`);
  assert.equal(await notes.count(), flags);
  assert.equal(await notes.evaluateAll((els) => els.filter((e) => e.checkVisibility()).length), flags, 'every note is printed');
  const cards = await x.page.locator(shown).count();
  assert.equal(await x.page.locator(`${shown} .cite`).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length) >= cards, true, 'each claim names its source');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a source and a lesson step print too', async () => {
  for (const [name, hash] of [['source', '#/sources/putin-kim-alarm'], ['lesson', '#/claims?lesson=five-sources&step=2']]) {
    const x = await printed(name, hash);
    assert.ok(await x.page.locator('main h2').first().isVisible());
    assert.deepEqual(x.errors, []);
    await x.page.close();
  }
});
