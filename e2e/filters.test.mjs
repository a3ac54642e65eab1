// The filter lives in the URL: typing narrows the lists, a reload or a shared link
// restores them, Back and Forward work, and a bad link shows a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const total = (s) => Number(s.match(/(\d+) claims/)[1]);

test('search narrows the claims and marks the matches', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  // Long lists are drawn a page at a time: the count line has them all.
  const before = Number((await x.count()).match(/(\d+) claims/)[1]);
  await x.search().fill('Kursk');
  await x.page.waitForFunction(() => location.hash.includes('q=Kursk'));
  const after = await x.items().count();
  assert.ok(after > 0 && after < before, `${after} of ${before}`);
  assert.match(await x.count(), new RegExp(`Showing ${after} of ${before} claims`));
  // The words are marked once typing pauses (the filter applies at every keystroke).
  await x.page.waitForFunction((n) => document.querySelectorAll('main mark').length >= n, after);
  await x.page.close();
});

test('search is case- and accent-insensitive', async () => {
  const x = await Explorer.open(browser, server.origin, '#/sources');
  await x.search().fill('BESER');
  await x.page.waitForFunction(() => location.hash.includes('q=BESER'));
  assert.equal(await x.items().count(), 1);
  assert.match(await x.page.locator('main').textContent(), /Beşer/);
  await x.page.close();
});

test('the filter state survives a reload', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  await x.search().fill('nuclear umbrella');
  await x.page.waitForFunction(() => location.hash.includes('q=nuclear%20umbrella'));
  const shown = await x.count();
  await x.page.reload();
  await x.page.locator('main h2').first().waitFor();
  assert.equal(await x.search().inputValue(), 'nuclear umbrella');
  assert.equal(await x.count(), shown);
  assert.equal(await x.heading(), 'Claims');
  await x.page.close();
});

test('a shared link reproduces the view, and navigation keeps the filter', async () => {
  const x = await Explorer.open(browser, server.origin, '#/map?actor=japan&source=sando-eaf');
  const relations = await x.items().count();
  assert.ok(relations > 0);
  assert.match(await x.count(), /Showing \d+ of \d+ relations/);
  await x.nav('Claims').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  assert.match(await x.hash(), /actor=japan/);
  assert.match(await x.hash(), /source=sando-eaf/);
  await x.page.goBack();
  await x.page.waitForFunction(() => location.hash.startsWith('#/map'));
  assert.equal(await x.heading(), 'Alliance map');
  assert.equal(await x.items().count(), relations);
  await x.page.goForward();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  assert.equal(await x.heading(), 'Claims');
  await x.page.close();
});

test('a malformed link shows a notice and a working explorer', async () => {
  const x = await Explorer.open(browser, server.origin, '#/nowhere?actor=atlantis,japan&from=2024-13&zoom=9');
  await x.notice().waitFor();
  const notice = await x.notice().textContent();
  assert.match(notice, /atlantis/);
  assert.match(notice, /2024-13/);
  assert.match(notice, /zoom/);
  assert.equal(await x.heading(), 'Timeline');
  assert.ok((await x.items().count()) > 0, 'the valid part (actor=japan) still applies');
  await x.nav('Sources').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/sources'));
  assert.equal(await x.heading(), 'Sources');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('total counts match the corpus', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const res = await x.page.evaluate(() => fetch('data/corpus.json').then((r) => r.json()));
  assert.equal(total(await x.count()), res.claims.length);
  await x.page.close();
});

test('clicking an actor filters every view, and its chip removes the filter', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  const marks = () => x.page.locator('#tl-chart [data-ev]').count();
  const all = await marks();
  await x.goto('#/claims');
  // The claims come a page at a time: "Show more" until his name is drawn.
  const iwaya = x.page.locator('main button.actor', { hasText: 'Takeshi Iwaya' });
  while (await iwaya.count() === 0) {
    const cards = await x.page.locator('main .items.claims > li').count();
    // By keyboard (see claims.test.mjs's showAll: a click can land beside it).
    await x.page.getByRole('region', { name: 'Claims', exact: true }).getByRole('button', { name: /^Show \d+ more/ }).press('Enter');
    await x.page.waitForFunction((n) => document.querySelectorAll('main .items.claims > li').length > n, cards);
  }
  await iwaya.first().click();
  await x.page.waitForFunction(() => location.hash.includes('actor=takeshi-iwaya'));
  assert.match(await x.count(), /Showing \d+ of \d+ claims/);
  const chip = x.page.getByRole('button', { name: 'Remove filter actor: Takeshi Iwaya' });
  await chip.waitFor();
  await x.nav('Timeline').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/timeline'));
  await x.page.locator('#tl-chart [data-ev]').first().waitFor();
  const some = await marks();
  assert.ok(some > 0 && some < all, `${some} of ${all} events drawn`);
  await x.page.getByRole('button', { name: 'Remove filter actor: Takeshi Iwaya' }).click();
  await x.page.waitForFunction(() => !location.hash.includes('actor='));
  assert.equal(await marks(), all);
  await x.page.close();
});

test('"Clear all" removes every constraint of a shared link', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?q=japan&actor=china&kind=claim.prediction');
  assert.match(await x.count(), /Showing/);
  await x.chips().getByRole('button', { name: 'Clear all' }).click();
  await x.page.waitForFunction(() => location.hash === '#/claims');
  assert.equal(await x.page.getByRole('group', { name: 'Active filters' }).isVisible(), false, 'no chips without a filter');
  assert.equal(await x.search().inputValue(), '');
  assert.doesNotMatch(await x.count(), /Showing/);
  await x.page.close();
});

test('a facet checked with the keyboard keeps focus, and the chips and counts follow', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const row = x.facet('South Korea');
  const box = row.locator('input');
  const korea = Number(await row.locator('.n').textContent());
  const sources = x.page.locator('#facets fieldset:nth-of-type(2) label.row .n');
  const before = await sources.allTextContents();
  // The same element before and after: a mark set on it now is still there.
  await box.evaluate((el) => { el.dataset.before = 'yes'; });
  await box.focus();
  await x.page.keyboard.press('Space');
  await x.page.waitForFunction(() => location.hash.includes('actor=south-korea'));
  await x.chips().getByRole('button', { name: 'Remove filter actor: South Korea' }).waitFor();
  assert.ok(await box.isChecked());
  assert.equal(await box.evaluate((el) => el === document.activeElement && el.dataset.before), 'yes', 'focus stays on the same checkbox');
  await x.page.waitForFunction((b) => [...document.querySelectorAll('#facets fieldset:nth-of-type(2) label.row .n')].map((n) => n.textContent).join() !== b.join(), before);
  const after = (await sources.allTextContents()).map(Number);
  assert.ok(after.every((n) => n <= korea), `each source counts only South Korea's claims: ${after} ≤ ${korea}`);
  assert.equal(await row.locator('.n').textContent(), String(korea), 'a selected value counts what it shows');
  // Space again: unchecked, focus still there, the chips gone, the counts back.
  await x.page.keyboard.press('Space');
  await x.page.waitForFunction(() => !location.hash.includes('actor='));
  assert.equal(await box.isChecked(), false);
  assert.equal(await box.evaluate((el) => el === document.activeElement && el.dataset.before), 'yes');
  assert.equal(await x.chips().count(), 0);
  await x.page.waitForFunction((b) => [...document.querySelectorAll('#facets fieldset:nth-of-type(2) label.row .n')].map((n) => n.textContent).join() === b.join(), before);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('removing a chip by keyboard leaves focus on the next one, then on the view', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?actor=japan&kind=claim.prediction');
  await x.chips().getByRole('button', { name: 'Remove filter actor: Japan' }).focus();
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => !location.hash.includes('actor='));
  await x.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Remove filter claims: Prediction');
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => location.hash === '#/claims');
  await x.page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
