// The alliance map: the outlines and the actors on the geographic map, one edge per
// pair of actors (or every relation, when asked), framed on the actors, with labels
// that never overlap; the "as of" slider and what it draws, the legend as a filter of
// every view, an actor's and a pair's panel, the network layout keeping the filter, the
// keyboard (actors, then the pairs between them), the table of the same ties, a visible
// message when the outlines cannot be loaded, and nothing fetched elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
const outlines = await readFile(new URL('../dist/data/countries.svg', import.meta.url), 'utf8');
const name = Object.fromEntries(corpus.entities.map((e) => [e.id, e.name]));
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// The marks shown (not those on their way out, hidden until a frame removes them).
const edges = (x) => x.page.locator('#map-marks .edge:not(.gone)');
const nodes = (x) => x.page.locator('#map-marks .node:not(.gone)');
/** Once the map has drawn every mark (it draws a long list a few a frame). */
const settled = (loc) => loc.page().locator('#map-marks:not([aria-busy])').waitFor({ state: 'attached' });
const countOf = async (loc) => { await settled(loc); return loc.count(); };
const labels = async (loc) => { await settled(loc); return loc.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))); };
const param = async (x, key) => new URLSearchParams((await x.hash()).split('?')[1] ?? '').get(key);
const shownOf = async (x) => Number((await x.count()).match(/(\d+) (?:of \d+ )?relations/)[1]);
const entity = Object.fromEntries(corpus.entities.map((e) => [e.id, e]));
/** How many pairs of actors `rels` join as the map draws them: a person with their state
 * on the map (`withState`), on their own in the network. */
const pairsOf = (rels, withState) => {
  const at = (id) => (withState && entity[id].kind === 'person' && entity[id].leader_of) || id;
  return new Set(rels.map((r) => [at(r.source), at(r.target)].sort().join('~'))).size;
};
/** How many ties the edges stand for, from their names ("…: 25 relations: …"). */
const tiesOf = (names) => names.reduce((n, t) => n + Number(t.match(/: (\d+) relations?: /)[1]), 0);
/** Pairs of actor labels that overlap, and labels over another actor's mark. */
const overlaps = (x) => x.page.evaluate(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const hit = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
  const nodes = [...document.querySelectorAll('#map-marks .node')];
  const labels = nodes.map((n) => n.querySelector('.label')).map((l) => l && box(l));
  const marks = nodes.map((n) => box(n.querySelector('rect:not(.hit)')));
  const bad = [];
  labels.forEach((a, i) => {
    if (!a) return;
    labels.forEach((b, j) => { if (j > i && b && hit(a, b)) bad.push(`labels ${i} and ${j}`); });
    marks.forEach((m, j) => { if (j !== i && hit(a, m)) bad.push(`label ${i} over mark ${j}`); });
  });
  return { bad, labels: labels.filter(Boolean).length };
});
async function openMap(hash = '#/map', opts) {
  const x = await Explorer.open(browser, server.origin, hash, opts);
  await nodes(x).first().waitFor();
  return x;
}

test('the map draws the country outlines and one edge per pair of actors, or every relation, between named actors', async () => {
  assert.ok((outlines.match(/<path d="M/g) ?? []).length > 100, 'the outline file has the countries');
  const x = await openMap();
  // The outlines: loaded from the build, shown in the map, and the loading message gone.
  await x.page.waitForFunction(() => document.getElementById('map-img').complete);
  assert.equal(await x.page.locator('#map-land image').getAttribute('href'), 'data/countries.svg');
  await x.page.waitForFunction(() => document.getElementById('map-msg').textContent === '');
  // One edge per pair of actors, named with both, how many relations and of which types;
  // together they stand for every relation shown.
  assert.equal(await countOf(edges(x)), pairsOf(corpus.relations, true));
  assert.equal(await shownOf(x), corpus.relations.length);
  const pairNames = await labels(edges(x));
  for (const n of pairNames) assert.match(n, /^.+ – .+: \d+ relations?: .+/);
  assert.equal(tiesOf(pairNames), corpus.relations.length);
  const rnk = pairNames.find((n) => /^(Russia – North Korea|North Korea – Russia): /.test(n));
  assert.ok(rnk && tiesOf([rnk]) > 10, `Russia and North Korea: one edge for their many ties (${rnk})`);
  assert.match(rnk, /: \d+ relations: \d+ Alliance|, \d+ Alliance/, 'its types are named');
  // Every relation, one by one: a switch that goes into the link.
  await x.page.getByRole('button', { name: 'Show every relation' }).click();
  await x.page.waitForFunction(() => location.hash.includes('every=1'));
  assert.equal(await x.page.getByRole('button', { name: 'Show every relation' }).getAttribute('aria-pressed'), 'true');
  await x.page.waitForFunction((n) => document.querySelectorAll('#map-marks .edge').length === n, corpus.relations.length);
  const tieNames = await labels(edges(x));
  assert.ok(tieNames.some((n) => n.startsWith('Russia – North Korea: ') || n.startsWith('Russia → North Korea: ')), tieNames[0]);
  for (const n of tieNames) assert.match(n, /^.+ [–→] .+: .+, (Asserted|Predicted|Recommended|Speculative|Historical)/);
  await x.page.goBack();
  await x.page.waitForFunction((n) => document.querySelectorAll('#map-marks .edge:not(.gone)').length === n, pairsOf(corpus.relations, true));
  // Actors: states at their capitals, named with their kind; people drawn with them.
  const actorNames = await labels(nodes(x));
  assert.ok(actorNames.some((n) => /^Japan, State/.test(n)), actorNames.join(' | '));
  assert.ok(actorNames.some((n) => /^North Korea, State, with .*Kim Jong Un/.test(n)), 'Kim Jong Un is drawn with North Korea');
  assert.ok(!actorNames.some((n) => n.startsWith('Kim Jong Un')), 'people are not pins of their own');
  assert.ok(actorNames.some((n) => /^United States, State.*beyond the map's edge/.test(n)), 'the US is at the edge');
  assert.ok(x.requests.every((u) => u.startsWith(server.origin)), 'nothing is fetched from another host');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('both layouts open framed on the actors, follow the filter, and never overlap a label', async () => {
  const x = await openMap();
  /** The actors' bounding box as a share of the chart's width and height. */
  const cover = () => x.page.evaluate(() => {
    const c = document.getElementById('map-svg').getBoundingClientRect();
    const r = [...document.querySelectorAll('#map-marks .node rect:not(.hit)')].map((n) => n.getBoundingClientRect());
    const w = Math.max(...r.map((b) => b.right)) - Math.min(...r.map((b) => b.left));
    const h = Math.max(...r.map((b) => b.bottom)) - Math.min(...r.map((b) => b.top));
    return [w / c.width, h / c.height];
  });
  for (const hash of ['#/map', '#/map?layout=network', '#/map?actor=japan', '#/map?actor=japan&layout=network']) {
    await x.goto(hash);
    await x.page.waitForFunction((net) => !!document.querySelector('#map-svg.net') === net && !document.querySelector('#map-svg.moving'), hash.includes('network'));
    const [w, h] = await cover();
    // Unfiltered, at least half each way; a filter's actors fill the chart one way.
    const fills = hash.includes('actor=') ? Math.max(w, h) >= 0.8 : w >= 0.5 && h >= 0.5;
    assert.ok(fills, `${hash}: the actors cover ${Math.round(w * 100)} % × ${Math.round(h * 100)} % of the chart`);
    const { bad, labels: n } = await overlaps(x);
    assert.deepEqual(bad, [], hash);
    assert.ok(n >= 5, `${hash}: ${n} labels`);
  }
  // At three dates, no label overlaps another or a mark.
  for (const asof of ['2014', '2024-06', '2025-02']) {
    await x.goto(`#/map?asof=${asof}`);
    await x.page.waitForFunction((d) => document.getElementById('asof-out').textContent.length > 0 && location.hash.includes(d), asof);
    const { bad } = await overlaps(x);
    assert.deepEqual(bad, [], asof);
  }
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('the slider draws the ties in force at its date, fades the ended ones and writes asof', async () => {
  const soviet = (ns) => ns.filter((n) => n.startsWith('Soviet Union'));
  const treaty = (ns) => ns.filter((n) => /^Russia . North Korea: .*from June 2024|since June 2024/.test(n));
  const x = await openMap('#/map?every=1');
  const all = await labels(edges(x));
  assert.ok(soviet(all).length > 0 && treaty(all).length > 0, 'both eras drawn over all dates');
  // The first step: 1991. The Soviet ties are drawn, the treaty is not yet.
  await x.page.locator('#asof').focus();
  await x.page.keyboard.press('Home');
  await x.page.waitForFunction(() => location.hash.includes('asof='));
  assert.equal(await param(x, 'asof'), '1991');
  const early = await labels(edges(x));
  assert.ok(soviet(early).length > 0, 'the Soviet ties in 1991');
  assert.equal(treaty(early).length, 0, 'no treaty in 1991');
  assert.ok(early.length < all.length);
  assert.match(await x.page.locator('#asof-out').textContent(), /^1991: \d+ in force, \d+ ended$/);
  // The last step: the Soviet ties have ended (drawn faded, and said so), the treaty holds.
  await x.page.keyboard.press('End');
  await x.page.keyboard.press('ArrowLeft');
  await x.page.waitForFunction(() => !location.hash.includes('asof=1991'));
  const late = await labels(edges(x));
  assert.ok(treaty(late).length > 0, 'the treaty by the last step');
  const ended = await countOf(x.page.locator('#map-marks .edge.ended:not(.gone)'));
  assert.ok(ended > 0 && soviet(late).every((n) => n.endsWith('(ended by the date shown)')), 'the Soviet ties faded');
  // Back to every date: asof leaves the link.
  await x.page.getByRole('button', { name: 'All dates' }).click();
  await x.page.waitForFunction(() => !location.hash.includes('asof='));
  assert.equal(await countOf(edges(x)), all.length);
  // A link with a date opens there.
  await x.goto('#/map?every=1&asof=2024-05');
  await x.page.waitForFunction(() => document.getElementById('asof-out').textContent.startsWith('May 2024'));
  assert.equal(treaty(await labels(edges(x))).length, 0, 'no treaty in May 2024');
  await x.page.close();
});

test('Play steps through the dates and Pause stops it', async () => {
  const x = await openMap('#/map?asof=2024-01');
  await x.page.getByRole('button', { name: 'Play' }).click();
  await x.page.waitForFunction(() => location.hash.includes('asof=2024-02'), null, { timeout: 3000 });
  await x.page.getByRole('button', { name: 'Pause' }).click();
  const at = await param(x, 'asof');
  await x.page.waitForTimeout(1000);
  assert.equal(await param(x, 'asof'), at, 'paused');
  await x.page.close();
});

test('a legend entry toggles its type in the filter, and the claims view narrows too', async () => {
  const x = await openMap();
  await x.nav('Claims').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  const claimsBefore = await x.count();
  await x.page.goBack();
  await nodes(x).first().waitFor();
  const entry = x.page.locator('.legend-types button', { hasText: 'Troop deployment' });
  const n = Number(await entry.locator('xpath=../span[@class="n"]').textContent());
  await entry.click();
  await x.page.waitForFunction(() => location.hash.includes('kind='));
  assert.equal(await entry.getAttribute('aria-pressed'), 'true');
  await x.page.waitForFunction(() => [...document.querySelectorAll('#map-marks .edge')].every((e) => /Troop deployment$/.test(e.getAttribute('aria-label'))));
  const drawn = await labels(edges(x));
  assert.equal(tiesOf(drawn), n, 'the legend count is what the edges stand for');
  for (const t of drawn) assert.match(t, /: \d+ relations?: (\d+ )?Troop deployment$/);
  await x.nav('Claims').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  assert.match(await x.hash(), /kind=/);
  assert.notEqual(await x.count(), claimsBefore, 'the claims narrow to that type of tie');
  await x.page.close();
});

test('activating an actor, a pair or a tie opens the shared panel', async () => {
  const x = await openMap();
  await x.page.locator('#map-marks .node[aria-label^="Japan, State"]').click();
  await x.panel().waitFor();
  assert.equal(await x.page.locator('#panel-h').textContent(), 'Japan');
  assert.equal(await param(x, 'sel'), 'actor:japan');
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !location.hash.includes('sel='));
  // A pair: its panel lists every relation between the two, with its type and quotes.
  const pair = x.page.locator('#map-marks .edge[aria-label^="Russia – North Korea"], #map-marks .edge[aria-label^="North Korea – Russia"]');
  const n = tiesOf([await pair.getAttribute('aria-label')]);
  await pair.dispatchEvent('click');
  await x.panel().waitFor();
  assert.match(await param(x, 'sel'), /^pair:(russia~north-korea|north-korea~russia)$/);
  assert.match(await x.page.locator('#panel-h').textContent(), /^(Russia – North Korea|North Korea – Russia)$/);
  const listed = x.page.locator('#panel .ties.pair > li > ul > li');
  assert.equal(await listed.count(), n, 'every relation of the pair');
  assert.match(await x.page.locator('#panel .meta').first().textContent(), new RegExp(`^${n} relations`));
  assert.ok(await x.page.locator('#panel .ties.pair .quotes li').count() >= n, 'each with its quotes');
  // The link opens the same panel.
  await x.page.reload();
  await x.panel().waitFor();
  assert.equal(await listed.count(), n);
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !location.hash.includes('sel='));
  // One tie, with every relation shown.
  await x.goto('#/map?every=1');
  await edges(x).first().dispatchEvent('click');
  await x.panel().waitFor();
  assert.match(await param(x, 'sel'), /^relation:/);
  await x.page.close();
});

test('the network layout shows the same ties, keeps the filter, and goes into the link', async () => {
  const x = await openMap('#/map?actor=japan&every=1');
  const geo = (await labels(edges(x))).sort();
  const where = () => x.page.locator('#map-marks .node[aria-label^="Japan,"]').getAttribute('transform');
  const geoAt = await where();
  await x.page.getByRole('button', { name: 'Network' }).click();
  await x.page.waitForFunction(() => location.hash.includes('layout=network'));
  await x.page.waitForFunction(() => document.querySelector('#map-svg.net') && !document.querySelector('#map-svg.moving'));
  assert.equal(await param(x, 'actor'), 'japan');
  assert.deepEqual((await labels(edges(x))).sort(), geo);
  assert.notEqual(await where(), geoAt, 'Japan moved to its place in the network');
  assert.ok(await x.page.locator('#map-land').getAttribute('hidden') !== null, 'no outlines behind the network');
  assert.equal(await x.page.getByRole('button', { name: 'Network' }).getAttribute('aria-pressed'), 'true');
  // The same link opens the network again; Geography goes back.
  await x.page.reload();
  await nodes(x).first().waitFor();
  assert.equal(await where(), await where());
  assert.ok(await x.page.locator('#map-svg.net').count());
  await x.page.getByRole('button', { name: 'Geography' }).click();
  await x.page.waitForFunction(() => !location.hash.includes('layout='));
  await x.page.close();
});

/** How far apart Japan and China are drawn, in px: an expression for the page. */
const gap = `(() => {
  const at = (name) => document.querySelector('#map-marks .node[aria-label^="' + name + ',"]').getBoundingClientRect();
  return Math.hypot(at('Japan').x - at('China').x, at('Japan').y - at('China').y);
})()`;

test('Tab reaches an actor, an arrow goes to a pair and on to its other actor, Enter opens each, and the buttons zoom', async () => {
  const x = await openMap();
  const active = () => x.page.evaluate(() => [document.activeElement.getAttribute('aria-label'), document.activeElement.classList.contains('edge')]);
  await x.page.locator('#map-chart').focus();
  await x.page.keyboard.press('Tab');
  const [first] = await active();
  assert.match(first ?? '', /, \d+ relations?$/, 'an actor has focus');
  await x.page.evaluate(() => { window.__first = document.activeElement; });
  const name = first.split(',')[0];
  // From the actor, an arrow goes to its pair with the nearest actor tied to it that way.
  let key = null;
  for (const k of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await x.page.evaluate(() => window.__first.focus());
    await x.page.keyboard.press(k);
    const [, onEdge] = await active();
    if (onEdge) { key = k; break; }
  }
  assert.ok(key, 'an arrow key reached a pair');
  const [pair] = await active();
  assert.ok(pair.startsWith(`${name} – `) || pair.includes(` – ${name}: `), `${pair} is ${name}'s`);
  // Enter opens the pair; Escape closes it and focus comes back.
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  assert.match(await param(x, 'sel'), /^pair:/);
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !location.hash.includes('sel='));
  assert.equal((await active())[0], pair, 'focus comes back to the pair');
  // The same arrow goes on to the other actor; Enter opens it.
  await x.page.keyboard.press(key);
  const [other, onEdge] = await active();
  assert.ok(!onEdge && /, \d+ relations?$/.test(other ?? '') && other !== first, `on to the other actor: ${other}`);
  const focused = other.split(',')[0];
  assert.ok(pair.includes(focused), `${focused} is the pair's`);
  await x.page.keyboard.press('Enter');
  await x.panel().waitFor();
  assert.equal(await x.page.locator('#panel-h').textContent(), focused);
  await x.page.keyboard.press('Escape');
  await x.page.waitForFunction(() => !location.hash.includes('sel='));
  assert.equal((await active())[0].split(',')[0], focused, 'focus comes back');
  // Zoom with the buttons spreads the actors apart; Reset brings the framing back.
  const before = await x.page.evaluate(gap);
  await x.page.getByRole('button', { name: 'Zoom in' }).click();
  await x.page.getByRole('button', { name: 'Zoom in' }).click();
  await x.page.waitForFunction(`${gap} > ${before} * 1.3`);
  await x.page.getByRole('button', { name: 'Reset view' }).click();
  await x.page.waitForFunction(`Math.abs(${gap} - ${before}) < 2`);
  await x.page.close();
});

test('the table lists the same ties, and a column sorts it', async () => {
  const x = await openMap('#/map?actor=north-korea');
  const drawn = tiesOf(await labels(edges(x)));
  await x.page.getByRole('button', { name: 'Table' }).click();
  const rows = x.page.locator('#map-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), drawn);
  assert.equal(await x.page.locator('#map-table th').count(), 7);
  await x.page.getByRole('button', { name: 'To', exact: true }).click();
  await x.page.waitForFunction(() => document.querySelectorAll('#map-table th')[2].getAttribute('aria-sort') === 'ascending');
  const to = await x.page.locator('#map-table tbody tr td:nth-child(3)').allTextContents();
  assert.deepEqual(to, [...to].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.equal(await rows.count(), drawn);
  await x.page.close();
});

test('when the outlines cannot be loaded, the map says so and still draws the ties', async () => {
  const page = await browser.newPage();
  await page.route('**/data/countries.svg', (r) => r.abort());
  await page.goto(`${server.origin}/#/map`);
  await page.locator('#map-marks .node').first().waitFor();
  await page.waitForFunction(() => /could not be loaded/.test(document.getElementById('map-msg').textContent));
  assert.equal(await countOf(page.locator('#map-marks .edge:not(.gone)')), pairsOf(corpus.relations, true));
  await page.close();
});

test('on a phone the map fits the screen and the legend wraps', async () => {
  const x = await openMap('#/map', { viewport: { width: 390, height: 844 } });
  const box = await x.page.locator('#map-chart').boundingBox();
  assert.ok(box.width <= 390 && box.width > 300, `${box.width}`);
  const overflow = await x.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.ok(Object.keys(name).length > 0);
  await x.page.close();
});

/** Whether the element marked by `mark` still has focus (the same element, not a copy). */
const stillFocused = (x) => x.page.evaluate(() => document.activeElement === window.__focused);
const mark = (loc) => loc.evaluate((el) => { el.focus(); window.__focused = el; });

test('an actor keeps focus as + and − zoom the map, and as the date and the filter change', async () => {
  const x = await openMap();
  const japan = x.page.getByRole('button', { name: /^Japan, State/ });
  await mark(japan);
  assert.ok(await stillFocused(x), 'Japan has focus');
  const before = await x.page.evaluate(gap);
  await x.page.keyboard.press('+');
  await x.page.waitForFunction(`${gap} > ${before} * 1.1`);
  assert.ok(await stillFocused(x), 'focus stays on Japan as + zooms in');
  await x.page.keyboard.press('-');
  await x.page.waitForFunction(`Math.abs(${gap} - ${before}) < 2`);
  assert.ok(await stillFocused(x), 'focus stays on Japan as − zooms out');
  // Another date, then another filter: Japan is drawn at both, and keeps its element.
  await x.page.evaluate(() => { location.hash = '#/map?asof=2024-06'; });
  await x.page.waitForFunction(() => document.getElementById('asof-out').textContent.startsWith('June 2024'));
  assert.ok(await stillFocused(x), 'focus stays on Japan as the date moves');
  await x.page.evaluate(() => { location.hash = '#/map?actor=japan&asof=2024-06'; });
  await x.page.waitForFunction(() => document.querySelector('main .count').textContent.startsWith('Showing'));
  assert.ok(await stillFocused(x), 'focus stays on Japan as the filter changes');
  assert.match(await japan.getAttribute('aria-label'), /^Japan, State, \d+ relations?$/);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a legend key, the Table toggle and a sort head keep focus when activated', async () => {
  const x = await openMap();
  const key = x.page.locator('.map-legend').getByRole('button', { name: 'Troop deployment', exact: true });
  await mark(key);
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => location.hash.includes('kind='));
  assert.equal(await key.getAttribute('aria-pressed'), 'true');
  assert.ok(await stillFocused(x), 'focus stays on the legend key turned on');
  await x.page.keyboard.press('Space');
  await x.page.waitForFunction(() => !location.hash.includes('kind='));
  assert.equal(await key.getAttribute('aria-pressed'), 'false');
  assert.ok(await stillFocused(x), 'focus stays on the legend key turned off');
  // The table instead of the picture, and back.
  const table = x.page.getByRole('toolbar', { name: 'Map controls' }).getByRole('button', { name: 'Table', exact: true });
  await mark(table);
  await x.page.keyboard.press('Enter');
  await x.page.locator('#map-table tbody tr').first().waitFor();
  assert.equal(await table.getAttribute('aria-pressed'), 'true');
  assert.ok(await stillFocused(x), 'focus stays on Table as the table opens');
  // A column sorts the table, and again the other way.
  const to = x.page.locator('#map-table').getByRole('button', { name: 'To', exact: true });
  const head = x.page.locator('#map-table th').nth(2);
  await mark(to);
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => document.querySelectorAll('#map-table th')[2].getAttribute('aria-sort') === 'ascending');
  assert.ok(await stillFocused(x), 'focus stays on the sort head');
  const up = await x.page.locator('#map-table tbody tr td:nth-child(3)').allTextContents();
  assert.deepEqual(up, [...up].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await x.page.keyboard.press('Enter');
  await x.page.waitForFunction(() => document.querySelectorAll('#map-table th')[2].getAttribute('aria-sort') === 'descending');
  assert.equal(await head.getAttribute('aria-sort'), 'descending');
  assert.ok(await stillFocused(x), 'focus stays on the sort head sorting the other way');
  const down = await x.page.locator('#map-table tbody tr td:nth-child(3)').allTextContents();
  assert.deepEqual(down, [...up].reverse());
  await mark(table);
  await x.page.keyboard.press('Enter');
  await nodes(x).first().waitFor();
  assert.equal(await table.getAttribute('aria-pressed'), 'false');
  assert.ok(await stillFocused(x), 'focus stays on Table as the picture comes back');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
