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
  await x.page.waitForFunction(() => location.hash.includes('sel=comparison'));
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

/** The claim cards drawn, as their claims' texts (a card is drawn only while its claim
 * passes the filter). */
async function shownCards(x) {
  return x.page.locator('main .cl-group .items.claims > li').evaluateAll((lis) => lis.map((li) => li.querySelector('.claim-text').textContent));
}

const shown = (text) => Number((text.match(/Showing (\d+) of/) ?? text.match(/^(\d+) /))[1]);

/** The claims toolbar's own controls, by role and name. */
const tools = (x) => x.page.getByRole('group', { name: 'Claim controls' });
const tableToggle = (x) => tools(x).getByRole('button', { name: 'Table', exact: true });

/** The claims' own "Show more" (the matrix and the comparisons have theirs). */
const claimsMore = (x) => x.page.getByRole('region', { name: 'Claims', exact: true }).getByRole('button', { name: /^Show \d+ more/ });

/** "Show more" until every claim that passes is drawn (a long list comes a page at a time). */
async function showAll(x) {
  const more = claimsMore(x);
  while (await more.count() > 0) {
    const before = await x.page.locator('main .items.claims > li, main table.tl-table tbody tr:has(td)').count();
    // By keyboard: a pointer's click can land beside the button when the page's layout
    // settles between its press and its release (the cards just added above it).
    await more.press('Enter');
    await x.page.waitForFunction((n) => document.querySelectorAll('main .items.claims > li, main table.tl-table tbody tr:has(td)').length > n, before);
  }
}

/** The total in the count line: "215 claims" or "Showing 94 of 215 claims". */
// The first page of cards, and each "Show more" (`CARDS` in src/ui/claims.rs).
const PAGE = 20;
const total = (text) => Number(text.match(/(\d+) claims?$/)[1]);

test('"Only contested points" shows the comparisons that differ or conflict and nothing else, and survives a reload', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const contested = corpus.comparisons.filter((m) => m.verdict !== 'agree').map((m) => m.topic);
  assert.ok(contested.length > 0 && contested.length < corpus.comparisons.length);
  const toggle = x.page.getByRole('button', { name: 'Only contested points', exact: true });
  const before = total(await x.count());
  assert.ok((await shownCards(x)).length > 0);
  await toggle.click();
  await x.page.waitForFunction(() => location.hash.includes('contested=1'));
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const topics = async () => x.page.locator('main .items.comparisons > li:not([hidden]) h3').allTextContents();
  assert.deepEqual(await topics(), contested);
  await showAll(x);
  const cards = (await shownCards(x)).length;
  assert.ok(cards > 0 && cards < before, `${cards} of ${before} claims`);
  // The count beside the toggle and in the facet panel is the number of cards shown now.
  assert.equal(await x.count(), `Showing ${cards} of ${before} claims`);
  assert.equal(Number(await x.page.locator('main .tl-tools .row .n').textContent()), cards);
  // Every matrix row left is a contested point.
  assert.deepEqual(await x.page.locator('table.matrix tbody th').allTextContents(), contested);
  await x.page.reload();
  await x.page.locator('main h2').first().waitFor();
  await x.settled();
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
  await showAll(x);
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
  await x.page.locator('main .cl-group > h3').first().waitFor();
  await showAll(x);
  assert.ok((await x.page.locator('main .cl-group > h3').allTextContents()).includes('Prediction'));
  await x.page.goBack();
  // The grouping select follows the link in the same update as the cards: once it says
  // "source", the cards are those of the link Back restored (not the page before it).
  await x.page.waitForFunction(() => location.hash.includes('group=source') && document.getElementById('cl-group').value === 'source');
  await showAll(x);
  assert.deepEqual(await x.page.locator('main .cl-group > h3').allTextContents(), heads);
  // A claim about several actors is under each of them.
  await x.goto('#/claims?group=actor');
  await x.page.waitForFunction(() => document.getElementById('cl-group').value === 'actor');
  await showAll(x);
  const japan = corpus.claims.filter((c) => c.actors.includes('japan')).length;
  const group = x.page.locator('main .cl-group', { has: x.page.locator('h3', { hasText: /^Japan$/ }) });
  assert.equal(await group.locator('.items.claims > li').count(), japan);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the table shows the same claims as the cards, and the filter hides its rows', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?kind=claim.statistic');
  const cards = await shownCards(x);
  assert.equal(cards.length, shown(await x.count()));
  await tableToggle(x).click();
  await x.page.locator('main table.tl-table').waitFor();
  const rows = await x.page.locator('main table.tl-table tbody tr:has(td)').evaluateAll((trs) => trs.map((t) => t.querySelector('td').textContent));
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
  await x.page.waitForFunction(() => location.hash.includes('sel=note'));
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

test('"Group by" and "Order" regroup the cards by keyboard and keep focus', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const group = tools(x).getByRole('combobox', { name: 'Group by' });
  const ungrouped = await x.page.locator('main .cl-group').count();
  assert.equal(ungrouped, 1, 'one list, ungrouped');
  const node = await group.elementHandle();
  await group.focus();
  await x.page.keyboard.press('ArrowDown');
  await x.page.waitForFunction(() => location.hash.includes('group=comparison'));
  // The cards regrouped: a group per point compared (then the rest).
  await x.page.waitForFunction(() => document.querySelectorAll('main .cl-group > h3').length > 1);
  const topics = corpus.comparisons.map((m) => m.topic);
  for (const h of (await x.page.locator('main .cl-group > h3').allTextContents()).slice(0, -1)) assert.ok(topics.includes(h), h);
  assert.equal(await group.inputValue(), 'comparison');
  assert.ok(await node.evaluate((el) => el.isConnected && el === document.activeElement), 'focus stays on the same "Group by"');
  // The order too.
  const order = tools(x).getByRole('combobox', { name: 'Order' });
  await order.focus();
  await x.page.keyboard.press('ArrowDown');
  await x.page.waitForFunction(() => location.hash.includes('sort=date'));
  await x.page.locator('main .items.claims .meta time').first().waitFor();
  assert.ok(await order.evaluate((el) => el === document.activeElement), 'focus stays on "Order"');
  // Back: the selects follow the link.
  await x.page.goBack();
  await x.page.waitForFunction(() => !location.hash.includes('sort='));
  assert.equal(await order.inputValue(), 'source');
  assert.equal(await group.inputValue(), 'comparison');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the Table toggle keeps focus as it switches between cards and table', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?group=source');
  const table = tableToggle(x);
  await table.focus();
  await x.page.keyboard.press('Enter');
  await x.page.locator('main table.tl-table').waitFor();
  assert.equal(await table.getAttribute('aria-pressed'), 'true');
  assert.ok(await table.evaluate((el) => el === document.activeElement), 'focus stays on Table');
  // A body per group, each headed by its source.
  assert.ok(await x.page.locator('main table.tl-table tbody th[scope=rowgroup]').count() > 0);
  await x.page.keyboard.press('Space');
  await x.page.locator('main table.tl-table').waitFor({ state: 'detached' });
  await x.page.locator('main .cl-group').first().waitFor();
  assert.equal(await table.getAttribute('aria-pressed'), 'false');
  assert.ok(await table.evaluate((el) => el === document.activeElement), 'focus stays on Table');
  await x.page.close();
});

test('a long list comes a page at a time, and "Show more" reaches every claim', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const all = total(await x.count());
  const more = claimsMore(x);
  if (all <= PAGE) {
    assert.equal(await more.count(), 0);
  } else {
    assert.equal((await shownCards(x)).length, PAGE);
    assert.match(await more.textContent(), new RegExp(`\\(${all - PAGE} not shown yet\\)`));
    await showAll(x);
    const cards = await shownCards(x);
    assert.equal(cards.length, all);
    assert.equal(new Set(cards).size, cards.length, 'each claim once');
    assert.equal(await more.count(), 0);
  }
  // A filter starts the list at its first page again; what passes is all drawn when few.
  await x.goto('#/claims?contested=1');
  // Drawn for the new link once its toggle says so (the same update as the cards).
  await x.page.getByRole('button', { name: 'Only contested points', exact: true, pressed: true }).waitFor();
  assert.equal((await shownCards(x)).length, Math.min(PAGE, shown(await x.count())));
  await showAll(x);
  assert.equal((await shownCards(x)).length, shown(await x.count()));
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a matrix row stays the same node through a redraw, so its cell always opens the comparison', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const pact = corpus.comparisons.find((m) => m.id === 'pact-signed-or-potential');
  assert.notEqual(pact.verdict, 'agree', 'the pact is a contested point');
  const row = x.page.locator('table.matrix tbody tr', { has: x.page.getByRole('rowheader', { name: pact.topic }) });
  const node = await row.elementHandle();
  await x.page.getByRole('button', { name: 'Only contested points', exact: true }).click();
  await x.page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length === n,
    corpus.comparisons.filter((m) => m.verdict !== 'agree').length);
  assert.ok(await node.evaluate((el) => el.isConnected), 'the row was kept, not drawn again');
  await row.getByRole('button').first().click();
  await x.page.waitForFunction(() => location.hash.includes('sel=comparison:pact-signed-or-potential'));
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the reader: the legend keys keep focus, the linked passage takes focus once, a passage opens its item', async () => {
  const doc = 'sando-eaf';
  const x = await Explorer.open(browser, server.origin, `#/sources/${doc}`);
  const legend = x.page.getByRole('group', { name: 'Highlighted passages' });
  const claims = legend.getByRole('button', { name: 'Claims', exact: true });
  const coloured = () => x.page.locator('.fulltext .p').count();
  const before = await coloured();
  await claims.focus();
  await x.page.keyboard.press('Enter');
  assert.equal(await claims.getAttribute('aria-pressed'), 'false');
  await x.page.waitForFunction((n) => document.querySelectorAll('.fulltext .p').length < n, before);
  assert.ok(await claims.evaluate((el) => el === document.activeElement), 'focus stays on the legend key');
  await x.page.keyboard.press('Space');
  await x.page.waitForFunction((n) => document.querySelectorAll('.fulltext .p').length === n, before);
  assert.equal(await claims.getAttribute('aria-pressed'), 'true');
  assert.ok(await claims.evaluate((el) => el === document.activeElement), 'focus stays on the legend key');
  // A claim's passage, by link: marked, in view and focused.
  await x.goto('#/claims');
  await x.page.locator('main .items.claims > li').first().getByRole('link', { name: 'Show in the article' }).first().click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/sources/') && location.hash.includes('hl='));
  await x.page.waitForFunction(() => document.activeElement?.classList.contains('target'));
  // A change of filter draws the text again but leaves focus where the user put it.
  await claims.focus();
  await x.page.evaluate(() => { location.hash = `${location.hash}&q=japan`; });
  await x.page.locator('.fulltext mark').first().waitFor();
  await x.page.locator('.fulltext .target').first().waitFor();
  assert.ok(await claims.evaluate((el) => el === document.activeElement), 'the passage did not take focus again');
  // Enter on a passage opens what it supports.
  const passage = x.page.locator('.fulltext [role=button]').first();
  await passage.focus();
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => /[?&]sel=/.test(location.hash));
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
