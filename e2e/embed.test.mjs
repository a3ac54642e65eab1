// Embedding: embed=1 shows the view with a compact header; the Embed dialog gives an
// <iframe> snippet of exactly what the user sees; a host page on another origin, under a
// strict CSP, shows the explorer (itself under the strict CSP) and sizes the frame from
// the height the explorer posts; links and Back keep working inside the frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, launchBlockingThirdParty, Explorer, openMenu } from './support.mjs';

/** The policy the README promises the explorer works under. */
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types default";

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** Serves the explorer's responses to `page` with the strict policy added. */
async function strict(page, origin) {
  await page.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT } });
  });
}

/** Polls `fn` in `where` (a page or frame) until it is true: waitForFunction evaluates
 * its predicate in a way a page's strict CSP refuses. */
async function until(where, fn, arg) {
  for (let i = 0; i < 100; i++) {
    if (await where.evaluate(fn, arg)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`never true: ${fn}`);
}

/** Records every CSP violation in every frame of the page. */
async function violations(page) {
  await page.addInitScript(() => {
    globalThis.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('embed=1 shows the view with a compact header and a way to the full explorer', async () => {
  const x = await Explorer.open(browser, server.origin, '#/claims?contested=1&embed=1');
  assert.equal(await x.page.getByRole('navigation', { name: 'Views' }).count(), 0, 'no navigation');
  assert.equal(await x.page.locator('#facets').isVisible(), false, 'no filter panel');
  assert.equal(await x.page.getByRole('button', { name: 'Embed' }).count(), 0);
  const header = x.page.locator('header.embed-top');
  assert.match(await header.textContent(), /Alliance Explorer · Claims/);
  const full = header.getByRole('link', { name: /Open the full explorer/ });
  assert.equal(await full.getAttribute('href'), '#/claims?contested=1');
  assert.equal(await full.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([x.page.context().waitForEvent('page'), full.click()]);
  await tab.locator('main h2').first().waitFor();
  assert.match(tab.url(), /#\/claims\?contested=1$/);
  assert.ok(await tab.getByRole('navigation', { name: 'Views' }).isVisible(), 'the full explorer has its navigation');
  assert.deepEqual(x.errors, []);
  await tab.close();
  await x.page.close();
});

test('the Embed dialog gives an iframe of exactly what the user sees, and copies it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  const x = new Explorer(page, server.origin);
  await x.goto('#/map?actor=japan&layout=network');
  await openMenu(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.waitFor();
  const code = await page.locator('#embed-code').inputValue();
  const frame = await page.evaluate((html) => {
    const f = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    return { src: f.getAttribute('src'), height: f.getAttribute('height'), title: f.getAttribute('title') };
  }, code);
  // The host's page shows it in the language it was made in.
  assert.equal(frame.src, `${server.origin}/#/map?actor=japan&layout=network&lang=en&embed=1`);
  assert.equal(frame.height, '760');
  assert.equal(frame.title, 'Alliance Explorer: Map');
  // The frame's colours: the visitor's own unless the host asks for light or dark.
  const frameColours = dialog.getByLabel('Frame colours');
  assert.equal(await frameColours.inputValue(), '');
  await frameColours.selectOption({ label: 'Dark' });
  await until(page, () => document.querySelector('#embed-code').value.includes('theme=dark'));
  const dark = await page.locator('#embed-code').inputValue();
  assert.ok(dark.includes(`src="${server.origin}/#/map?actor=japan&amp;layout=network&amp;lang=en&amp;theme=dark&amp;embed=1"`), dark);
  await frameColours.selectOption({ label: 'As the visitor chose' });
  await until(page, (before) => document.querySelector('#embed-code').value === before, code);
  await frameColours.selectOption({ label: 'Light' });
  await until(page, () => document.querySelector('#embed-code').value.includes('theme=light'));
  const light = await page.locator('#embed-code').inputValue();
  await page.locator('#embed-code').focus();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), light);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(x.errors, []);
  await context.close();
});

test('a host page on another origin, under a strict CSP, shows the explorer and sizes it by its messages', async () => {
  // The host: another loopback port, its own strict policy, a frame of the explorer and
  // the few lines of script the README gives.
  const src = `${server.origin}/#/claims?contested=1&embed=1`;
  const hostJs = `
    const frame = document.querySelector('iframe');
    window.heights = [];
    window.addEventListener('message', (e) => {
      if (e.origin !== ${JSON.stringify(server.origin)} || e.data?.type !== 'alliance-explorer:height') return;
      window.heights.push(e.data.height);
      frame.style.height = e.data.height + 'px';
    });`;
  const host = createServer((req, res) => {
    const policy = `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${server.origin}`;
    if (req.url === '/host.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(hostJs);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy })
      .end(`<!doctype html><title>A course page</title><h1>Week 3</h1><iframe src="${src}" title="Alliance Explorer" width="100%" height="300"></iframe><script src="/host.js"></script>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await violations(page);
  await strict(page, server.origin);
  await page.goto(`${hostOrigin}/`);
  const inner = page.frameLocator('iframe');
  await inner.locator('main h2').first().waitFor();
  await until(page, () => window.heights.length > 0);
  const reported = await page.evaluate(() => window.heights.at(-1));
  assert.ok(reported > 900, `the claims view is taller than the first frame (${reported}px)`);
  // The frame is as tall as the explorer said it is (its latest message).
  await until(page, () => document.querySelector('iframe').clientHeight === window.heights.at(-1));
  // A link inside the frame changes its state; Back inside the frame restores it.
  const frame = page.frames().find((f) => f.url().startsWith(server.origin));
  await inner.locator('header.embed-top').waitFor();
  await inner.locator('#main .claim:not([hidden]) button.actor').first().click();
  await until(frame, () => /actor=/.test(location.hash));
  const fewer = await page.evaluate(() => window.heights.length);
  await frame.evaluate(() => history.back());
  await until(frame, () => !/actor=/.test(location.hash));
  await inner.locator('main .count').first().waitFor();
  assert.ok(fewer >= 1);
  // Nothing was refused by either policy, and nothing failed.
  const refused = await Promise.all(page.frames().map((f) => f.evaluate(() => globalThis.__violations ?? [])));
  assert.deepEqual(refused.flat(), []);
  assert.deepEqual(errors, []);
  await page.close();
  await new Promise((ok) => host.close(ok));
});

test('in a sandboxed frame on another site, with third-party storage blocked by the browser, the embed works in the colours and language its link asks for', async (t) => {
  // The host is http://localhost:<port>, another site than the explorer's
  // http://127.0.0.1:<port>; the browser's profile blocks third-party cookies and site
  // data, so the frame's storage is refused by the browser itself.
  const profile = await mkdtemp(join(tmpdir(), 'ae-3p-'));
  const context = await launchBlockingThirdParty(profile, { viewport: { width: 1280, height: 900 } });
  const src = `${server.origin}/#/claims?contested=1&lang=ja&theme=dark&embed=1`;
  const hostJs = `
    window.heights = [];
    window.addEventListener('message', (e) => {
      if (e.origin !== ${JSON.stringify(server.origin)} || e.data?.type !== 'alliance-explorer:height') return;
      window.heights.push(e.data.height);
      document.querySelector('iframe').style.height = e.data.height + 'px';
    });`;
  const host = createServer((req, res) => {
    if (req.url === '/host.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(hostJs);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><title>A course page</title><h1>Week 3</h1><iframe src="${src}" sandbox="allow-scripts allow-same-origin allow-popups" title="Alliance Explorer" width="100%" height="300"></iframe><script src="/host.js"></script>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostOrigin = `http://localhost:${host.address().port}`;
  t.after(async () => {
    await context.close();
    await new Promise((ok) => host.close(ok));
    await rm(profile, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${hostOrigin}/`);
  const inner = page.frameLocator('iframe');
  await inner.locator('main h2').first().waitFor();
  const frame = page.frames().find((f) => f.url().startsWith(server.origin));
  // The browser refuses the frame its storage (and so its service worker).
  assert.equal(await frame.evaluate(() => { try { return typeof localStorage.length; } catch (e) { return e.name; } }), 'SecurityError');
  // The view, in Japanese and dark, as the link asks.
  const look = () => frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme,
    getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()]);
  assert.deepEqual(await look(), ['ja', 'dark', '#15171b']);
  assert.equal(await inner.locator('main h2').first().textContent(), '主張');
  // The height messages size the frame.
  await until(page, () => window.heights.length > 0 && document.querySelector('iframe').clientHeight === window.heights.at(-1));
  // The panel opens from a card; Back closes it, Forward opens it again.
  await inner.locator('#main .claim button.title').first().click();
  await inner.locator('#panel').waitFor();
  await until(frame, () => /sel=claim/.test(location.hash));
  await frame.evaluate(() => history.back());
  await inner.locator('#panel').waitFor({ state: 'detached' });
  await frame.evaluate(() => history.forward());
  await inner.locator('#panel').waitFor();
  // The colours and language hold through every change of state.
  assert.deepEqual(await look(), ['ja', 'dark', '#15171b']);
  assert.match(await frame.evaluate(() => location.hash), /lang=ja&theme=dark&embed=1$/);
  // "Open the full explorer": a new tab at the same state, in the same colours and
  // language, without the embed's frame.
  const [tab] = await Promise.all([context.waitForEvent('page'), inner.locator('#full-link').click()]);
  await tab.locator('main h2').first().waitFor();
  assert.match(tab.url(), /#\/claims\?contested=1&sel=claim:[^&]+&lang=ja&theme=dark$/);
  assert.deepEqual(await tab.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme]), ['ja', 'dark']);
  assert.ok(await tab.getByRole('navigation').first().isVisible(), 'the full explorer has its navigation');
  await tab.close();
  assert.deepEqual(errors, []);
});
