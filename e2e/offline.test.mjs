// Offline and locked down: the single file (dist/alliance-explorer.html) opened from disk
// with every other request refused; the build under a sub-path; the service worker
// (cache named after the build, this origin's files only, the explorer after going
// offline, an old cache dropped by a new build); the page under a strict
// Content-Security-Policy with no violation; a visible message when the wasm cannot load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, launch, Explorer, onlyFiles, openMenu } from './support.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SINGLE = join(DIST, 'alliance-explorer.html');
// The README's policy, Trusted Types required.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types default";
const corpus = JSON.parse(await readFile(join(DIST, 'data/corpus.json'), 'utf8'));
const doc = corpus.documents[0].id;
const hasExporter = existsSync(join(DIST, 'exporter/exporter.js'));

// Every route, each with what it must show; the last opens the detail panel from the link.
const ROUTES = [
  ['#/timeline', 'Timeline'],
  ['#/map', 'Alliance map'],
  ['#/claims', 'Claims'],
  ['#/sources', 'Sources'],
  ['#/lessons', 'Lessons'],
  ['#/claims?lesson=five-sources&step=3', 'Claims'],
  [`#/sources/${doc}`, null],
  ['#/claims?actor=japan&sel=actor:japan', 'Claims'],
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Opens each route in turn (as a link would, in one page) and checks what it shows. */
async function walk(page, url) {
  for (const [hash, heading] of ROUTES) {
    await page.goto(url + hash);
    await showing(page, heading);
    if (heading) assert.ok((await page.locator('main .items > li, #map-marks .edge').count()) > 0, `${hash}: items shown`);
    if (hash.includes('sel=')) {
      await page.locator('#panel').waitFor();
      assert.match(await page.locator('#panel h2').textContent(), /Japan/);
    }
    if (hash === '#/map') await outlinesDrawn(page);
    if (hash.includes('lesson=')) assert.match(await page.locator('#lesson-bar').textContent(), /Step 3 of \d+/);
  }
  // Back and Forward move through the routes walked.
  await page.goBack();
  await showing(page, null);
  assert.equal(await page.locator('#panel').count(), 0);
  await page.goForward();
  await page.locator('#panel').waitFor();
}

/** Waits for the view with this heading (null: an article in the reader). */
async function showing(page, heading) {
  await page.waitForFunction((h) => {
    const shown = document.querySelector('main h2')?.textContent;
    return h ? shown === h : document.querySelector('main .fulltext') && shown;
  }, heading);
}

/** The map's outlines loaded (the hidden <img> of the same address as the SVG <image>),
 * with no failure message, and the actors drawn over them. */
async function outlinesDrawn(page) {
  await page.locator('#map-marks .node').first().waitFor();
  await page.waitForFunction(() => {
    const img = document.getElementById('map-img');
    return img.complete && img.naturalWidth > 0;
  });
  assert.equal(await page.locator('#map-msg').textContent(), '');
  const [image, img] = await page.evaluate(() => [
    document.querySelector('#map-land image').getAttribute('href'), document.getElementById('map-img').getAttribute('src')]);
  assert.equal(image, img, 'the SVG image and the probe load the same outlines');
  return image;
}

/** Presses a Download button of the header's menu. */
async function download(page, name) {
  await openMenu(page);
  await page.getByRole('button', { name }).click();
}

/** Console errors and page errors of a page. */
function errorsOf(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the single file works from disk with every other request refused', async () => {
  const context = await browser.newContext();
  const refused = await onlyFiles(context);
  const page = await context.newPage();
  const errors = errorsOf(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(SINGLE).href;
  await walk(page, url);
  // The outlines are inlined: the map's image is a data: URL, not a file beside it.
  await page.goto(`${url}#/map`);
  const outlines = await outlinesDrawn(page);
  assert.match(outlines, /^data:image\/svg\+xml,<svg /);
  assert.deepEqual(refused, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(url.split('#')[0]) && !u.startsWith('data:')), [],
    'nothing but the file itself (and data: URLs) is requested');
  assert.deepEqual(errors, []);
  // The export module: inlined and started from a Blob URL when the build has it.
  const exporter = await page.evaluate(() => globalThis.aeExporter().then((m) => Object.keys(m).length, (e) => `failed: ${e.message}`));
  if (hasExporter) assert.ok(exporter > 0, `the export module loads: ${exporter}`);
  else assert.equal(exporter, 'failed: this build has no export module');
  // No service worker, and nothing left of the hosted build's loader.
  const html = await readFile(SINGLE, 'utf8');
  assert.doesNotMatch(html, /serviceWorker|sw\.js|modulepreload|rel=preload|<link[^>]*stylesheet|boot-/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single file runs with Trusted Types required, with no violation', async () => {
  // Served with a policy that requires Trusted Types and allows what a page of inline
  // script needs (the single file is one).
  const policy = "require-trusted-types-for 'script'; trusted-types default";
  const server = await startServer(DIST, { headers: { 'content-security-policy': policy } });
  const context = await browser.newContext();
  await context.addInitScript(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await walk(page, `${server.origin}/alliance-explorer.html`);
  await page.goto(`${server.origin}/alliance-explorer.html#/claims`);
  await page.locator('main h2').first().waitFor();
  if (hasExporter) {
    const [saved] = await Promise.all([page.waitForEvent('download'), download(page, 'Claims (CSV)')]);
    assert.match(saved.suggestedFilename(), /\.csv$/);
  }
  assert.deepEqual(await page.evaluate(() => violations), []);
  // The policy is in force: a plain string is refused by an HTML sink's default
  // policy when it carries script.
  assert.equal(await page.evaluate(() => { try { document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'; return 'written'; } catch (e) { return e.name; } }), 'TypeError');
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('the build works from a sub-path of a static host', async () => {
  const server = await startServer();
  const page = await browser.newPage();
  const errors = errorsOf(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await walk(page, `${server.origin}/deep/path/`);
  await page.goto(`${server.origin}/deep/path/#/map`);
  assert.equal(await outlinesDrawn(page), 'data/countries.svg');
  assert.ok(requests.includes(`${server.origin}/deep/path/data/countries.svg`));
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${server.origin}/deep/path/`)), []);
  assert.deepEqual(errors, []);
  await page.close();
  await server.close();
});

/** The service worker's build hash and file list, as scripts/service-worker.mjs wrote them. */
async function workerBuild(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  return {
    hash: sw.match(/const HASH = '([0-9a-f]+)'/)[1],
    files: JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]),
    lazy: JSON.parse(sw.match(/const LAZY = new Set\((\[.*\])\.map/)[1]),
  };
}

/** The caches of a page's origin: name → the URLs each holds. */
function cachesOf(page) {
  return page.evaluate(async () => Object.fromEntries(await Promise.all((await caches.keys())
    .map(async (name) => [name, (await (await caches.open(name)).keys()).map((r) => r.url)]))));
}

test('the service worker caches exactly the build, and the explorer opens offline', async (t) => {
  // A copy of the build, so that a "new build" can be made below.
  const dir = await mkdtemp(join(tmpdir(), 'ae-sw-'));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer(`${dir}/`);
  const base = `${server.origin}/deep/path/`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  // Closed even when an assertion fails, so that the file's run ends.
  t.after(async () => {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await page.goto(`${base}#/claims`);
  await page.locator('main h2').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });

  const { hash, files, lazy } = await workerBuild(dir);
  const built = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .filter((f) => !['sw.js', 'alliance-explorer.html', 'alliance-explorer-open.html'].includes(f));
  // The `open` build (open/) is kept only once a visit fetches it.
  const opener = built.filter((f) => f.startsWith('open/'));
  assert.ok(opener.length >= 2, opener.join(', '));
  assert.deepEqual([...files].sort(), ['./', ...built.filter((f) => !opener.includes(f))].sort(), 'sw.js lists the build, nothing else');
  assert.deepEqual([...lazy].sort(), opener.sort(), 'and the open build, to keep once fetched');
  assert.ok(files.some((f) => /^boot-[0-9a-f]+\.js$/.test(f)) && files.includes('data/countries.svg') && files.includes('data/corpus.json'));
  const cached = await cachesOf(page);
  const names = Object.keys(cached);
  assert.equal(names.length, 1, names.join(', '));
  assert.ok(names[0].endsWith(hash), `the cache name ${names[0]} carries the build's hash ${hash}`);
  assert.deepEqual(cached[names[0]].sort(), files.map((f) => new URL(f, base).href).sort());
  assert.ok(cached[names[0]].every((u) => u.startsWith(base)), 'no URL of another origin or path');

  // Offline: the explorer, the map's outlines and the other routes come from the cache.
  await context.setOffline(true);
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.locator('main h2').first().textContent(), 'Claims');
  await page.goto(`${base}#/map`);
  assert.equal(await outlinesDrawn(page), 'data/countries.svg');
  await walk(page, base);
  const offline = errors.splice(0);
  assert.deepEqual(offline, []);
  // Opened once with the network on, the open build opens offline too.
  await context.setOffline(false);
  await page.goto(`${base}?open`);
  await page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  await page.waitForFunction(async () => (await (await caches.open((await caches.keys())[0])).keys())
    .filter((r) => r.url.includes('/open/')).length >= 3);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Open your own corpus' }).waitFor();
  assert.deepEqual(errors.splice(0), []);

  // A new build (its sw.js differs): once the old page is gone, its worker takes over
  // and drops the old cache.
  await context.setOffline(false);
  const next = 'f'.repeat(hash.length);
  await writeFile(join(dir, 'sw.js'), (await readFile(join(dir, 'sw.js'), 'utf8')).replace(hash, next));
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    while (!reg.waiting) await new Promise((ok) => setTimeout(ok, 50));
  });
  await page.close();
  const again = await context.newPage();
  await again.goto(`${base}#/timeline`);
  await again.locator('main h2').first().waitFor();
  await again.waitForFunction(async (h) => (await caches.keys()).length === 1 && (await caches.keys())[0].endsWith(h), next);
});

test('a newer build announces itself, and "Reload to update" moves every open tab to it, each as it was', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ae-update-'));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer(`${dir}/`);
  const base = `${server.origin}/`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  t.after(async () => {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  // Two tabs of the build, each at a state of its own.
  const tabs = [];
  for (const hash of ['#/claims?actor=japan&lesson=five-sources&step=2', '#/timeline?q=kursk']) {
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto(base + hash);
    await page.locator('main h2').first().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    tabs.push({ page, errors, url: page.url() });
  }
  const update = (page) => page.getByRole('button', { name: 'Reload to update' });
  for (const { page } of tabs) {
    assert.equal(await update(page).count(), 0, 'a first visit announces nothing');
    await page.evaluate(() => { window.untouched = true; });
  }
  const { hash } = await workerBuild(dir);
  const next = 'e'.repeat(hash.length);
  await writeFile(join(dir, 'sw.js'), (await readFile(join(dir, 'sw.js'), 'utf8')).replace(hash, next));
  await tabs[0].page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  // Every tab says so, politely (in the page's status region), and nothing changes
  // under the reader: the same page, state and build.
  for (const { page, url } of tabs) {
    await update(page).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'A newer version of the explorer is ready.' });
    assert.equal(await notice.count(), 1);
    assert.equal(await page.evaluate(() => window.untouched), true);
    assert.equal(page.url(), url);
    assert.ok((await page.evaluate(() => caches.keys()))[0].endsWith(hash), 'the old build still serves');
  }
  // The reader says so, by keyboard, in the first tab: every tab reloads into the new
  // build, at the state it had.
  const reloads = tabs.map(({ page }) => page.waitForEvent('load'));
  await update(tabs[0].page).focus();
  await tabs[0].page.keyboard.press('Enter');
  await Promise.all(reloads);
  for (const { page, url, errors } of tabs) {
    await page.locator('main h2').first().waitFor();
    assert.equal(await page.evaluate(() => window.untouched), undefined, 'reloaded');
    assert.equal(page.url(), url);
    await page.waitForFunction(async (h) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0].endsWith(h) && navigator.serviceWorker.controller !== null;
    }, next);
    assert.equal(await update(page).count(), 0, 'nothing more to announce');
    assert.deepEqual(errors, []);
  }
  assert.match(await tabs[0].page.locator('#lesson-bar').textContent(), /Step 2 of \d+/);
});

test('under a strict Content-Security-Policy every view renders with no violation', async () => {
  const server = await startServer(undefined, { headers: { 'content-security-policy': CSP } });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = errorsOf(page);
  await walk(page, `${server.origin}/`);
  // The other layouts and tables, the reader at a passage, the overview.
  for (const hash of ['#/map?layout=network', '#/timeline?tw=2024-01..2025-03', `#/sources/${doc}?hl=0-40`]) {
    await page.goto(`${server.origin}/${hash}`);
    await page.locator('main h2').first().waitFor();
  }
  for (const [hash, button] of [['#/timeline', 'Table'], ['#/map', 'Table'], ['#/claims', 'Table']]) {
    await page.goto(`${server.origin}/${hash}`);
    await page.locator('main h2').first().waitFor();
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await page.locator('main table').first().waitFor();
  }
  // A download: the export module loads and saves under the policy too.
  await page.goto(`${server.origin}/#/claims?actor=japan`);
  await page.locator('main h2').first().waitFor();
  const [saved] = await Promise.all([page.waitForEvent('download'), download(page, 'Claims (CSV)')]);
  assert.match(saved.suggestedFilename(), /\.csv$/);
  // The service worker registers under the policy too.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  assert.deepEqual(await page.evaluate(() => violations), []);
  assert.deepEqual(errors, []);
  // The panic message's buttons work without inline handlers (the boot script acts on
  // data-go): "Start afresh" drops the link's state.
  await page.goto(`${server.origin}/#/claims?actor=japan`);
  await page.locator('main h2').first().waitFor();
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'fatal-error';
    box.innerHTML = '<button type="button" data-go="afresh">Start afresh</button>';
    document.body.prepend(box);
  });
  await page.getByRole('button', { name: 'Start afresh' }).click();
  await page.waitForURL((u) => !u.hash.includes('actor'));
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.locator('#fatal-error').count(), 0);
  assert.deepEqual(await page.evaluate(() => violations), []);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('when the wasm cannot load, the page says so instead of staying blank', async () => {
  const server = await startServer(undefined, { headers: { 'content-security-policy': CSP } });
  const page = await browser.newPage();
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${server.origin}/#/claims`);
  const message = page.locator('#boot .fatal');
  await message.waitFor();
  assert.match(await message.textContent(), /The explorer could not start\. Reload the page to try again\./);
  await page.close();

  // A wasm that is not the build's fails its integrity check, with the same message.
  const tampered = await browser.newPage();
  await tampered.route('**/*.wasm', async (r) => {
    const body = Buffer.from(await (await r.fetch()).body());
    body[body.length - 1] ^= 1;
    await r.fulfill({ body, contentType: 'application/wasm' });
  });
  await tampered.goto(`${server.origin}/#/claims`);
  await tampered.locator('#boot .fatal').waitFor();
  await tampered.close();
  await server.close();
});

test('a boot script of the build, and no inline script, start the hosted page', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0][1], /type="?module"? src="?\.\/boot-[0-9a-f]{16}\.js"?/);
  assert.equal(scripts[0][2], '');
  assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/, 'no style or event-handler attribute');
  const boot = await readFile(join(DIST, scripts[0][1].match(/boot-[0-9a-f]+\.js/)[0]), 'utf8');
  assert.match(boot, /aeExporter/);
  assert.match(boot, /serviceWorker/);
  assert.match(boot, /integrity:[^,}]*"sha384-/);
  // `?open` boots the open build instead (issue 21), its wasm checked as well.
  assert.match(boot, /open\/alliance-explorer-open/);
  assert.equal(boot.match(/"sha384-/g).length, 2);
});
