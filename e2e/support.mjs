// Shared by the browser specs: a static server for dist/ on loopback, Debian's
// Chromium driven by playwright-core, and a page object for the explorer.
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** The explorer built over tests/fixtures/other-corpus (`make dist-other`). */
export const DIST_OTHER = fileURLToPath(new URL('../target/dist-other/', import.meta.url));
/** The explorer built over tests/fixtures/ja-corpus, a corpus in Japanese (`make dist-ja`). */
export const DIST_JA = fileURLToPath(new URL('../target/dist-ja/', import.meta.url));
const TYPES = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };

/** Serves `dir` (dist/ by default) at `/` and at `/deep/path/` (a sub-path of a static
 * host), with `headers` added to every response (e.g. a Content-Security-Policy). */
export async function startServer(dir = DIST, { headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/deep/path/')) path = path.slice('/deep/path'.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The header's menu (downloads, Embed, Colours), opened if it is closed. */
export async function openMenu(page) {
  const menu = page.locator('header details.menu');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  return menu;
}

/** The "Colours" choice, in the header's menu. */
export async function colours(page) {
  await openMenu(page);
  // (The Embed dialog's "Frame colours" is another control.)
  return page.getByLabel(/^Colours/);
}

/** Debian's Chromium. Pages and contexts speak British English and block service
 * workers unless a test asks otherwise (`serviceWorkers: 'allow'`, offline.test.mjs): a worker's cache would otherwise
 * answer requests a test routes or counts. */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export async function launch() {
  const browser = await chromium.launch(CHROMIUM);
  for (const method of ['newPage', 'newContext']) {
    const open = browser[method].bind(browser);
    // English unless a test asks for another language (the interface follows the
    // browser's languages, and the machine's own could be anything).
    browser[method] = (options = {}) => open({ serviceWorkers: 'block', locale: 'en-GB', ...options });
  }
  return browser;
}

/** Chromium with its own profile in `dir`, set as a reader sets it to "Block third-party
 * cookies" (chrome://settings/cookies), which also refuses site data (local storage,
 * IndexedDB, service workers) to a frame of another site: the browser refuses them, no
 * script stands in. Returns the persistent context (close it to end the browser). */
export async function launchBlockingThirdParty(dir, options = {}) {
  await mkdir(join(dir, 'Default'), { recursive: true });
  await writeFile(join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 1, block_third_party_cookies: true } }));
  return chromium.launchPersistentContext(dir, { ...CHROMIUM, locale: 'en-GB', serviceWorkers: 'allow', ...options });
}

/** Refuses every request of `context` but those of files (a page opened from disk, with
 * the network off); returns the list of the URLs refused. */
export async function onlyFiles(context) {
  const refused = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}

/** A new tab of `context` at `hash`, once its view is drawn, with the page's errors
 * (uncaught and console) as they come. */
export async function openIn(context, origin, hash) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/${hash}`);
  await page.locator('main h2').first().waitFor();
  return { page, errors };
}

/** The explorer in one tab, recording console errors and every request made. */
export class Explorer {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.errors = [];
    this.requests = [];
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    page.on('pageerror', (e) => this.errors.push(e.message));
    page.on('request', (r) => this.requests.push(r.url()));
  }

  static async open(browser, origin, hash = '', { base = '/', viewport = { width: 1280, height: 900 } } = {}) {
    const page = await browser.newPage({ viewport });
    const explorer = new Explorer(page, origin);
    await explorer.goto(hash, base);
    return explorer;
  }

  async goto(hash, base = '/') {
    await this.page.goto(`${this.origin}${base}${hash}`);
    await this.page.locator('main h2').first().waitFor();
    await this.settled();
  }

  /** Waits until every list that is drawn a few items a frame has arrived (a list still
   * filling in is `aria-busy`: the map's marks, the claims' matrix and comparisons). */
  settled() {
    return this.page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  }

  heading() { return this.page.locator('main h2').first().textContent(); }
  search() { return this.page.locator('#q'); }
  count() { return this.page.locator('main .count').first().textContent(); }
  /** The entries of the view's main list (the Claims view also lists comparisons below),
   * or on the map the ties drawn. */
  items() {
    return this.page.locator('main .items').first().locator(':scope > li:not([hidden])')
      .or(this.page.locator('#map-marks .edge'));
  }
  notice() { return this.page.locator('.notice'); }
  hash() { return this.page.evaluate(() => location.hash); }
  nav(name) { return this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }); }
  chips() { return this.page.getByRole('group', { name: 'Active filters' }); }
  /** The filter panel's checkbox for a value (by its label). */
  facet(label) { return this.page.locator('#facets label.row', { hasText: label }).first(); }
  panel() { return this.page.locator('#panel'); }

  /** Requests to anything but this server (data: and blob: URLs stay inside the page). */
  foreignRequests() {
    return this.requests.filter((u) => !u.startsWith(this.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  }
}
