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

/** The claims cards shown (not hidden, nor inside a hidden group), as their ids' codes. */
async function shownCards(x) {
  return x.page.locator('main .cl-group:not([hidden]) .items.claims > li:not([hidden])').evaluateAll((lis) => lis.map((li) => li.dataset.item));
}

test('"Only contested points" shows the comparisons that differ or conflict and nothing else, and survives a reload', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const contested = corpus.comparisons.filter((m) => m.verdict !== 'agree').map((m) => m.topic);
  assert.ok(contested.length > 0 && contested.length < corpus.comparisons.length);
  const toggle = x.page.getByRole('button', { name: 'Only contested points', exact: true });
  const before = (await shownCards(x)).length;
  await toggle.click();
  await x.page.waitForFunction(() => location.hash.includes('contested=1'));
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const topics = async () => x.page.locator('main .items.comparisons > li:not([hidden]) h3').allTextContents();
  assert.deepEqual(await topics(), contested);
  const cards = (await shownCards(x)).length;
  assert.ok(cards > 0 && cards < before, `${cards} of ${before} claims`);
  // The count beside the toggle and in the facet panel is the number of cards shown now.
  assert.equal(await x.count(), `Showing ${cards} of ${before} claims`);
  assert.equal(Number(await x.page.locator('main .tl-tools .row .n').textContent()), cards);
  // Every matrix row left is a contested point.
  assert.deepEqual(await x.page.locator('table.matrix tbody tr:not([hidden]) th').allTextContents(), contested);
  await x.page.reload();
  await x.page.locator('main h2').first().waitFor();
  assert.deepEqual(await topics(), contested);
  assert.equal(await x.page.getByRole('button', { name: 'Only contested points', exact: true }).getAttribute('aria-pressed'), 'true');
  // It narrows the other views too: the timeline shows fewer events.
  await x.nav('Timeline').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/timeline') && location.hash.includes('contested=1'));
  assert.match(await x.count(), /^Showing \d+ of \d+ events$/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('grouping and order are in the link: by source, each group a source, by date in date order', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?group=source&sort=date');
  const heads = await x.page.locator('main .cl-group > h3').allTextContents();
  assert.deepEqual(heads, corpus.documents.map((d) => d.title));
  // Inside a group, the dates the claims concern never go back, and undated claims come last.
  const days = await x.page.locator('main .cl-group').first().locator('.items.claims > li').evaluateAll((lis) =>
    lis.map((li) => li.querySelector('.meta time')?.textContent ?? null));
  const firstUndated = days.indexOf(null);
  assert.ok(firstUndated === -1 || days.slice(firstUndated).every((d) => d === null), 'undated claims last');
  const parse = (s) => Date.parse(`1 ${s}`) || Date.parse(`${s}-01-01`) || Date.parse(s);
  const dated = days.filter((d) => d !== null).map(parse);
  for (let i = 1; i < dated.length; i++) assert.ok(dated[i] >= dated[i - 1], `${days[i - 1]} then ${days[i]}`);
  // The select changes the link, and Back restores it.
  await x.page.locator('#cl-group').selectOption('type');
  await x.page.waitForFunction(() => location.hash.includes('group=type'));
  assert.ok((await x.page.locator('main .cl-group > h3').allTextContents()).includes('Prediction'));
  await x.page.goBack();
  await x.page.waitForFunction(() => location.hash.includes('group=source'));
  assert.deepEqual(await x.page.locator('main .cl-group > h3').allTextContents(), heads);
  // A claim about several actors is under each of them.
  await x.goto('#/claims?group=actor');
  const japan = corpus.claims.filter((c) => c.actors.includes('japan')).length;
  const group = x.page.locator('main .cl-group', { has: x.page.locator('h3', { hasText: /^Japan$/ }) });
  assert.equal(await group.locator('.items.claims > li').count(), japan);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the table shows the same claims as the cards, and the filter hides its rows', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?kind=claim.statistic');
  const cards = await shownCards(x);
  await x.page.locator('[data-cl]').click();
  await x.page.locator('main table.tl-table').waitFor();
  const rows = await x.page.locator('main table.tl-table tbody:not([hidden]) tr[data-item]:not([hidden])').evaluateAll((trs) => trs.map((t) => t.dataset.item));
  assert.deepEqual(rows, cards);
  assert.deepEqual(await x.page.locator('main table.tl-table thead th').allTextContents(), ['Claim', 'Type', 'Asserted by', 'Source', 'Concerns']);
  await x.page.close();
});

test('a card\'s "Show in the article" opens the reader at its passage', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const card = x.page.locator('main .items.claims > li').first();
  const quote = (await card.locator('blockquote').first().textContent()).replace(/^“|”$/g, '');
  await card.getByRole('link', { name: 'Show in the article' }).first().click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/sources/') && location.hash.includes('hl='));
  const target = x.page.locator('.fulltext .target');
  await target.waitFor();
  assert.ok(quote.includes((await target.textContent()).trim().slice(0, 30)), 'the marked passage is the quote');
  await x.page.close();
});

test('a reading-note marker on a card opens the note', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const flag = x.page.locator('main .note-flag').first();
  const label = await flag.textContent();
  await flag.click();
  await x.panel().waitFor();
  assert.match(await x.hash(), /sel=note:[a-z-]+\.\d+/);
  assert.equal(await x.page.locator('#panel .kind').first().textContent(), 'Reading note');
  assert.ok(label.includes(await x.page.locator('#panel .badge').first().textContent()), label);
  await x.page.close();
});

test('facet counts match the cards shown', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?source=sando-eaf');
  for (const label of ['Prediction', 'Assessment']) {
    const n = Number(await x.facet(label).locator('.n').textContent());
    await x.facet(label).locator('input').check();
    await x.page.waitForFunction((l) => location.hash.includes('kind='), label);
    assert.equal((await shownCards(x)).length, n, label);
    await x.facet(label).locator('input').uncheck();
    await x.page.waitForFunction(() => !location.hash.includes('kind='));
  }
  const n = Number(await x.facet('Only contested points').locator('.n').textContent());
  await x.facet('Only contested points').locator('input').check();
  await x.page.waitForFunction(() => location.hash.includes('contested=1'));
  assert.equal((await shownCards(x)).length, n);
  await x.page.close();
});
