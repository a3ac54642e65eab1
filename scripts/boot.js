// The start of the explorer's boot code, shared by the hosted build (scripts/boot.mjs
// adds the lines that load the wasm and writes it as a file of the build, so that the page
// runs under a strict CSP without an inline script) and the single file
// (scripts/single-file.mjs adds the lines that start the inlined wasm). Both call `failed`
// when the wasm cannot load or start.

// Trusted Types, where the page's policy requires them (README, Content Security Policy):
// Leptos's renderer makes the static parts of the views from markup compiled into the
// wasm, written into a <template> element's innerHTML (tachys's
// Dom::create_element_from_html and get_template); nothing else of the explorer writes
// to an HTML sink. The script URLs it gives the browser are listed in `scriptURLs` (the
// hosted build adds its worker's; the single file has none). This default policy lets
// that markup and those URLs through and refuses markup that carries script and any other
// script URL, so no other string can become script through it. A policy that allows no
// policy named `default` refuses to create it, and the page works on without.
const scriptURLs = new Set();
try {
  globalThis.trustedTypes?.createPolicy('default', {
    createHTML: (html) => {
      if (/<(script|iframe|object|embed)\b|\son[a-z]+\s*=|javascript:/i.test(html)) {
        throw new TypeError('markup with script refused');
      }
      return html;
    },
    createScriptURL: (url) => {
      if (!scriptURLs.has(url)) throw new TypeError(`script URL ${url} refused`);
      return url;
    },
  });
} catch (e) {
  console.warn(e);
}

// A wasm that cannot load or start leaves a message in place of "Loading…", never a
// blank page (index.html words it, in data-failed).
const failed = (e) => {
  console.error(e);
  const p = document.querySelector('#boot .loading');
  if (p) {
    p.textContent = `${p.dataset.failed} (${e})`;
    p.className = 'fatal';
  }
};

// The buttons of the panic message (src/ui/panic.rs, data-go): handled here because the
// wasm has stopped, and a strict CSP forbids onclick attributes.
addEventListener('click', (e) => {
  const go = e.target.dataset?.go;
  if (go) go == 'reload' ? location.reload() : location.replace(location.pathname + location.search);
});

// Three small things of the page done here rather than in Rust, where their promises and
// callbacks cost the first load 2.3 KB (docs/size.md). Their words come from data-
// attributes that src/ui/share.rs writes from strings.rs.
// 1. A Download button: load the exporter (a wasm module of its own) on first use and ask it
//    for the file of what passes the filter; it names and saves the file.
// 2. Copy in the Embed dialog.
// 3. In an iframe: post the page's height to the parent whenever it changes.
document.addEventListener('click', (ev) => {
  const button = ev.target instanceof Element ? ev.target.closest('[data-export],[data-copy]') : null;
  if (!button) return;
  if (button.dataset.export) {
    const status = document.getElementById('dl-status');
    const say = (text) => { if (status) status.textContent = text; };
    say(status?.dataset.making ?? '');
    const today = new Date().toISOString().slice(0, 10);
    globalThis.aeExporter()
      .then((m) => say((status?.dataset.saved ?? '') + m.download(location.hash, button.dataset.export, today)))
      .catch(() => say(status?.dataset.failed ?? ''));
  } else {
    const code = document.getElementById('embed-code');
    const status = document.getElementById('copy-status');
    if (!code || !status) return;
    code.select();
    const done = (key) => () => { status.textContent = status.dataset[key] ?? ''; };
    (navigator.clipboard ? navigator.clipboard.writeText(code.value) : Promise.reject())
      .then(done('copied'), done('byHand'));
  }
});
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const app = document.getElementById('app') ?? document.body;
    const height = Math.ceil(app.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'alliance-explorer:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}
