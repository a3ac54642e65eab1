// Hostile links: whatever the address holds, the page stays up, shows what it could not
// use in a notice, renders the input as text (no element made from it), and goes on
// working (a view, a facet, the search box).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, Explorer } from './support.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const SCRIPT = '<script>window.__owned=1</script><img src=x onerror="window.__owned=1"><b id=injected>x</b>';
const enc = encodeURIComponent;

/** Random bytes, percent-encoded where a hash could not hold them. */
function randomHash(n, seed) {
  let x = seed;
  let out = '#';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const b = x % 256;
    out += b > 32 && b < 127 && b !== 37 ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

const HOSTILE = [
  ['a megabyte of search words', `#/claims?q=${'troops '.repeat(150_000)}`],
  ['thousands of actor ids', `#/timeline?actor=${Array.from({ length: 3000 }, (_, i) => `nobody-${i}`).join(',')}`],
  ['unknown ids everywhere', '#/map?actor=atlantis&kind=event.nothing&source=nowhere&sel=claim:nothing&layout=sideways&group=nonsense'],
  ['a passage beyond the text', '#/sources/putin-kim-alarm?hl=999999-1000000'],
  ['a passage backwards', '#/sources/putin-kim-alarm?hl=40-10'],
  ['script and markup in every parameter', `#/claims?q=${enc(SCRIPT)}&actor=${enc(SCRIPT)}&sel=${enc(SCRIPT)}&hl=${enc(SCRIPT)}&tw=${enc(SCRIPT)}&asof=${enc(SCRIPT)}&lesson=${enc(SCRIPT)}&step=${enc(SCRIPT)}&${enc(SCRIPT)}=${enc(SCRIPT)}`],
  ['markup in the route', `#/${enc(SCRIPT)}`],
  ['broken percent-encoding', '#/timeline?q=%E0%A4%A&actor=%ZZ&from=%&to=%%%&sel=%c3%28'],
  ['impossible dates and windows', '#/timeline?from=2024-13-45&to=-1&tw=9999999..0&asof=0000-00'],
  ['a lesson step out of range', '#/claims?lesson=five-sources&step=99999999999999999999'],
  ['random bytes', randomHash(4000, 7)],
  ['more random bytes', randomHash(300, 42)],
];

for (const [what, hash] of HOSTILE) {
  test(`a link with ${what} leaves a working explorer`, async () => {
    const x = await Explorer.open(browser, server.origin, '#/timeline');
    await x.page.evaluate((h) => { location.hash = h; }, hash);
    await x.page.locator('main h2').first().waitFor();
    await x.page.waitForTimeout(300);
    // Nothing made from the input ran or became an element.
    assert.equal(await x.page.evaluate(() => window.__owned), undefined, 'no script ran');
    assert.equal(await x.page.locator('#injected').count(), 0, 'no element made from the input');
    // The page says what it dropped (the search words and random bytes may all be
    // usable as words, and then there is nothing to say).
    if (!/random bytes|megabyte/.test(what)) assert.ok(await x.notice().count() > 0, `${what}: a notice`);
    // And it still works: another view, then a facet narrows it.
    await x.nav('Claims').click();
    await x.page.locator('main h2', { hasText: 'Claims' }).waitFor();
    await x.search().fill('');
    await x.page.keyboard.press('Enter');
    await x.facet('Japan').click();
    await x.page.waitForFunction(() => /actor=japan/.test(location.hash));
    assert.match(await x.count(), /Showing \d+ of 215 claims|\d+ claims/);
    assert.deepEqual(x.errors, [], `${what}: no errors`);
    await x.page.close();
  });
}
