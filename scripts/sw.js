// The hosted build's service worker: it keeps this build's own files, and nothing else,
// in a cache named after the build's hash, so that the explorer opens offline after a
// first visit and a new build replaces the old cache. Registered by the boot script over
// http(s) only. scripts/service-worker.mjs fills in HASH and FILES (relative to this
// file, so it works under any sub-path) and writes it as sw.js.
const HASH = '%HASH%';
const FILES = %FILES%;
// The scope is part of the name: builds under two paths of one origin keep their own.
const PREFIX = `alliance-explorer ${registration.scope} `;
const NAME = PREFIX + HASH;
const URLS = new Set(FILES.map((f) => new URL(f, location).href));
// The `open` build's files: kept once a visit has fetched them (most visitors never do),
// so that a corpus opened once opens offline too.
const LAZY = new Set(%LAZY%.map((f) => new URL(f, location).href));

// A newer build's worker waits until a reader says so ("Reload to update", which the boot
// script, scripts/boot.mjs, turns into this message), or every tab of the old build is
// closed; it never takes over on its own. Asked, it takes over and tells every tab to
// reload into the new build.
let asked = false;
addEventListener('message', (e) => {
  if (e.data !== 'skip-waiting') return;
  asked = true;
  e.waitUntil(skipWaiting());
});

addEventListener('install', (e) => {
  // Past the HTTP cache, so that an unhashed file (index.html, data/) is this build's.
  e.waitUntil(caches.open(NAME).then((c) => c.addAll([...URLS].map((u) => new Request(u, { cache: 'reload' })))));
});

addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== NAME).map((k) => caches.delete(k))))
    .then(() => clients.claim())
    .then(() => asked && clients.matchAll({ type: 'window' })
      .then((tabs) => tabs.forEach((tab) => tab.postMessage('alliance-explorer:reload')))));
});

// Cache first for this build's files (the query ignored: the state is in the hash);
// every other request, of this origin or another, goes to the network untouched.
addEventListener('fetch', (e) => {
  const url = e.request.url.replace(/[?#].*/, '');
  if (e.request.method !== 'GET') return;
  if (LAZY.has(url)) {
    e.respondWith(caches.open(NAME).then((c) => c.match(url).then((r) => r ?? fetch(e.request).then((f) => {
      if (f.ok) c.put(url, f.clone());
      return f;
    }))));
    return;
  }
  if (!URLS.has(url)) return;
  e.respondWith(caches.open(NAME).then((c) => c.match(url)).then((r) => r ?? fetch(e.request)));
});
