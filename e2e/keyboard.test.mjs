// Every view by keyboard alone: Tab goes through the whole page and out again (no
// trap), Shift+Tab comes back the same way, every control shows where focus is (a
// visible outline, or for a chart's marks a thicker stroke), Enter opens, Escape closes
// and gives focus back; the Download menu, the Embed dialog and the phone's filter
// drawer work the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** What has focus, and whether it shows it. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { key: 'body', shown: true };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    // A chart's marks and actors show focus by a thicker stroke on their shape.
    const shape = el.querySelector(':scope > circle, :scope > rect:not(.hit), :scope > path');
    const stroke = shape && parseFloat(getComputedStyle(shape).strokeWidth) >= 3;
    // Reader passages: a background and the note of what they support.
    const passage = el.matches('.p') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)';
    const key = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-sel') ? `[${el.getAttribute('data-sel')}]` : ''} ${el.textContent.trim().slice(0, 30)}`;
    // Each element met gets a number of its own, to tell a loop from look-alikes.
    window.__kb ??= new WeakMap();
    window.__kbn ??= 0;
    if (!window.__kb.has(el)) window.__kb.set(el, ++window.__kbn);
    return { key, id: window.__kb.get(el), shown: outline || stroke || passage };
  });
}

const VIEWS = ['#/timeline', '#/map', '#/claims?contested=1', '#/sources', '#/sources/putin-kim-alarm', '#/lessons',
  '#/claims?lesson=five-sources&step=2'];

for (const hash of VIEWS) {
  test(`${hash}: Tab goes through every control and out, each shows its focus, Shift+Tab comes back`, async () => {
    const x = await Explorer.open(browser, server.origin, hash);
    await x.page.waitForTimeout(300);
    await x.page.evaluate(() => document.activeElement?.blur());
    const seen = [];
    const met = new Set();
    let out = false;
    for (let i = 0; i < 4000; i++) {
      await x.page.keyboard.press('Tab');
      const f = await focused(x.page);
      if (f.key === 'body' || (seen.length > 0 && f.id === seen[0].id)) { out = true; break; }
      // Back at a control met before, other than the first: Tab is going round in a loop.
      assert.ok(!met.has(f.id), `${hash}: a keyboard trap: Tab came back to ${f.key} after ${seen.length} stops`);
      met.add(f.id);
      seen.push(f);
    }
    assert.ok(out, `${hash}: Tab did not leave the page in ${seen.length} stops`);
    assert.ok(seen.length > 10, `${hash}: only ${seen.length} stops`);
    assert.match(seen[0].key, /Skip to content/, 'the skip link comes first');
    const hidden = seen.filter((f) => !f.shown).map((f) => f.key);
    assert.deepEqual(hidden, [], `${hash}: focus not shown on`);
    // Back from the tenth stop, Shift+Tab visits the same controls in reverse.
    await x.page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 10; i++) await x.page.keyboard.press('Tab');
    const back = [];
    for (let i = 0; i < 5; i++) {
      await x.page.keyboard.press('Shift+Tab');
      back.push((await focused(x.page)).key);
    }
    assert.deepEqual(back, seen.slice(4, 9).map((f) => f.key).reverse());
    assert.deepEqual(x.errors, []);
    await x.page.close();
  });
}

test('Enter opens an item in the panel, Escape closes it and gives focus back', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  const title = x.page.locator('main .claim button.title').first();
  await title.focus();
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'panel-h');
  await x.page.keyboard.press('Escape');
  await x.panel().waitFor({ state: 'detached' });
  assert.equal(await title.evaluate((el) => el === document.activeElement), true, 'focus back on the opener');
  await x.page.close();
});

test('the header menu and the Embed dialog by keyboard; the dialog keeps focus inside', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  const summary = x.page.locator('.menu summary');
  await summary.focus();
  await x.page.keyboard.press('Enter');
  assert.equal(await x.page.locator('details.menu').evaluate((d) => d.open), true);
  await x.page.keyboard.press('Tab');
  assert.match((await focused(x.page)).key, /Everything shown/);
  await summary.focus();
  await x.page.keyboard.press('Space');
  assert.equal(await x.page.locator('details.menu').evaluate((d) => d.open), false);
  // Embed is in the same menu: open it again and go there.
  await x.page.keyboard.press('Enter');
  const embed = x.page.getByRole('button', { name: 'Embed' });
  await embed.focus();
  await x.page.keyboard.press('Enter');
  await x.page.getByRole('dialog').waitFor();
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'embed-code');
  for (let i = 0; i < 6; i++) {
    await x.page.keyboard.press('Tab');
    const inside = await x.page.evaluate(() => !!document.activeElement.closest('dialog') || document.activeElement === document.body);
    assert.ok(inside, 'focus stays in the open dialog');
  }
  await x.page.keyboard.press('Escape');
  await x.page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await embed.evaluate((el) => el === document.activeElement), true, 'focus back on Embed');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('on a phone the filter drawer opens and closes by keyboard', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline', { viewport: { width: 390, height: 844 } });
  const button = x.page.locator('#filters-button');
  await button.focus();
  await x.page.keyboard.press('Enter');
  await x.page.locator('#facets.open').waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await x.page.keyboard.press('Escape');
  await x.page.locator('#facets.open').waitFor({ state: 'detached' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus back on Filters');
  await x.page.close();
});
