// The timeline: marks named with their precision, zoom by wheel, buttons and keys (the
// axis changes its unit), the overview's brush sets the date range of every view, the
// keyboard walks the events and opens one, the table lists the same events, and the
// undated events are listed in the texts' order. Focus is never lost to a redraw: a
// focused mark stays the same element (and keeps focus) while the chart zooms, pans and
// filters around it, and the Table toggle and a sort button keep focus when used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const marks = (x) => x.page.locator('#tl-chart [data-ev]');
const announced = (x) => x.page.locator('#tl-announce').textContent();
const hashParam = async (x, name) => new URLSearchParams((await x.hash()).split('?')[1] ?? '').get(name);

test('each mark is a button named with its date, its precision and its title', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const names = await marks(x).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok(names.length >= 5, `${names.length} marks`);
  for (const name of names) assert.match(name, /^.+, known to the (day|month|year): .+/);
  const titles = new Set(corpus.events.map((e) => e.title));
  for (const name of names) assert.ok([...titles].some((t) => name.includes(`: ${t}`)), name);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the wheel, the buttons and the keys zoom, and the axis changes its unit', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const first = await announced(x);
  const box = await x.page.locator('#tl-chart').boundingBox();
  await x.page.mouse.move(box.x + box.width / 2, box.y + 60);
  for (let i = 0; i < 6; i++) {
    await x.page.mouse.wheel(0, -100);
    await x.page.waitForTimeout(30);
  }
  await x.page.waitForFunction((a) => document.getElementById('tl-announce').textContent !== a, first);
  const zoomed = await announced(x);
  assert.notEqual(zoomed.replace(/.*, /, ''), first.replace(/.*, /, ''), `${first} → ${zoomed}`);
  assert.ok(await hashParam(x, 'tw'), 'the window is in the link');
  // Out with the keys on the chart, back to the start with Reset.
  await x.page.locator('#tl-chart').focus();
  for (let i = 0; i < 6; i++) await x.page.keyboard.press('-');
  await x.page.waitForFunction((a) => document.getElementById('tl-announce').textContent !== a, zoomed);
  await x.page.getByRole('button', { name: 'Reset view' }).click();
  await x.page.waitForFunction(() => !location.hash.includes('tw='));
  assert.equal(await announced(x), first);
  await x.page.getByRole('button', { name: 'Zoom in' }).click();
  await x.page.waitForFunction(() => location.hash.includes('tw='));
  await x.page.close();
});

test('a link with a window opens on it', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline?tw=2024-06-01..2024-12-31');
  await marks(x).first().waitFor();
  assert.match(await announced(x), /^1 June 2024 – 31 December 2024, by /);
  await x.page.close();
});

test('dragging across the overview sets the date range, and every view narrows to it', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const all = await marks(x).count();
  const box = await x.page.locator('#tl-overview svg').boundingBox();
  const y = box.y + 15;
  await x.page.mouse.move(box.x + box.width * 0.93, y);
  await x.page.mouse.down();
  await x.page.mouse.move(box.x + box.width * 0.96, y, { steps: 5 });
  await x.page.mouse.move(box.x + box.width - 2, y, { steps: 5 });
  await x.page.mouse.up();
  await x.page.waitForFunction(() => location.hash.includes('from=') && location.hash.includes('to='));
  const from = await hashParam(x, 'from');
  assert.match(from, /^\d{4}(-\d\d){0,2}$/);
  assert.match(await x.count(), /^Showing \d+ of \d+ events/);
  assert.ok(await x.page.locator('#tl-overview .o-brush').count() === 1, 'the brush stays drawn');
  assert.ok((await marks(x).count()) <= all);
  await x.nav('Claims').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  assert.match(await x.count(), /^Showing \d+ of \d+ claims/);
  assert.equal(await hashParam(x, 'from'), from, 'the range goes along');
  await x.nav('Timeline').click();
  await x.page.getByRole('button', { name: 'Clear dates' }).click();
  await x.page.waitForFunction(() => !location.hash.includes('from='));
  assert.equal(await x.page.locator('#tl-overview .o-brush').count(), 0);
  assert.ok(!(await x.page.getByRole('button', { name: 'Clear dates' }).isVisible()));
  await x.page.close();
});

test('the arrows walk the events in time, Enter opens one, its quote opens the reader', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  await marks(x).first().focus();
  await x.page.keyboard.press('ArrowRight');
  // The second mark in time order (the marks are drawn in that order).
  await x.page.waitForFunction(() => document.activeElement === document.querySelectorAll('#tl-chart [data-ev]')[1]);
  const name = await x.page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  // The whole name shows under the chart.
  await x.page.waitForFunction((n) => document.getElementById('tl-focus').textContent === n, name);
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  const title = (await x.panel().locator('h2').textContent()).trim();
  assert.ok(name.includes(title), `${title} in ${name}`);
  assert.match(await x.hash(), /sel=event(:|%3A)/);
  await x.panel().getByRole('link', { name: 'Show in the article' }).first().click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/sources/') && location.hash.includes('hl='));
  await x.page.locator('.fulltext .target').first().waitFor();
  await x.page.close();
});

test('Escape closes the panel and gives focus back to the mark that opened it', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const mark = marks(x).nth(2);
  const code = await mark.getAttribute('data-sel');
  await mark.focus();
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !document.getElementById('panel'));
  assert.equal(await x.page.evaluate(() => document.activeElement.getAttribute('data-sel')), code);
  await x.page.close();
});

test('the table lists the events in time order, and a column sorts it', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await x.page.getByRole('button', { name: 'Table' }).click();
  const rows = x.page.locator('.tl-table tbody tr:not([hidden])');
  await rows.first().waitFor();
  assert.equal(await rows.count(), corpus.events.length);
  assert.equal(await x.page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
  const years = (await rows.locator('td:first-child').allTextContents())
    .map((t) => Number((t.match(/\d{4}/) ?? [NaN])[0])).filter((n) => !Number.isNaN(n));
  assert.deepEqual(years, [...years].sort((a, b) => a - b), 'dated rows in time order');
  await x.page.locator('.tl-table th button', { hasText: 'Kind' }).click();
  await x.page.waitForFunction(() => document.querySelector('.tl-table th[aria-sort="ascending"]')?.textContent === 'Kind');
  const kinds = await rows.locator('td:nth-child(3)').allTextContents();
  const runs = kinds.filter((k, i) => k !== kinds[i - 1]);
  assert.equal(runs.length, new Set(kinds).size, `each kind in one run: ${runs}`);
  await x.goto('#/timeline?q=kursk');
  await x.page.getByRole('button', { name: 'Table' }).click();
  assert.ok((await rows.count()) < corpus.events.length, 'the filter narrows the table too');
  await x.page.close();
});

test('undated events are listed apart, in the order the texts give', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  const undated = x.page.locator('section.undated li:not([hidden])');
  await undated.first().waitFor();
  const expected = corpus.events.filter((e) => !e.date).length;
  assert.equal(await undated.count(), expected);
  assert.match(await x.page.locator('#undated-h').textContent(), /Undated/);
  await x.page.close();
});

test('lanes can follow the kind of actor instead of the kind of event', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  await x.page.locator('#tl-group').selectOption({ label: 'actor' });
  await x.page.waitForFunction(() => [...document.querySelectorAll('#tl-chart .band-label')].some((t) => t.textContent === 'States'));
  await x.page.close();
});

/** Marks the element with focus, to tell later whether focus is on that same node. */
const pin = (x) => x.page.evaluate(() => { window.__pinned = document.activeElement; });
const stillPinned = (x) => x.page.evaluate(() => document.activeElement === window.__pinned && window.__pinned.isConnected);

test('a focused mark keeps focus while + and − zoom the chart around it', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const mark = marks(x).nth(2);
  const label = await mark.getAttribute('aria-label');
  await mark.focus();
  await pin(x);
  const before = await announced(x);
  await x.page.keyboard.press('+');
  await x.page.waitForFunction((a) => document.getElementById('tl-announce').textContent !== a, before);
  const zoomed = await hashParam(x, 'tw');
  assert.ok(zoomed, 'the window is in the link');
  assert.ok(await stillPinned(x), 'the same mark has focus after +');
  const inText = await announced(x);
  await x.page.keyboard.press('-');
  await x.page.waitForFunction((a) => document.getElementById('tl-announce').textContent !== a, inText);
  const out = await hashParam(x, 'tw');
  assert.ok(out && out !== zoomed, `the chart zoomed out (${zoomed} → ${out})`);
  assert.ok(await stillPinned(x), 'the same mark has focus after −');
  assert.equal(await x.page.evaluate(() => document.activeElement.getAttribute('aria-label')), label);
  assert.equal(await x.page.locator('#tl-focus').textContent(), label, 'its name still shows under the chart');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a focused mark keeps focus when the filter changes and it still passes', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const all = await x.count();
  const mark = marks(x).first();
  const label = await mark.getAttribute('aria-label');
  await mark.focus();
  await pin(x);
  // Only the events that share the focused one's kind.
  const event = corpus.events.filter((e) => label.includes(`: ${e.title}`))
    .sort((a, b) => b.title.length - a.title.length)[0];
  const kind = event.kind;
  await x.page.evaluate((k) => { location.hash = `#/timeline?kind=event.${k}`; }, kind);
  await x.page.waitForFunction((a) => document.querySelector('main .count').textContent !== a, all);
  assert.match(await x.count(), /^Showing \d+ of \d+ events/);
  assert.ok(await stillPinned(x), 'the same mark has focus after the filter changed');
  await x.page.close();
});

test('Home and End move the window; focus stays on the mark, or on the chart if the mark left the window', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  await marks(x).first().focus();
  for (const key of ['Home', 'End']) {
    const before = await hashParam(x, 'tw');
    await x.page.keyboard.press(key);
    await x.page.waitForFunction((b) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('tw') !== b, before);
    await x.page.waitForFunction(() => document.activeElement.matches('#tl-chart, #tl-chart [data-ev]'));
  }
  // The arrows on the chart pan it.
  const before = await hashParam(x, 'tw');
  await x.page.locator('#tl-chart').focus();
  await x.page.keyboard.press('ArrowLeft');
  await x.page.waitForFunction((b) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('tw') !== b, before);
  assert.equal(await x.page.evaluate(() => document.activeElement.id), 'tl-chart');
  await x.page.close();
});

test('the arrows walk past the edge of the window, which follows the focused event', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline?tw=2024-06-01..2024-09-30');
  await marks(x).first().waitFor();
  const last = marks(x).last();
  const first = await last.getAttribute('aria-label');
  await last.focus();
  await x.page.keyboard.press('ArrowRight');
  await x.page.waitForFunction((f) => document.activeElement.matches('#tl-chart [data-ev]') && document.activeElement.getAttribute('aria-label') !== f, first);
  assert.notEqual(await hashParam(x, 'tw'), '2024-06-01..2024-09-30', 'the window moved to the next event');
  await x.page.close();
});

test('the Table toggle and a sort button keep focus when used', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const toggle = x.page.getByRole('toolbar', { name: 'Timeline controls' }).getByRole('button', { name: 'Table' });
  await toggle.focus();
  await pin(x);
  await x.page.keyboard.press('Enter');
  await x.page.locator('main .tl-table tbody tr').first().waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.ok(await stillPinned(x), 'the Table toggle keeps focus');
  const kind = x.page.getByRole('columnheader', { name: 'Kind' }).getByRole('button', { name: 'Kind' });
  await kind.focus();
  await pin(x);
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => document.querySelector('.tl-table th[aria-sort="ascending"]')?.textContent === 'Kind');
  assert.ok(await stillPinned(x), 'the sort button keeps focus');
  const event = x.page.getByRole('columnheader', { name: 'Event' }).getByRole('button', { name: 'Event' });
  await event.click();
  await x.page.waitForFunction(() => document.querySelector('.tl-table th[aria-sort="ascending"]')?.textContent === 'Event');
  const titles = await x.page.locator('.tl-table tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(titles, [...titles].sort(), 'sorted by title');
  // Back to the chart: the toggle still has focus, the marks are drawn again.
  await toggle.focus();
  await pin(x);
  await x.page.keyboard.press('Space');
  await marks(x).first().waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.ok(await stillPinned(x), 'the Table toggle keeps focus going back');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a click on a mark opens it; a drag on the chart pans without opening anything', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await marks(x).first().waitFor();
  const box = await x.page.locator('#tl-chart').boundingBox();
  const y = box.y + box.height - 6;
  await x.page.mouse.move(box.x + box.width / 2, y);
  await x.page.mouse.down();
  await x.page.mouse.move(box.x + box.width / 2 - 120, y, { steps: 6 });
  await x.page.mouse.up();
  await x.page.waitForFunction(() => location.hash.includes('tw='));
  assert.doesNotMatch(await x.hash(), /sel=/, 'a drag opens nothing');
  const hit = marks(x).first().locator('rect.hit');
  await hit.click();
  await x.page.waitForFunction(() => /sel=event(:|%3A)/.test(location.hash));
  await x.page.close();
});

test('a label is whole, on one line or two, wherever its lane leaves room for it', async () => {
  // (A contested event's flag takes 9 px of its label's room.)
  for (const [width, hash] of [[1440, '#/timeline'], [390, '#/timeline'], [1440, '#/timeline?tw=2024-06..2025-03']]) {
    const x = await Explorer.open(browser, server.origin, hash, { viewport: { width, height: 900 } });
    await marks(x).first().waitFor();
    const titles = corpus.events.map((e) => e.title);
    const found = await x.page.evaluate((titles) => {
      const at = (g) => g.getAttribute('transform').match(/translate\(([-\d.]+) ([-\d.]+)\)/).slice(1).map(Number);
      const svg = document.querySelector('#tl-chart svg');
      const right = svg.viewBox.baseVal.width;
      const shown = [...document.querySelectorAll('#tl-chart g.ev[data-ev]')].filter((g) => getComputedStyle(g).display !== 'none');
      const out = { whole: 0, two: 0, cut: [] };
      for (const g of shown) {
        const [x, y] = at(g);
        const title = titles[Number(g.dataset.ev)];
        const label = g.querySelector('.ev-label');
        const text = label ? label.textContent : '';
        const flag = g.querySelector('.flag') ? 9 : 0;
        const mark = g.querySelector('rect:not(.hit)').getBBox();
        const start = x + mark.x + mark.width + 4;
        // The next thing in its lane, or the chart's edge.
        const next = Math.min(right, ...shown.filter((o) => o !== g && at(o)[1] === y && at(o)[0] > x).map((o) => at(o)[0] - 4));
        const room = next - start;
        if (label && label.querySelector('tspan')) out.two += 1;
        if (text.replace(/\s+/g, ' ') === title || (label?.querySelector('tspan') && !text.includes('…'))) {
          out.whole += 1;
          continue;
        }
        // Cut or hidden: the layout's estimate (7 px a character, 8 in bold) must not fit
        // two lines of the room left (less 35 px a line for words that break unevenly).
        const needs = [...title].length * (flag ? 8 : 7) + flag;
        if (needs + 70 <= 2 * room) out.cut.push(`${title} (${needs} px in 2 × ${Math.round(room)} px)`);
      }
      return out;
    }, titles);
    assert.deepEqual(found.cut, [], `${width} px ${hash}: labels cut though their lane has room`);
    if (width === 1440) assert.ok(found.whole >= 3, `${width} px ${hash}: ${found.whole} whole labels`);
    if (width === 1440 && hash === '#/timeline') assert.ok(found.two >= 1, 'a label at the edge goes on two lines');
    assert.deepEqual(x.errors, []);
    await x.page.close();
  }
});
