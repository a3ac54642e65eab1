// A corpus written in Japanese builds an explorer: built over tests/fixtures/ja-corpus
// (`make dist-ja`), the page names itself by its Japanese title, the timeline lists its
// events, and search finds a word inside unspaced text (no spaces between words), in
// any width or kana, and shows the no-results line for a word the corpus does not have.
// The interface speaks English here (the browser's language, support.mjs) over Japanese
// articles, except where a test asks for lang=ja.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launch, Explorer, DIST_JA } from './support.mjs';

const corpus = JSON.parse(await readFile(new URL('data/corpus.json', `file://${DIST_JA}`), 'utf8'));
const TITLE = '日露関係エクスプローラー（テスト用）';
let server, browser;
before(async () => { server = await startServer(DIST_JA); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// Words that name the alliance corpus's topic, its title or its sources.
const FOREIGN = ['Alliance Explorer', 'Russia', 'North Korea', 'Pyongyang', 'Japan', 'Indo-Pacific', 'five articles', 'Beşer', 'Bluebook'];

/** The rows of the timeline's table (the events that pass), once it is shown. */
async function tableRows(x) {
  const table = x.page.getByRole('button', { name: 'Table' });
  if ((await table.getAttribute('aria-pressed')) !== 'true') await table.click();
  return x.page.locator('.tl-table tbody tr:not([hidden])');
}

/** The titles in the timeline's table. */
async function titles(x) {
  return (await (await tableRows(x)).locator('td:nth-child(2)').allTextContents()).map((t) => t.trim());
}

/** Types `q` into the search box and waits for the address to carry it. */
async function search(x, q) {
  await x.search().fill(q);
  await x.page.waitForFunction((q) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') === q, q);
}

test('the page shell names the Japanese corpus before the wasm runs', async () => {
  const html = await readFile(new URL('index.html', `file://${DIST_JA}`), 'utf8');
  assert.ok(html.includes(`<title>${TITLE}</title>`), 'the title');
  assert.match(html, /<html[^>]* lang="?ja"?/);
  assert.ok(html.includes('テスト用の架空の記事二本が伝える日本とロシアの漁業協議'), 'the tagline');
  for (const word of FOREIGN) assert.ok(!html.includes(word), `index.html mentions ${word}`);
});

test('the explorer names itself in Japanese and its timeline lists its events', async () => {
  const x = await Explorer.open(browser, server.origin, '');
  assert.equal(await x.heading(), 'Timeline', 'default_view = "timeline"');
  assert.equal(await x.page.locator('h1').textContent(), TITLE);
  assert.equal(await x.page.title(), TITLE);
  assert.equal((await x.count()).trim(), `${corpus.events.length} events`);
  assert.equal(corpus.events.length, 4);
  assert.deepEqual(
    [...(await titles(x))].sort(),
    corpus.events.map((e) => e.title).sort(),
  );
  for (const route of ['', '#/timeline', '#/map', '#/claims', '#/sources', '#/sources/visit']) {
    await x.goto(route);
    const html = await x.page.content();
    for (const word of FOREIGN) assert.ok(!html.includes(word), `${route || 'no hash'} mentions ${word}`);
  }
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a word from inside an unspaced sentence narrows the timeline and the claims', async () => {
  // 漁獲量 sits mid-sentence: サケとマスの漁獲量を毎年の協議で決めることを定めている.
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await search(x, '漁獲量');
  assert.match(await x.count(), /^Showing 1 of 4 events/);
  assert.deepEqual(await titles(x), ['日本とロシアがウラジオストクで漁業協定に署名']);
  // The claim does not quote that sentence: the Claims view has nothing, and says so.
  await x.nav('Claims').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/claims'));
  const offer = x.page.locator('main .no-results button');
  await offer.waitFor();
  assert.equal(await offer.textContent(), 'No claims match: remove “text “漁獲量”” (would show 1)');
  assert.equal(await x.items().count(), 0);
  // 共同調査 sits mid-sentence in the claim (資源保護のための共同調査が来年以降に始まる),
  // and is marked there once typing pauses.
  await search(x, '共同調査');
  await offer.waitFor({ state: 'detached' });
  assert.equal(await x.items().count(), 1);
  await x.page.waitForFunction(() => [...document.querySelectorAll('main mark')].some((m) => m.textContent === '共同調査'));
  // Back on the timeline, no event has it.
  await x.nav('Timeline').click();
  await x.page.waitForFunction(() => location.hash.startsWith('#/timeline'));
  await offer.waitFor();
  assert.equal(await offer.textContent(), 'No events match: remove “text “共同調査”” (would show 4)');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('a word not in the corpus shows the no-results line', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  await search(x, '石油');
  const offer = x.page.locator('main .no-results button');
  await offer.waitFor();
  assert.equal(await offer.textContent(), 'No events match: remove “text “石油”” (would show 4)');
  assert.match(await x.count(), /^Showing 0 of 4 events/);
  await x.goto('#/claims?q=石油');
  await offer.waitFor();
  assert.equal(await offer.textContent(), 'No claims match: remove “text “石油”” (would show 1)');
  // Removing the search brings everything back.
  await offer.click();
  await x.page.waitForFunction(() => !location.hash.includes('q='));
  await offer.waitFor({ state: 'detached' });
  assert.equal(await x.items().count(), 1);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('search folds kana and widths: hiragana, half-width katakana and full-width digits', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline');
  // エネルギー is written in katakana; typed in half-width katakana, voiced mark apart.
  await search(x, 'ｴﾈﾙｷﾞｰ');
  assert.deepEqual(await titles(x), ['ロシアの外相が東京を訪れ、日本の外相と会談']);
  await search(x, 'えねるぎー');
  assert.deepEqual(await titles(x), ['ロシアの外相が東京を訪れ、日本の外相と会談']);
  // The text writes ２０２３年１０月 in full width and 2024年6月 in ASCII.
  await search(x, '2023年10月');
  assert.deepEqual(await titles(x), ['ロシアの外相が東京を訪れ、日本の外相と会談']);
  await search(x, '２０２４年６月');
  assert.deepEqual(await titles(x), ['漁業協定が発効']);
  // On the claims, hiragana finds and marks the katakana as written.
  await x.goto('#/claims?q=ろしあ');
  assert.equal(await x.items().count(), 1);
  await x.page.waitForFunction(() => [...document.querySelectorAll('main mark')].some((m) => m.textContent === 'ロシア'));
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('in the Japanese interface the same search counts in Japanese', async () => {
  const x = await Explorer.open(browser, server.origin, '#/timeline?lang=ja&q=漁獲量');
  assert.equal(await x.heading(), '年表');
  assert.match(await x.count(), /4件中1件を表示/);
  assert.equal(await x.page.locator('h1').textContent(), TITLE);
  assert.deepEqual(x.errors, []);
  await x.page.close();
});

test('under the English interface the Japanese articles say they are Japanese', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims');
  assert.equal(await x.page.evaluate(() => document.documentElement.lang), 'en', 'the interface');
  const card = x.page.locator('main .items > li').first();
  assert.equal(await card.locator('button.title').first().getAttribute('lang'), 'ja', 'a claim');
  assert.equal(await card.locator('blockquote').first().getAttribute('lang'), 'ja', 'a quote');
  await x.goto(`#/sources/${corpus.documents[0].id}`);
  assert.equal(await x.page.locator('main .fulltext').getAttribute('lang'), 'ja', 'an article');
  assert.deepEqual(x.errors, []);
  await x.page.close();
});
