// The claim × source matrix: a column per source, a row per comparison, each cell a
// word (and a symbol) that the seeds' positions give, a cell opening the comparison.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test('the matrix has a column per source and a row per comparison, and a cell opens the comparison', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const table = x.page.locator('table.matrix');
  await table.waitFor();
  const heads = await table.locator('thead th').allTextContents();
  assert.deepEqual(heads.slice(1), corpus.documents.map((d) => d.title));
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), corpus.comparisons.length);
  assert.deepEqual(await table.locator('tbody th[scope=row]').allTextContents(), corpus.comparisons.map((m) => m.topic));
  const words = await table.locator('tbody td').evaluateAll((tds) => tds.map((td) => td.textContent.replace(/^\S+ /, '')));
  assert.equal(words.length, corpus.comparisons.length * corpus.documents.length);
  for (const w of words) assert.match(w, /^(silent|asserts|agrees|differs|conflicts|contradicts itself)$/);
  // The pact: the Bluebook asserts it, the alarm piece conflicts (it calls it potential).
  const pact = corpus.comparisons.findIndex((m) => m.id === 'pact-signed-or-potential');
  const cells = await rows.nth(pact).locator('td').allTextContents();
  const col = (id) => corpus.documents.findIndex((d) => d.id === id);
  assert.match(cells[col('japan-bluebook-concerns')], /asserts$/);
  assert.match(cells[col('putin-kim-alarm')], /conflicts$/);
  // Every source with a side in a comparison has a cell that is not silent, and back.
  for (const [i, m] of corpus.comparisons.entries()) {
    const withSide = new Set(m.sides.map((s) => s.evidence[0].document));
    const row = await rows.nth(i).locator('td').allTextContents();
    corpus.documents.forEach((d, j) => assert.equal(!row[j].endsWith('silent'), withSide.has(d.id), `${m.id} × ${d.id}`));
  }
  await rows.nth(pact).locator('td button').first().click();
  await x.panel().waitFor();
  assert.equal(await x.page.locator('#panel-h').textContent(), corpus.comparisons[pact].topic);
  assert.match(await x.hash(), /sel=comparison:pact-signed-or-potential/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('on a phone the matrix scrolls sideways and its first column stays', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims', { viewport: { width: 390, height: 844 } });
  const wrap = x.page.locator('.matrix-wrap');
  await wrap.waitFor();
  const [client, scroll] = await wrap.evaluate((w) => [w.clientWidth, w.scrollWidth]);
  assert.ok(scroll > client, 'the table is wider than the phone');
  const first = x.page.locator('table.matrix tbody th').first();
  const before = (await first.boundingBox()).x;
  await wrap.evaluate((w) => { w.scrollLeft = 300; });
  await x.page.waitForTimeout(100);
  assert.ok(Math.abs((await first.boundingBox()).x - before) < 1, 'the row heads stay put');
  const overflow = await x.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page itself scrolls sideways by ${overflow}px`);
  await x.page.close();
});

test('"How to read this" explains every claim type, asserter, verdict and matrix cell the view shows', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const how = x.page.locator('details.how');
  await how.locator('summary').click();
  const terms = await how.locator('dt').allTextContents();
  // Every claim-type badge on the cards is explained.
  const badges = new Set(await x.page.locator('main .items .badge[class*="claim-"]').allTextContents());
  assert.ok(badges.size >= 4, [...badges].join());
  for (const b of badges) assert.ok(terms.includes(b), `${b} is explained`);
  for (const v of ['Agree', 'Differ', 'Conflict']) assert.ok(terms.includes(v), v);
  const cells = new Set(await x.page.locator('table.matrix td').evaluateAll((tds) => tds.map((td) => td.textContent.replace(/^\S+ /, ''))));
  for (const c of cells) assert.ok(terms.includes(c), `the cell "${c}" is explained`);
  await x.page.close();
});
