// Open your own corpus (issue 21): `?open` loads the explorer without a corpus compiled
// in, which checks the files a user chooses or drops as the build checks them, lists
// every problem, and opens a corpus that checks in every view, named by its own title,
// kept in the browser until it is closed. Over tests/fixtures/other-corpus (a river
// cleanup), read from disk here and handed to the page as a user's files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { startServer, launch, Explorer, onlyFiles } from './support.mjs';

const OTHER = fileURLToPath(new URL('../tests/fixtures/other-corpus/', import.meta.url));
const SEED_TITLE = 'Alliance Explorer';
// Words that name the alliance corpus's topic, its title or its sources.
const FOREIGN = [SEED_TITLE, 'Russia', 'North Korea', 'Pyongyang', 'Japan', 'Indo-Pacific', 'five articles', 'Beşer'];

/** The fixture's files as a file chooser hands them over, `change` applied to each
 * file's text (by name). */
function files(change = {}) {
  return readdirSync(OTHER).map((name) => {
    const text = readFileSync(OTHER + name, 'utf8');
    return { name, mimeType: 'text/plain', buffer: Buffer.from(change[name] ? change[name](text) : text) };
  });
}

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** A new tab (a context of its own: its own IndexedDB) on the open page. */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const x = new Explorer(await context.newPage(), server.origin);
  await x.page.goto(`${server.origin}/?open`);
  await x.page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  return x;
}

/** Drops `list` ({ name, text } each) on the open page, as a user drops files. */
async function drop(x, list) {
  const transfer = await x.page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, list);
  await x.page.getByText('…or drop the files here').dispatchEvent('drop', { dataTransfer: transfer });
}

const opened = (x) => x.page.getByRole('heading', { level: 1, name: 'River Explorer' }).waitFor();

test('a chosen folder opens in every view, named by its own title, and nothing leaves the page', async () => {
  const x = await openPage();
  await x.page.getByLabel('Choose a folder').setInputFiles(OTHER);
  await opened(x);
  assert.equal(await x.page.title(), 'River Explorer');
  assert.equal(await x.heading(), 'Claims', 'its default_view');
  assert.equal((await x.count()).trim(), '1 claim');
  for (const route of ['#/timeline', '#/map', '#/claims', '#/sources', '#/sources/river-report']) {
    await x.page.goto(`${server.origin}/?open${route}`);
    await opened(x);
    await x.page.locator('main h2').first().waitFor();
    const text = await x.page.locator('body').textContent();
    for (const word of FOREIGN) assert.ok(!text.includes(word), `${route} shows ${word}`);
  }
  // The network layout places the actors the geographic map has no coordinates for.
  await x.page.goto(`${server.origin}/?open#/map?layout=network`);
  await x.page.locator('#map-marks .node').first().waitFor();
  assert.ok(await x.page.locator('#map-marks .node').count() >= 2);
  assert.deepEqual(x.foreignRequests(), []);
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
});

test('files dropped on the page open the same way', async () => {
  const x = await openPage();
  const dropped = files().map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
  await drop(x, dropped);
  await opened(x);
  assert.equal((await x.count()).trim(), '1 claim');
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
});

test('a quote that is not in its article is listed with its file and item, can be copied, and nothing opens', async () => {
  const x = await openPage();
  const tamper = (t) => t.replace('removed two tonnes of litter', 'removed 2 tonnes of litter');
  await x.page.getByLabel('Choose files').setInputFiles(files({ 'corpus.toml': tamper }));
  const status = x.page.locator('#open-status');
  await status.filter({ hasText: 'was not opened' }).waitFor();
  assert.match(await status.textContent(), /2 files checked: the corpus has 1 problem/);
  const problem = x.page.locator('.open-problems li');
  assert.equal(await problem.count(), 1);
  const line = await problem.textContent();
  assert.match(line, /corpus\.toml/, 'names the file');
  assert.match(line, /event `cleanup`/, 'names the item');
  assert.match(line, /removed 2 tonnes of litter/, 'quotes the quote');
  // Copying a problem puts its line on the clipboard, and says so.
  await problem.getByRole('button', { name: /^Copy: / }).click();
  await x.page.getByText('Copied.').waitFor();
  const copied = await x.page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^corpus\.toml: event `cleanup`: /);
  assert.equal(await x.page.locator('h1').textContent(), 'Open your own corpus', 'nothing opened');
  // Mended, the same files open.
  await x.page.getByLabel('Choose files').setInputFiles(files());
  await opened(x);
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
});

test('a corpus without its [corpus] table says so, naming the folder, and nothing opens', async () => {
  const x = await openPage();
  const untitled = (t) => t.slice(t.indexOf('[[document]]'));
  await x.page.getByLabel('Choose files').setInputFiles(files({ 'corpus.toml': untitled }));
  await x.page.locator('#open-status').filter({ hasText: 'was not opened' }).waitFor();
  assert.match(await x.page.locator('.open-problems li').first().textContent(), /no file has a \[corpus\] table/);
  assert.equal(await x.page.locator('h1').textContent(), 'Open your own corpus');
  await x.page.context().close();
});

test('a reload keeps the opened corpus; "Close this corpus" returns to the explorer\'s own and forgets it', async () => {
  const x = await openPage();
  await x.page.getByLabel('Choose files').setInputFiles(files());
  await opened(x);
  await x.page.reload();
  await opened(x);
  await x.page.getByRole('button', { name: 'Close this corpus' }).click();
  await x.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  assert.ok(!x.page.url().includes('open'), x.page.url());
  await x.page.goto(`${server.origin}/?open`);
  await x.page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  await x.page.context().close();
});

test('the Sources page leads to the open page, and Back returns to the explorer\'s own corpus', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const x = new Explorer(await context.newPage(), server.origin);
  await x.goto('#/sources');
  await x.page.getByRole('link', { name: 'Open your own corpus…' }).click();
  await x.page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  await x.page.getByLabel('Choose files').setInputFiles(files());
  await opened(x);
  await x.page.goBack();
  await x.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  assert.equal(await x.hash(), '#/sources');
  assert.deepEqual(x.foreignRequests(), []);
  await context.close();
});

test('the Download menu saves the opened corpus, not the explorer\'s own', async () => {
  const x = await openPage();
  await x.page.getByLabel('Choose files').setInputFiles(files());
  await opened(x);
  const menu = x.page.locator('details.menu');
  await menu.locator('summary').click();
  const [saved] = await Promise.all([
    x.page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Everything shown (JSON)' }).click(),
  ]);
  await x.page.locator('#dl-status', { hasText: `Saved ${saved.suggestedFilename()}` }).waitFor();
  const json = JSON.parse(await readFile(await saved.path(), 'utf8'));
  assert.equal(json.corpus.title, 'River Explorer');
  assert.equal(json.claims.length, 1);
  assert.deepEqual(json.documents.map((d) => d.id), ['river-report']);
  assert.equal(await menu.getByRole('button', { name: 'Embed' }).count(), 0, 'no embedding of a corpus that lives in this browser');
  assert.deepEqual(x.foreignRequests(), []);
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
});

test('"Save as one file" writes a page that opens the corpus from disk with every other request refused', async () => {
  const x = await openPage();
  await x.page.getByLabel('Choose files').setInputFiles(files());
  await opened(x);
  const [saved] = await Promise.all([
    x.page.waitForEvent('download'),
    x.page.getByRole('button', { name: 'Save as one file' }).click(),
  ]);
  assert.equal(saved.suggestedFilename(), 'river-explorer.html');
  await x.page.getByText('Saved as river-explorer.html').waitFor();
  // Kept where a user keeps it (the browser's copy goes with its context).
  const path = join(await mkdtemp(join(tmpdir(), 'one-file-')), saved.suggestedFilename());
  await saved.saveAs(path);
  await x.page.context().close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const refused = await onlyFiles(context);
  const page = await context.newPage();
  const y = new Explorer(page, 'file://');
  const url = pathToFileURL(path).href;
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'River Explorer' }).waitFor();
  assert.equal(await page.title(), 'River Explorer');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  for (const route of ['#/timeline', '#/map', '#/claims', '#/sources/river-report']) {
    await page.goto(`${url}${route}`);
    await page.getByRole('heading', { level: 1, name: 'River Explorer' }).waitFor();
    await page.locator('main h2').first().waitFor();
    const text = await page.locator('body').textContent();
    for (const word of FOREIGN) assert.ok(!text.includes(word), `${route} shows ${word}`);
  }
  // Its own file: no note of a corpus kept in a browser, nothing to close or save again.
  assert.equal(await page.getByRole('button', { name: 'Close this corpus' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Save as one file' }).count(), 0);
  // Its downloads are of its corpus.
  await page.goto(`${url}#/claims`);
  await page.locator('main h2').first().waitFor();
  const menu = page.locator('details.menu');
  await menu.locator('summary').click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Claims (CSV)' }).click(),
  ]);
  assert.match(await readFile(await csv.path(), 'utf8'), /river/i);
  assert.deepEqual(refused, []);
  assert.deepEqual(y.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(y.errors, []);
  await context.close();
  await rm(dirname(path), { recursive: true });
});

test('a corpus.json opens with the same counts; the explorer\'s filtered download opens as the excerpt it is, after asking', async () => {
  // The build's own corpus.json: the whole corpus, as the explorer shows it.
  const seed = await Explorer.open(browser, server.origin, '#/claims');
  const all = (await seed.count()).trim();
  await seed.goto('#/claims?actor=japan');
  const some = (await seed.count()).trim();
  assert.notEqual(all, some);
  const menu = seed.page.locator('details.menu');
  await menu.locator('summary').click();
  const [saved] = await Promise.all([
    seed.page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Everything shown (JSON)' }).click(),
  ]);
  const excerpt = join(await mkdtemp(join(tmpdir(), 'excerpt-')), 'japan.json');
  await saved.saveAs(excerpt);
  await seed.page.close();

  const x = await openPage();
  await x.page.getByLabel('Choose files').setInputFiles(fileURLToPath(new URL('../dist/data/corpus.json', import.meta.url)));
  await x.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  await x.page.goto(`${server.origin}/?open#/claims`);
  await x.page.locator('main h2').first().waitFor();
  assert.equal((await x.count()).trim(), all);
  // (Its title is the explorer's own: the address says which is shown.)
  await x.page.getByRole('button', { name: 'Close this corpus' }).click();
  await x.page.waitForURL((u) => !u.search.includes('open'));

  // The excerpt points past itself (lessons, order hints): each is listed, and it opens
  // without them when asked to.
  await x.page.goto(`${server.origin}/?open`);
  await x.page.getByLabel('Choose files').setInputFiles(excerpt);
  await x.page.locator('#open-status').filter({ hasText: 'This file is an excerpt' }).waitFor();
  const left = x.page.locator('.open-problems li');
  assert.ok(await left.count() > 0);
  assert.match(await left.first().textContent(), /japan\.json/);
  assert.equal(await x.page.locator('h1').textContent(), 'Open your own corpus', 'nothing opened yet');
  await x.page.getByRole('button', { name: 'Open it without them' }).click();
  await x.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  await x.page.goto(`${server.origin}/?open#/claims`);
  await x.page.locator('main h2').first().waitFor();
  // "Showing 126 of 215 claims" there; all 126 here.
  assert.equal((await x.count()).trim(), `${some.match(/\d+/)[0]} claims`);
  assert.deepEqual(x.foreignRequests(), []);
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
  await rm(dirname(excerpt), { recursive: true });
});

test('a corpus.json of the wrong shape is one problem naming the file, and nothing opens', async () => {
  const x = await openPage();
  const wrong = JSON.parse(readFileSync(new URL('../dist/data/corpus.json', import.meta.url), 'utf8'));
  wrong.events[0].date = 2024;
  await x.page.getByLabel('Choose files').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await x.page.locator('#open-status').filter({ hasText: 'was not opened' }).waitFor();
  const problem = x.page.locator('.open-problems li');
  assert.equal(await problem.count(), 1);
  assert.match(await problem.textContent(), /mine\.json.*invalid type: integer `2024`, expected a string/);
  assert.equal(await x.page.locator('h1').textContent(), 'Open your own corpus');
  await x.page.context().close();
});

test('hostile files each get a clear message naming them, and nothing opens', async () => {
  const x = await openPage();
  const many = Array.from({ length: 100_000 }, (_, i) => `[[event]]\nid = "e${i}"\n`).join('');
  const cases = [
    ['huge.txt', Buffer.alloc(50 << 20, 'a'), /^huge\.txt: too large/],
    ['binary.toml', Buffer.from([0xff, 0xfe, 0x00, 0x81]), /^binary\.toml: cannot read: not UTF-8/],
    ['nested.toml', Buffer.from(`x = ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n`), /^nested\.toml: /],
    ['many.toml', Buffer.from(many), /^many\.toml/],
  ];
  // On disk: the browser reads a 50 MB file from a path as it would a user's.
  const dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  const fixture = files().map((f) => join(dir, f.name));
  await Promise.all(files().map((f) => writeFile(join(dir, f.name), f.buffer)));
  for (const [name, buffer, says] of cases) {
    await writeFile(join(dir, name), buffer);
    await x.page.getByLabel('Choose files').setInputFiles([...fixture, join(dir, name)]);
    await x.page.locator('#open-status').filter({ hasText: 'was not opened' }).waitFor({ timeout: 60_000 });
    const lines = await x.page.locator('.open-problems li').allTextContents();
    assert.ok(lines.some((l) => says.test(l)), `${name}: ${lines.slice(0, 3).join(' | ')}`);
    assert.equal(await x.page.locator('h1').textContent(), 'Open your own corpus', `${name}: nothing opened`);
  }
  assert.deepEqual(x.errors, []);
  await x.page.context().close();
  await rm(dir, { recursive: true });
});

test('the open page as one file works from disk: it opens a corpus and saves its one file, with every other request refused', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const refused = await onlyFiles(context);
  const page = await context.newPage();
  const x = new Explorer(page, 'file://');
  const url = pathToFileURL(fileURLToPath(new URL('../dist/alliance-explorer-open.html', import.meta.url))).href;
  await page.goto(url);
  await page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  assert.equal(await page.title(), 'Open your own corpus');
  assert.equal(await page.getByRole('link', { name: 'Back to the explorer' }).count(), 0, 'no explorer beside it');
  await page.getByLabel('Choose files').setInputFiles(files());
  await page.getByRole('heading', { level: 1, name: 'River Explorer' }).waitFor();
  assert.equal((await x.count()).trim(), '1 claim');
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as one file' }).click(),
  ]);
  const path = join(await mkdtemp(join(tmpdir(), 'one-file-')), saved.suggestedFilename());
  await saved.saveAs(path);
  // Closing forgets it and asks again.
  await page.getByRole('button', { name: 'Close this corpus' }).click();
  await page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();

  // The file it saved: the corpus, from disk.
  await page.goto(pathToFileURL(path).href);
  await page.getByRole('heading', { level: 1, name: 'River Explorer' }).waitFor();
  assert.equal((await x.count()).trim(), '1 claim');
  assert.equal(await page.getByRole('button', { name: 'Save as one file' }).count(), 0);
  assert.deepEqual(refused, []);
  assert.deepEqual(x.errors, []);
  await context.close();
  await rm(dirname(path), { recursive: true });
});

test('the one-sentence corpus opens by the chooser and by drop, in every view, named by its own title', async () => {
  const TINY = fileURLToPath(new URL('../tests/fixtures/tiny-corpus/', import.meta.url));
  const tiny = readdirSync(TINY).map((name) => ({ name, text: readFileSync(TINY + name, 'utf8') }));
  for (const how of ['chooser', 'drop']) {
    const x = await openPage();
    if (how === 'chooser') {
      await x.page.getByLabel('Choose files').setInputFiles(tiny.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
    } else {
      await drop(x, tiny);
    }
    await x.page.getByRole('heading', { level: 1, name: 'Tiny Explorer' }).waitFor();
    assert.equal(await x.page.title(), 'Tiny Explorer', how);
    for (const route of ['#/timeline', '#/map', '#/claims', '#/sources']) {
      await x.page.goto(`${server.origin}/?open${route}`);
      await x.page.getByRole('heading', { level: 1, name: 'Tiny Explorer' }).waitFor();
      await x.page.locator('main h2').first().waitFor();
      const text = await x.page.locator('body').textContent();
      // (Its one sentence is on the same topic: only the seed corpus's own words are foreign.)
      for (const word of [SEED_TITLE, 'five articles', 'Beşer']) assert.ok(!text.includes(word), `${how} ${route} shows ${word}`);
    }
    assert.deepEqual(x.foreignRequests(), []);
    assert.deepEqual(x.errors, []);
    await x.page.context().close();
  }
});

test('with Trusted Types required, a corpus opens in every view and saves as one file, with no violation', async () => {
  // The README's policy, Trusted Types required; the open page's styles are a file too.
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types default";
  const strict = await startServer(undefined, { headers: { 'content-security-policy': policy } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const x = new Explorer(await context.newPage(), strict.origin);
  await x.page.goto(`${strict.origin}/?open`);
  await x.page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  await x.page.getByLabel('Choose a folder').setInputFiles(OTHER);
  await opened(x);
  for (const route of ['#/timeline', '#/map', '#/map?layout=network', '#/claims', '#/sources/river-report']) {
    await x.page.goto(`${strict.origin}/?open${route}`);
    await opened(x);
    await x.page.locator('main h2').first().waitFor();
  }
  const [saved] = await Promise.all([
    x.page.waitForEvent('download'),
    x.page.getByRole('button', { name: 'Save as one file' }).click(),
  ]);
  assert.equal(saved.suggestedFilename(), 'river-explorer.html');
  assert.deepEqual(await x.page.evaluate(() => violations), []);
  assert.deepEqual(x.errors, []);
  await context.close();
  await strict.close();
});
