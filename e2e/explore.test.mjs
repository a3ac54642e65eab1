// Exploring: the facets narrow every view with live counts, nothing-matches offers a
// way back, the keyboard shortcuts, history per pause of typing, the one detail panel,
// and the Sources reader's passages linked both ways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const shown = (text) => Number((text.match(/Showing (\d+) of/) ?? text.match(/^(\d+) /))[1]);
const countOf = async (x, label) => Number(await x.facet(label).locator('.n').textContent());

test('a facet narrows every view, and its counts say how many it would give', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const before = shown(await x.count());
  const korea = await countOf(x, 'South Korea');
  assert.ok(korea > 0 && korea < before, `South Korea ${korea} of ${before}`);
  await x.facet('South Korea').locator('input').check();
  await x.page.waitForFunction(() => location.hash.includes('actor=south-korea'));
  assert.equal(shown(await x.count()), korea, 'the count promised is the claims shown');
  // The first page of cards (20), the rest behind "Show more".
  assert.equal(await x.items().count(), Math.min(korea, 20));
  if (korea > 20) {
    assert.match(await x.page.getByRole('button', { name: /^Show \d+ more/ }).first().textContent(), new RegExp(`\\(${korea - 20} not shown yet\\)`));
  }
  // Every view narrows, and the counts are recomputed for its own items.
  for (const [view, name] of [['Timeline', /events/], ['Map', /relations/], ['Sources', /sources/]]) {
    await x.nav(view).click();
    await x.page.waitForFunction((v) => location.hash.startsWith(`#/${v.toLowerCase()}`), view);
    const c = await x.count();
    assert.match(c, /^Showing \d+ of \d+ /, `${view}: ${c}`);
    assert.match(c, name);
    assert.ok(await x.facet('South Korea').locator('input').isChecked(), 'the facet stays selected');
  }
  await x.page.close();
});

test('a value that would give nothing is dimmed but stays', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?source=japan-bluebook-concerns');
  const zero = x.page.locator('#facets label.row.zero:not([hidden])').first();
  await zero.waitFor();
  assert.equal(await zero.locator('.n').textContent(), '0');
  const [dim, normal] = await Promise.all([
    zero.evaluate((e) => getComputedStyle(e).color),
    x.page.locator('#facets label.row:not(.zero)').first().evaluate((e) => getComputedStyle(e).color),
  ]);
  assert.notEqual(dim, normal);
  assert.ok(await zero.isVisible());
  await x.page.close();
});

test('when nothing matches, the view names the constraint to remove and removing it works', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?actor=japan&q=zzzzqq');
  const offer = x.page.locator('main .no-results button');
  await offer.waitFor();
  assert.match(await offer.textContent(), /^No claims match: remove “text “zzzzqq”” \(would show (\d+)\)$/);
  const promised = Number((await offer.textContent()).match(/would show (\d+)/)[1]);
  await offer.click();
  await x.page.waitForFunction(() => !location.hash.includes('q='));
  assert.equal(shown(await x.count()), promised);
  assert.match(await x.hash(), /actor=japan/, 'the other constraint stays');
  await x.page.close();
});

test('"/" goes to the search box', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await x.page.locator('main h2').click();
  await x.page.keyboard.press('/');
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'q');
  await x.page.close();
});

test('typing adds one history entry per pause, so Back returns to the view before the search', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const all = await x.count();
  await x.search().pressSequentially('kursk', { delay: 60 });
  await x.page.waitForFunction(() => location.hash.includes('q=kursk'));
  await x.page.waitForTimeout(800);
  await x.search().pressSequentially(' troops', { delay: 60 });
  await x.page.waitForFunction(() => location.hash.includes('q=kursk%20troops'));
  await x.page.goBack();
  await x.page.waitForFunction(() => location.hash === '#/claims?q=kursk');
  assert.equal(await x.search().inputValue(), 'kursk');
  await x.page.goBack();
  await x.page.waitForFunction(() => location.hash === '#/claims');
  assert.equal(await x.count(), all);
  assert.equal(await x.search().inputValue(), '');
  await x.page.close();
});

test('a sel= link opens the panel, and Escape closes it and gives focus back', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?sel=claim:imp-east-asia-concerns');
  await x.panel().waitFor();
  assert.match(await x.panel().locator('h2').textContent(), /evolving geopolitical landscape/);
  assert.match(await x.panel().textContent(), /Show in the article/);
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !document.getElementById('panel'));
  assert.doesNotMatch(await x.hash(), /sel=/);
  // Opened from a button, the panel gives focus back to it.
  const opener = x.page.locator('main button.title').nth(2);
  await opener.evaluate((el) => { window.__opener = el; });
  await opener.click();
  await x.panel().waitFor();
  assert.match(await x.hash(), /sel=claim%3A|sel=claim:/);
  await x.page.waitForFunction(() => document.activeElement?.id === 'panel-h');
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !document.getElementById('panel'));
  // Focus is back on the button that opened it (it may move there a task after the
  // panel goes: waited for, not sampled).
  await x.page.waitForFunction(() => document.activeElement === window.__opener);
  await x.page.close();
});

test("a quote's \"Show in the article\" opens the reader with the passage in view", async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?actor=japan&sel=claim:imp-partnership-challenges-japan');
  await x.panel().waitFor();
  const quote = (await x.panel().locator('blockquote').first().textContent()).replace(/[“”]/g, '');
  await x.panel().getByRole('link', { name: 'Show in the article' }).first().click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/sources/') && location.hash.includes('hl='));
  assert.match(await x.hash(), /actor=japan/, 'the filter comes along');
  const target = x.page.locator('.fulltext .target');
  await target.first().waitFor();
  const marked = (await target.allTextContents()).join('');
  assert.equal(marked, quote, 'the marked passage is the quote');
  assert.ok(await target.first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }), 'the passage is in view');
  await x.page.close();
});

test('a highlighted passage in the reader opens what it supports', async () => {
  const x = await Explorer.open(browser, server.origin, '#/sources/sando-eaf');
  const passage = x.page.locator('.fulltext [role=button]').nth(5);
  const tip = await passage.getAttribute('title');
  assert.match(tip, /^Supports \d+ items?/);
  await passage.focus();
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  assert.match(await x.hash(), /sel=/);
  const title = (await x.panel().locator('h2').textContent()).trim();
  assert.ok(tip.includes(title.slice(0, 40)), `${title} is among ${tip}`);
  // The legend toggles a kind of passage off and on.
  const claims = x.page.getByRole('button', { name: 'Claims', exact: true });
  await claims.click();
  assert.equal(await claims.getAttribute('aria-pressed'), 'false');
  await x.page.close();
});

test('the filter narrows which passages the reader highlights, and search marks the text', async () => {
  const x = await Explorer.open(browser, server.origin, '#/sources/beser-eurasian');
  const all = await x.page.locator('.fulltext [role=button]').count();
  await x.goto('#/sources/beser-eurasian?kind=claim.prediction&q=kursk');
  const some = await x.page.locator('.fulltext [role=button]').count();
  assert.ok(some > 0 && some < all, `${some} of ${all}`);
  assert.ok(await x.page.locator('.fulltext mark').count() > 0);
  await x.page.close();
});

test('a stale passage falls back to the top with a notice', async () => {
  const x = await Explorer.open(browser, server.origin, '#/sources/sando-eaf?hl=99990-99999');
  await x.notice().waitFor();
  assert.match(await x.notice().textContent(), /not a passage of this article/);
  assert.equal(await x.page.locator('.fulltext .target').count(), 0);
  await x.page.close();
});

test('below 900 px the filters are a drawer behind a button', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims', { viewport: { width: 390, height: 844 } });
  assert.equal(await x.page.locator('#facets').isVisible(), false);
  await x.page.locator('#filters-button').click();
  await x.page.locator('#facets').waitFor({ state: 'visible' });
  await x.facet('Russia').locator('input').check();
  await x.page.waitForFunction(() => location.hash.includes('actor=russia'));
  await x.page.keyboard.press('Escape');
  await x.page.locator('#facets').waitFor({ state: 'hidden' });
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'filters-button');
  await x.page.close();
});
