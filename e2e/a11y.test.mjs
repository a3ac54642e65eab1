// Accessibility: axe-core's WCAG 2.2 A/AA rules on every route, light and dark, desktop
// and phone; and the page can be used from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startServer, launch, Explorer } from './support.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

async function violations(page) {
  // Every list that comes in a few items a frame has arrived (the same page each run).
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  await page.addScriptTag({ content: axeSource });
  // Lay out every list item as it is when scrolled to: an item off screen skips its
  // layout (`content-visibility: auto`, sized 9rem until drawn), and axe, measuring what
  // is inside it, would find it spilling over what follows (the list's "Show more").
  await page.addStyleTag({ content: '.items > li { content-visibility: visible !important; }' });
  // Open every disclosure so the quotes inside are checked too (not the Download menu,
  // which would lie over the page: it is checked open on its own below).
  await page.evaluate(() => document.querySelectorAll('details:not(.menu)').forEach((d) => { d.open = true; }));
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].html.slice(0, 120)})`);
}

const ROUTES = ['#/timeline', '#/map', '#/claims', '#/sources', '#/sources/putin-kim-alarm', '#/claims?actor=japan&q=missile',
  '#/claims?group=comparison&sort=date&contested=1'];
for (const scheme of ['light', 'dark']) {
  for (const hash of ROUTES) {
    test(`${hash} has no WCAG A/AA violations (${scheme})`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${server.origin}/${hash}`);
      await page.locator('main h2').first().waitFor();
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
  test(`the claims as a table have no WCAG A/AA violations (${scheme})`, async () => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(`${server.origin}/#/claims?group=source`);
    await page.getByRole('group', { name: 'Claim controls' }).getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('main table.tl-table').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

for (const scheme of ['light', 'dark']) {
  test(`the header menu, the Embed dialog, a lesson and the embedded view have no WCAG A/AA violations (${scheme})`, async () => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(`${server.origin}/#/timeline?actor=japan`);
    await page.locator('main h2').first().waitFor();
    await page.locator('.menu summary').click();
    assert.deepEqual(await violations(page), [], 'the Download menu');
    // Embed is in the same menu, still open.
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await violations(page), [], 'the Embed dialog');
    await page.goto(`${server.origin}/#/lessons`);
    await page.locator('main .lessons').waitFor();
    assert.deepEqual(await violations(page), [], 'the lessons');
    await page.goto(`${server.origin}/#/claims?lesson=five-sources&step=2`);
    await page.locator('#lesson-bar').waitFor();
    assert.deepEqual(await violations(page), [], 'a lesson step');
    await page.goto(`${server.origin}/#/map?contested=1&embed=1`);
    await page.locator('header.embed-top').waitFor();
    assert.deepEqual(await violations(page), [], 'embedded');
    await page.close();
  });
}

test('in Japanese, every route, the menu and a lesson step have no WCAG A/AA violations', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
  for (const hash of ['#/timeline', '#/map', '#/claims', '#/sources', '#/sources/putin-kim-alarm', '#/lessons',
    '#/claims?lesson=five-sources&step=2', '#/timeline?sel=event:treaty-signed']) {
    await page.goto(`${server.origin}/${hash}${hash.includes('?') ? '&' : '?'}lang=ja`);
    await page.locator('main h2').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    assert.deepEqual(await violations(page), [], hash);
  }
  await page.goto(`${server.origin}/#/claims?lang=ja`);
  await page.locator('main h2').first().waitFor();
  await page.locator('.menu summary').click();
  assert.deepEqual(await violations(page), [], 'the menu');
  await page.close();
});

test('every route has no WCAG A/AA violations in forced colors (Windows high contrast)', async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  for (const hash of [...ROUTES, '#/lessons', '#/claims?lesson=five-sources&step=2', '#/map?embed=1']) {
    await page.goto(`${server.origin}/${hash}`);
    await page.locator('main h2').first().waitFor();
    assert.deepEqual(await violations(page), [], hash);
  }
  await page.close();
});

test('the single file, opened from disk, has no WCAG A/AA violations', async () => {
  const page = await browser.newPage();
  const file = new URL('../dist/alliance-explorer.html', import.meta.url).href;
  for (const hash of ['#/timeline', '#/claims?contested=1', '#/map?layout=network']) {
    await page.goto(file + hash);
    await page.locator('main h2').first().waitFor();
    assert.deepEqual(await violations(page), [], hash);
  }
  await page.close();
});

test('a malformed link with its notice has no violations on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(`${server.origin}/#/nowhere?actor=atlantis`);
  await page.locator('.notice').waitFor();
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the keyboard reaches the skip link, the views and the search box', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await x.page.keyboard.press('Tab');
  assert.equal(await x.page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await x.page.keyboard.press('Enter');
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await x.hash(), '#/timeline', 'the skip link leaves the view state alone');
  // From the top, the views' links come first, then the search box.
  await x.goto('#/timeline');
  await x.page.reload();
  await x.page.locator('main h2').first().waitFor();
  await x.page.keyboard.press('Tab');
  for (let i = 0; i < 8 && !(await x.page.evaluate(() => document.activeElement.id === 'q')); i++) {
    await x.page.keyboard.press('Tab');
  }
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'q');
  await x.page.keyboard.type('kursk');
  await x.page.waitForFunction(() => location.hash.includes('q=kursk'));
  await x.page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`the detail panel and the filter drawer have no violations (${scheme})`, async () => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(`${server.origin}/#/timeline?actor=japan&sel=actor:japan`);
    await page.locator('#panel').waitFor();
    assert.deepEqual(await violations(page), [], 'with the panel open, wide');
    await page.goto(`${server.origin}/#/sources/beser-eurasian?sel=claim:bes-partnership-shift`);
    await page.locator('#panel').waitFor();
    assert.deepEqual(await violations(page), [], 'the reader with the panel open');
    await page.close();
    const phone = await browser.newPage({ colorScheme: scheme, viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.origin}/#/claims?kind=claim.prediction`);
    await phone.locator('main h2').first().waitFor();
    await phone.locator('#filters-button').click();
    await phone.locator('#facets').waitFor({ state: 'visible' });
    assert.deepEqual(await violations(phone), [], 'with the drawer open, phone');
    await phone.goto(`${server.origin}/#/claims?sel=claim:imp-east-asia-concerns`);
    await phone.locator('#panel').waitFor();
    assert.deepEqual(await violations(phone), [], 'with the panel as a dialog, phone');
    await phone.close();
  });
}
