// The interface in Japanese (issue 22): `lang=ja` in a link, the switch in the header's
// menu, the browser's own languages, `<html lang>`, and no word of the English interface
// left anywhere a Japanese reader meets the interface. The English words are read from
// the English table itself (src/ui/strings/en.rs, and the vocabularies' labels), so a
// word added there and not translated fails here. The corpus's own words (titles, names,
// quotes, claims, summaries) stay in the language they were written in, and are taken
// out of the page's text before it is searched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startServer, launch, openMenu, openIn, DIST } from './support.mjs';

const root = new URL('../', import.meta.url);
const source = (path) => readFile(new URL(path, root), 'utf8');

/** The string literals of a Rust source, unescaped enough for matching. */
function literals(rust) {
  return [...rust.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\'/g, "'"));
}

/** Whether `word` stands in `text` as a word of its own (no letter either side). */
function wordIn(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[A-Za-z]/.test(text[at - 1] ?? ' ') && !/[A-Za-z]/.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Every English word of the interface as fragments a page could show: the literals of
 * the English table and the vocabularies' English labels, cut at their `{…}` holes,
 * keeping those with a word of three letters or more. A word copied into the Japanese
 * table untranslated is still found: the Japanese table is not consulted. */
async function englishFragments() {
  const en = literals(await source('src/ui/strings/en.rs'));
  const vocab = [...(await source('crates/explorer-core/src/vocab.rs')).matchAll(/= "[^"]+": "([^"]+)" \//g)].map((m) => m[1]);
  const out = new Set();
  for (const s of [...en, ...vocab]) {
    for (let part of s.split(/\{[^}]*\}/)) {
      part = part.trim().replace(/^[\s:;,.–—←→()“”"'…]+|[\s:;,.–—←→()“”"'…]+$/g, '');
      // A link's parameter ("layout=") is the same in every language.
      if (!/[A-Za-z]{3}/.test(part) || /^[a-z]+=$/.test(part)) continue;
      out.add(part);
    }
  }
  return [...out];
}

/** The corpus's own words, from the build's corpus.json: every string but ids and
 * vocabulary ids, longest first. */
async function corpusWords() {
  const json = JSON.parse(await readFile(new URL('data/corpus.json', `file://${DIST}`), 'utf8'));
  const skip = new Set(['id', 'kind', 'type', 'verdict', 'status', 'by', 'position', 'cameo', 'file', 'after', 'actors', 'members', 'leader_of', 'source', 'target', 'from', 'to', 'date', 'end', 'published', 'reported', 'place']);
  const out = new Set();
  const walk = (v, key) => {
    if (typeof v === 'string') { if (!skip.has(key) && v.length > 1) out.add(v); return; }
    if (Array.isArray(v)) { v.forEach((x) => walk(x, key)); return; }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(json, '');
  return [...out].sort((a, b) => b.length - a.length);
}

const english = await englishFragments();
const corpus = await corpusWords();
const corpusText = corpus.join('\n');

/** The interface's text on the page: text nodes and the attributes people meet (names,
 * tooltips, placeholders, the statuses written later), outside elements in another
 * language (`lang` not ja), without addresses. */
async function interfaceText(page) {
  return page.evaluate(() => {
    const out = [];
    const foreign = (el) => { const l = el?.closest('[lang]')?.getAttribute('lang'); return l && !l.startsWith('ja'); };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, textarea, #boot') || foreign(el)) continue;
      if (n.textContent.trim()) out.push(n.textContent);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-description', 'data-making', 'data-saved', 'data-copied', 'data-by-hand']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.map((s) => s.replace(/https?:\/\/\S+/g, ' '));
  });
}

/** The English words of the interface on the page, each with the text it is in. */
async function englishOn(page) {
  const found = [];
  for (const text of await interfaceText(page)) {
    if (corpusText.includes(text.trim())) continue;
    // A corpus text (whole, or shortened to fit with "…") ends its line.
    let rest = text.split('\n').map((line) => {
      for (let i = 0; i < line.length - 12; i++) {
        if (corpusText.includes(line.slice(i).replace(/…\s*$/, ''))) return line.slice(0, i);
      }
      return line;
    }).join('\n');
    for (const c of corpus) if (rest.includes(c)) rest = rest.split(c).join(' ');
    const word = english.find((w) => wordIn(rest, w));
    if (word) found.push(`“${word}” in “${text.trim().slice(0, 120)}”`);
  }
  return [...new Set(found)];
}

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const open = (context, hash) => openIn(context, server.origin, hash);

test('the English table is read: the test knows the interface words it looks for', () => {
  for (const w of ['Timeline', 'Filters', 'Clear all', 'Show in the article', 'Zoom in', 'Asserted by', 'Military cooperation', 'Missile test']) {
    assert.ok(english.includes(w), `${w} is among the English words`);
  }
  assert.ok(corpus.includes('North Korea'), 'the corpus words are read');
});

test('the search for English words finds one left in a Japanese page, and not the corpus words', async () => {
  const context = await browser.newContext();
  const { page } = await open(context, '#/timeline?lang=ja');
  assert.deepEqual(await englishOn(page), []);
  // A control left in English, as an untranslated word would be.
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'Zoom in';
    document.querySelector('main').append(b);
    document.querySelector('main').setAttribute('aria-label', 'North Korea: Missile test');
  });
  const found = await englishOn(page);
  assert.ok(found.some((f) => f.startsWith('“Zoom in”')), found.join('; '));
  assert.ok(found.some((f) => f.startsWith('“Missile test”')), 'a vocabulary label beside a corpus name');
  await context.close();
});

test('under lang=ja every route, a lesson step, the panel, the menu, the Embed dialog, the print head and a notice have no English interface word', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const routes = ['#/timeline', '#/map', '#/map?layout=network', '#/claims', '#/claims?group=comparison&contested=1',
    '#/sources', '#/sources/putin-kim-alarm', '#/lessons', '#/claims?lesson=five-sources&step=2',
    '#/timeline?sel=event:treaty-signed', '#/map?sel=actor:japan', '#/claims?actor=japan&kind=fact&from=2024',
    '#/timeline?actor=nobody&layout=sideways&q=zzzzqqq'];
  const { page, errors } = await open(context, '#/timeline?lang=ja');
  const problems = [];
  for (const hash of routes) {
    const sep = hash.includes('?') ? '&' : '?';
    await page.goto(`${server.origin}/${hash}${sep}lang=ja`);
    await page.locator('main h2').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja', `${hash}: <html lang="ja">`);
    for (const p of await englishOn(page)) problems.push(`${hash}: ${p}`);
  }
  // The claims as a table, the timeline's and the map's tables.
  for (const hash of ['#/claims', '#/timeline', '#/map']) {
    await page.goto(`${server.origin}/${hash}?lang=ja`);
    await page.locator('main h2').first().waitFor();
    await page.locator('main [role=toolbar] button, main [role=group] button').filter({ hasText: /^表$/ }).first().click();
    await page.locator('main table').first().waitFor();
    for (const p of await englishOn(page)) problems.push(`${hash} table: ${p}`);
  }
  // The menu open, then the Embed dialog.
  await page.goto(`${server.origin}/#/timeline?actor=japan&lang=ja`);
  await page.locator('main h2').first().waitFor();
  await openMenu(page);
  for (const p of await englishOn(page)) problems.push(`menu: ${p}`);
  await page.getByRole('button', { name: '埋め込み' }).click();
  await page.getByRole('dialog').waitFor();
  for (const p of await englishOn(page)) problems.push(`embed dialog: ${p}`);
  assert.match(await page.locator('#embed-code').inputValue(), /lang=ja/, 'the embed code keeps the language');
  // A notice about a link's dropped parts is in the list above (#/timeline?actor=nobody…).
  await page.goto(`${server.origin}/#/timeline?actor=nobody&lang=ja`);
  await page.locator('.notice').first().waitFor();
  assert.match(await page.locator('.notice').first().textContent(), /不明なアクター「nobody」を無視しました/);
  // The print head, as printed.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('#print-head').textContent(), /^印刷元: /);
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embedded explorer and the how-to-read guide speak Japanese too', async () => {
  const context = await browser.newContext();
  const { page, errors } = await open(context, '#/claims?contested=1&embed=1&lang=ja');
  assert.equal(await page.locator('#full-link').textContent(), 'エクスプローラー全体を開く ↗');
  assert.match(await page.locator('#full-link').getAttribute('href'), /lang=ja/, 'the full explorer opens in Japanese');
  await page.goto(`${server.origin}/#/claims?lang=ja`);
  await page.locator('main h2').first().waitFor();
  await page.getByText('読み方').click();
  assert.deepEqual(await englishOn(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the switch in the menu speaks Japanese at once, keeps focus, is remembered, and English comes back', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const { page, errors } = await open(context, '#/claims?actor=japan');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await openMenu(page);
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('navigation', { name: '表示' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lang', 'focus stays on the switch');
  assert.match(await page.evaluate(() => location.hash), /actor=japan.*lang=ja/, 'the view and filter are kept and the link names the language');
  assert.equal(await page.locator('main h2').first().textContent(), '主張');
  // Remembered: a link with no language opens in Japanese.
  await page.goto(`${server.origin}/#/timeline`);
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.locator('main h2').first().textContent(), '年表');
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja', 'a reload keeps it');
  // A link that names English wins for this visit.
  await page.goto(`${server.origin}/#/timeline?lang=en`);
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.locator('main h2').first().textContent(), 'Timeline');
  await openMenu(page);
  await page.getByLabel('Language').selectOption('en');
  await page.goto(`${server.origin}/#/map`);
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English chosen is remembered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser set to Japanese opens in Japanese; one set to French in English', async () => {
  for (const [locale, lang, heading] of [['ja-JP', 'ja', '年表'], ['fr-FR', 'en', 'Timeline']]) {
    const context = await browser.newContext({ locale });
    const { page, errors } = await open(context, '#/timeline');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
    assert.equal(await page.locator('main h2').first().textContent(), heading, locale);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a bad lang in a link falls back with a notice', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const { page, errors } = await open(context, '#/timeline?lang=xx');
  assert.match(await page.locator('.notice').first().textContent(), /lang=“xx” is no language of this explorer/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dates are written the Japanese way: ticks, the range chips, the panel', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, '#/timeline?tw=2024-05-20..2024-12-20&lang=ja');
  const ticks = await page.locator('#tl-chart .tick-label').allTextContents();
  assert.ok(ticks.includes('2024年6月'), `a month tick reads 2024年6月: ${ticks.join(' ')}`);
  assert.ok(ticks.every((t) => /^(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?$|^\d{4}年(Q\d)?$/.test(t)), ticks.join(' '));
  await page.goto(`${server.origin}/#/timeline?from=2024-06&to=2025-02&lang=ja`);
  await page.locator('main h2').first().waitFor();
  const chips = await page.getByRole('group', { name: '適用中の絞り込み' }).textContent();
  assert.match(chips, /2024年6月から/);
  assert.match(chips, /2025年2月まで/);
  await page.goto(`${server.origin}/#/timeline?sel=event:treaty-signed&lang=ja`);
  await page.locator('#panel').waitFor();
  // The corpus dates its events to the month at most (days are tested natively).
  assert.match(await page.locator('#panel').textContent(), /2024年6月 · 月まで判明/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 390 px in Japanese no text runs out of its control and nothing scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const { page, errors } = await open(context, '#/timeline?lang=ja');
  const problems = [];
  for (const hash of ['#/timeline', '#/map', '#/claims', '#/sources', '#/sources/putin-kim-alarm', '#/lessons', '#/claims?lesson=five-sources&step=2']) {
    await page.goto(`${server.origin}/${hash}${hash.includes('?') ? '&' : '?'}lang=ja`);
    await page.locator('main h2').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${hash} scrolls sideways by ${overflow}px`);
    const tight = await page.evaluate(() => [...document.querySelectorAll('button, summary, select, nav a, label')]
      .filter((el) => el.checkVisibility() && !el.closest('svg') && el.clientWidth > 2 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.outerHTML.slice(0, 80)} (${el.scrollWidth} > ${el.clientWidth})`));
    problems.push(...tight.map((t) => `${hash}: ${t}`));
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The number of items a count line shows: "主張215件中129件を表示" or "129件の主張". */
const shownIn = (line) => Number((line.match(/件中(\d+)件を表示/) ?? line.match(/^(\d+)件/))[1]);

test('under lang=ja the actors go by their Japanese names: the title, the facet and its finder, the chips, the panel, the map, and search', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, '#/claims?lang=ja');
  // The page's title, description and heading: the corpus's Japanese ones.
  assert.equal(await page.title(), '同盟エクスプローラー');
  assert.match(await page.locator('meta[name=description]').getAttribute('content'), /^ロシア・北朝鮮同盟と日本のインド太平洋戦略/);
  assert.equal(await page.locator('header h1').textContent(), '同盟エクスプローラー');
  // The actor facet lists North Korea as 北朝鮮 (its name and its count; not 北朝鮮兵).
  const northKorea = page.getByRole('checkbox', { name: /^北朝鮮\s*\d+$/ });
  await northKorea.waitFor();
  // The finder matches the Japanese name, and still every English spelling.
  for (const typed of ['北朝', 'Pyongyang']) {
    await page.locator('#find-actor').fill(typed);
    await northKorea.waitFor();
    assert.equal(await page.getByRole('checkbox', { name: /^Russia\b|^ロシア\s*\d+$/ }).count(), 0, `${typed}: Russia is not listed`);
  }
  await page.locator('#find-actor').fill('');
  // Checked, it is a chip in Japanese.
  await northKorea.check();
  await page.waitForFunction(() => location.hash.includes('actor=north-korea'));
  assert.match(await page.getByRole('group', { name: '適用中の絞り込み' }).textContent(), /アクター: 北朝鮮/);
  // The panel's heading; the English name is among the spellings the texts use.
  await page.goto(`${server.origin}/#/claims?sel=actor:north-korea&lang=ja`);
  await page.locator('#panel').waitFor();
  assert.equal(await page.locator('#panel h2').textContent(), '北朝鮮');
  assert.match(await page.locator('#panel').textContent(), /別表記: North Korea, Pyongyang/);
  // The map: the actor's name and its label, and Japanese labels (two columns a
  // character) that run into no other label on their line. (Lines are compared by their
  // middles: a Japanese font's box is taller than the 14 px a label's line is given.)
  await page.goto(`${server.origin}/#/map?lang=ja`);
  await page.locator('#map-marks .node').first().waitFor();
  await page.locator('#map-marks .node[aria-label^="北朝鮮,"]').waitFor();
  assert.equal(await page.locator('#map-marks .node text.label', { hasText: /^北朝鮮$/ }).count(), 1, 'a label 北朝鮮');
  const overlaps = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('#map-marks .node .label')].map((l) => {
      const r = l.getBoundingClientRect();
      return { text: l.textContent, left: r.left, right: r.right, middle: (r.top + r.bottom) / 2 };
    });
    const bad = [];
    labels.forEach((a, i) => labels.forEach((b, j) => {
      if (j > i && Math.abs(a.middle - b.middle) < 12 && a.left < b.right - 0.5 && b.left < a.right - 0.5) bad.push(`${a.text} and ${b.text}`);
    }));
    return bad;
  });
  assert.deepEqual(overlaps, []);
  // Search: 北朝鮮 finds what "North Korea" finds. The timeline shows the same events;
  // of the claims, "North Korea" (two words, each anywhere) also finds one about South
  // Korea and Northeast Asia, which 北朝鮮 rightly does not (named with the other
  // differences in crates/corpus-compiler/tests/japanese.rs).
  for (const [view, fewer] of [['timeline', 0], ['claims', 1]]) {
    const found = {};
    for (const q of ['北朝鮮', 'North Korea']) {
      await page.goto(`${server.origin}/#/${view}?lang=ja`);
      await page.locator('main h2').first().waitFor();
      await page.locator('#q').fill(q);
      await page.waitForFunction((q) => decodeURIComponent(location.hash).includes(`q=${q}`), q);
      found[q] = shownIn((await page.locator('main .count').first().textContent()).trim());
    }
    assert.ok(found['北朝鮮'] > 10, `${view}: ${found['北朝鮮']}`);
    assert.equal(found['北朝鮮'], found['North Korea'] - fewer, `${view}: 北朝鮮 ${found['北朝鮮']}, North Korea ${found['North Korea']}`);
  }
  // In English, the same page is called by its English title.
  await page.goto(`${server.origin}/#/claims?lang=en`);
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.title(), 'Alliance Explorer');
  assert.equal(await page.getByRole('checkbox', { name: /^北朝鮮/ }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('inside the Japanese interface the corpus words say they are English, so a screen reader reads them so', async () => {
  const context = await browser.newContext();
  const { page, errors } = await open(context, '#/sources/putin-kim-alarm?lang=ja');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await page.locator('main .fulltext').getAttribute('lang'), 'en', 'the article');
  assert.equal(await page.locator('#source-h').getAttribute('lang'), 'en', 'its title');
  await page.goto(`${server.origin}/#/claims?lang=ja`);
  await page.locator('main h2').first().waitFor();
  const card = page.locator('main .items > li').first();
  assert.equal(await card.locator('button.title').first().getAttribute('lang'), 'en', 'a claim');
  assert.equal(await card.locator('blockquote').first().getAttribute('lang'), 'en', 'a quote');
  // The interface's own words stay Japanese: the count line, the controls.
  assert.equal(await page.locator('main .count').first().evaluate((el) => el.closest('[lang]').getAttribute('lang')), 'ja');
  assert.deepEqual(errors, []);
  await context.close();
});
