// The start of the explorer's boot code, shared by the hosted build (scripts/boot.mjs
// adds the lines that load the wasm and writes it as a file of the build, so that the page
// runs under a strict CSP without an inline script) and the single file
// (scripts/single-file.mjs adds the lines that start the inlined wasm). Both call `failed`
// when the wasm cannot load or start.

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
