//! `?open`: a corpus of one's own, opened in the browser (the `open` build). The page
//! asks for the files (a folder, files, or files dropped on it), checks them with the
//! same compiler as the build (`corpus_compiler::compile_files`), lays out the map with
//! the same rules (`mapgen::actors::map_layouts`, over the outlines of this build), and
//! lists every problem, naming the file, the item and what is wrong. A corpus with
//! problems does not open; one that checks is kept in the browser (`crate::store`) and
//! shown in the whole explorer, as the compiled-in corpus is in the normal build.

use super::strings;
use crate::data::Opened;
use crate::store::{self, Files};
use corpus_compiler::Diagnostic;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The outline file of this build (`build.rs` writes it for the `open` build), which the
/// geographic layout places the actors in.
const OUTLINES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.svg"));

thread_local! {
    /// The open page, while it is shown (dropping it takes it out of the page).
    static PAGE: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

thread_local! {
    /// This page's own markup, when it is the one-file page with no corpus in it.
    static TEMPLATE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The files of the corpus shown and what it calls itself: what "Save as one file"
    /// writes.
    static SHOWN: RefCell<Option<(Files, explorer_core::owned::Meta)>> = const { RefCell::new(None) };
}

/// The page's element that holds the files of the corpus it was saved with (the one-file
/// page, `scripts/single-file.mjs`).
const IN_FILE: &str = "ae-corpus";

/// Starts the `open` build: in the one file a corpus was saved as, that corpus; else the
/// corpus kept in the browser, if there is one and it still checks, in the whole
/// explorer; else the page that asks for one (with the kept corpus's problems, if it has
/// any).
pub fn start() {
    let payload = document()
        .get_element_by_id(IN_FILE)
        .and_then(|e| e.text_content());
    // The one-file page with no corpus in it (`alliance-explorer-open.html`, opened from
    // disk, where nothing can be fetched): its own markup, as it came, is the page that
    // "Save as one file" fills.
    let blank = payload.as_deref() == Some(corpus_compiler::page::FILES_MARK);
    if blank {
        if let Some(html) = document().document_element() {
            let page = ["<!doctype html>\n", &html.outer_html()].concat();
            TEMPLATE.with(|t| *t.borrow_mut() = Some(page));
        }
    }
    let in_file = payload.filter(|_| !blank);
    strings::set_lang(super::language::at_start());
    super::panic::install();
    super::theme::restore();
    if in_file.is_none() && !blank {
        // Its own styles, beside the explorer's (a file of the build: the page's policy
        // allows no inline style sheet; the one-file page has them in its own).
        if let (Ok(link), Some(head)) = (document().create_element("link"), document().head()) {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", "open/open.css");
            let _ = head.append_child(&link);
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        let from_file = in_file.is_some();
        let kept = match in_file {
            Some(json) => corpus_compiler::page::files_of(&json).map_err(|e| {
                vec![Diagnostic {
                    file: String::new(),
                    item: String::new(),
                    message: e,
                }]
            }),
            None => store::load().await.ok_or_else(Vec::new),
        };
        let problems = match kept {
            Ok(files) => match check(&files) {
                Ok(mut opened) => {
                    opened.in_file = from_file;
                    return show(opened, files);
                }
                Err(problems) => (problems, files.1.len()),
            },
            Err(problems) => (problems, 0),
        };
        remove_boot();
        document().set_title(strings::w().open.title);
        if let Some(body) = document().body() {
            let handle = leptos::mount::mount_to(body, move || {
                view! { <OpenPage first=problems.0.clone() checked=problems.1/> }
            });
            PAGE.with(|p| *p.borrow_mut() = Some(Box::new(handle)));
        }
    });
}

/// Whether this page is the one-file page with no corpus in it, opened from disk: there
/// is no explorer beside it to go back to.
pub fn on_its_own() -> bool {
    TEMPLATE.with(|t| t.borrow().is_some())
}

/// Saves the corpus shown as one file that opens it from disk (the one-file page of this
/// build, fetched from beside it, or this page's own when it is that page, with the
/// corpus's files in it), and returns its name.
pub async fn save_one_file() -> Result<String, String> {
    let page = match TEMPLATE.with(|t| t.borrow().clone()) {
        Some(page) => page,
        None => fetch_text("open/one-file.html").await?,
    };
    let (html, name) = SHOWN.with(|s| {
        let s = s.borrow();
        let (files, meta) = s.as_ref().ok_or("no corpus is shown")?;
        let html = corpus_compiler::page::one_file(&page, meta, files)?;
        Ok::<_, String>((
            html,
            [&explorer_core::text::slug(&meta.title), ".html"].concat(),
        ))
    })?;
    crate::save::save(&name, "text/html;charset=utf-8", &html).map_err(|e| format!("{e:?}"))?;
    Ok(name)
}

/// The text of a file of this build.
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |e: wasm_bindgen::JsValue| {
        e.as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| format!("{e:?}"))
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// Checks the files as the build does and lays out the map; every problem, or the
/// corpus.
fn check(files: &Files) -> Result<Opened, Vec<Diagnostic>> {
    let (dir, files) = files;
    let compiled = corpus_compiler::compile_files(files, dir)?;
    let problem = |file: &str, item: String, message: String| Diagnostic {
        file: file.to_string(),
        item,
        message,
    };
    let base = mapgen::BaseMap::from_outline_file(OUTLINES).map_err(|e| {
        vec![problem(
            "countries.svg",
            String::new(),
            [strings::w().open.no_outlines, ": ", &e].concat(),
        )]
    })?;
    let tables = mapgen::actors::map_layouts(&compiled.corpus, &base).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| problem("entities", e.entity, e.problem))
            .collect::<Vec<_>>()
    })?;
    let coords: Vec<_> = compiled.entities.iter().map(|e| e.coords).collect();
    Ok(Opened {
        corpus: explorer_core::pack::pack(&compiled.corpus),
        map: Box::leak(Box::new(mapgen::actors::leak(tables))),
        coords: coords.leak(),
        in_file: false,
    })
}

/// Shows the opened corpus (checked from `files`) in the whole explorer, named by its own
/// title.
fn show(opened: Opened, files: Files) {
    PAGE.with(|p| drop(p.borrow_mut().take()));
    let meta = opened.corpus.meta();
    let owned = explorer_core::owned::Meta {
        title: meta.title.into(),
        tagline: meta.tagline.into(),
        description: meta.description.into(),
        language: meta.language.into(),
        default_view: meta.default_view,
        title_ja: meta.title_ja.map(Into::into),
        tagline_ja: meta.tagline_ja.map(Into::into),
        description_ja: meta.description_ja.map(Into::into),
    };
    SHOWN.with(|s| *s.borrow_mut() = Some((files, owned)));
    crate::data::set(opened);
    let doc = document();
    doc.set_title(meta.title);
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", meta.language);
    }
    if let Ok(Some(description)) = doc.query_selector("meta[name=description]") {
        let _ = description.set_attribute("content", meta.description);
    }
    remove_boot();
    if let Some(body) = doc.body() {
        std::mem::forget(super::mount(body));
    }
}

/// Takes out the page's first paint (and its words for a browser without JavaScript),
/// which name the explorer's own corpus.
fn remove_boot() {
    if let Ok(list) = document().query_selector_all("#boot, noscript") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove();
            }
        }
    }
}

/// The files of a chosen folder or of chosen or dropped files: read, with the folder's
/// name (the first part of a file's path in a chosen folder; empty for loose files).
async fn read(list: web_sys::FileList) -> Files {
    let mut dir = String::new();
    let mut files = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.item(i) else {
            continue;
        };
        let path = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|p| p.as_string())
            .unwrap_or_default();
        if let Some((first, _)) = path.split_once('/') {
            dir = first.to_string();
        }
        let name = file.name();
        let file = gloo_file::File::from(file);
        // A file the browser cannot read is left out; the check then names what is
        // missing.
        if let Ok(bytes) = gloo_file::futures::read_as_bytes(&file).await {
            files.push((name, bytes));
        }
    }
    (dir, files)
}

/// Writes `text` to the clipboard; says whether it could.
async fn copy(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Copies `text`, and says in `copied` whether it could.
fn copy_to(text: String, copied: RwSignal<&'static str>) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = copy(text).await;
        copied.try_set(if ok {
            strings::w().open.copied
        } else {
            strings::w().open.not_copied
        });
    });
}

/// One problem: its file, its item, what is wrong, and a button that copies it.
#[component]
fn Problem(d: Diagnostic, copied: RwSignal<&'static str>) -> impl IntoView {
    let text = d.to_string();
    let label = [strings::w().open.copy, ": ", &text].concat();
    let item = (!d.item.is_empty()).then(|| view! { " " <strong>{d.item}</strong> });
    view! {
        <li>
            <code>{d.file}</code>
            {item}
            ": "
            {d.message}
            " "
            <button
                type="button"
                class="copy"
                aria-label=label
                on:click=move |_| copy_to(text.clone(), copied)
            >
                {strings::w().open.copy}
            </button>
        </li>
    }
}

/// A list of problems (or warnings) under the page's status line, each with its copy
/// button, and what can be done about them (`children`); hidden while it is empty.
#[component]
fn Problems(
    list: RwSignal<Vec<Diagnostic>>,
    copied: RwSignal<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <section
            class="open-problems"
            aria-labelledby="open-status"
            hidden=move || list.with(Vec::is_empty)
        >
            <ol>
                // Keyed by place and text: another check's list of the same length is
                // drawn anew.
                <For
                    each=move || list.get().into_iter().enumerate()
                    key=|(i, d)| (*i, d.to_string())
                    let((_, d))
                >
                    <Problem d=d copied=copied/>
                </For>
            </ol>
            {children()}
        </section>
    }
}

/// What the open page says while it reads and checks files.
#[derive(Clone, Copy)]
struct Said {
    status: RwSignal<String>,
    problems: RwSignal<Vec<Diagnostic>>,
    /// What a corpus.json that is an excerpt would open without, asked about first.
    warnings: RwSignal<Vec<Diagnostic>>,
    /// The files that open once the warnings are accepted.
    pending: StoredValue<Option<Files>>,
    busy: RwSignal<bool>,
}

impl Said {
    /// Says `status`, and is ready for the next files.
    fn done(self, status: String) {
        self.status.try_set(status);
        self.busy.try_set(false);
    }
}

/// Checks `files` and opens them (kept in the browser), or lists their problems.
async fn open_checked(files: Files, said: Said) {
    said.status.try_set(strings::w().open.checking.to_string());
    // Let the page say so before the check takes the thread.
    gloo_timers::future::TimeoutFuture::new(0).await;
    match check(&files) {
        Ok(opened) => {
            if !store::save(&files).await {
                let _ = window().alert_with_message(strings::w().open.not_kept);
            }
            show(opened, files);
        }
        Err(found) => {
            said.done((strings::w().open.problems)(found.len(), files.1.len()));
            said.problems.try_set(found);
        }
    }
}

/// Opens what was chosen: the articles and annotations, or one corpus.json read back
/// into them (asking first when it is an excerpt that points past itself).
async fn open_chosen(files: Files, said: Said) {
    let is_input = corpus_compiler::compile::is_input;
    let is_json = corpus_compiler::import::is_json;
    if files.1.iter().any(|(n, _)| is_input(n)) {
        return open_checked(files, said).await;
    }
    let json: Vec<&(String, Vec<u8>)> = files.1.iter().filter(|(n, _)| is_json(n)).collect();
    let [(name, bytes)] = json.as_slice() else {
        let status = if json.is_empty() {
            strings::w().open.none
        } else {
            strings::w().open.one_json
        };
        return said.done(status.to_string());
    };
    said.status.try_set(strings::w().open.checking.to_string());
    gloo_timers::future::TimeoutFuture::new(0).await;
    match corpus_compiler::import::files(name, bytes) {
        Ok(imported) if imported.left_out.is_empty() => {
            open_checked((String::new(), imported.files), said).await
        }
        Ok(imported) => {
            said.pending
                .set_value(Some((String::new(), imported.files)));
            said.done((strings::w().open.left_out)(imported.left_out.len()));
            said.warnings.try_set(imported.left_out);
        }
        Err(found) => {
            said.done((strings::w().open.problems)(found.len(), 1));
            said.problems.try_set(found);
        }
    }
}

/// The page that asks for a corpus: a folder, files, or files dropped on it; then the
/// check's problems, each with its file, item and message, and a button that copies it.
#[component]
fn OpenPage(first: Vec<Diagnostic>, checked: usize) -> impl IntoView {
    let said = Said {
        status: RwSignal::new(if first.is_empty() {
            String::new()
        } else {
            (strings::w().open.problems)(first.len(), checked)
        }),
        problems: RwSignal::new(first),
        warnings: RwSignal::new(Vec::new()),
        pending: StoredValue::new(None),
        busy: RwSignal::new(false),
    };
    let Said {
        status,
        problems,
        warnings,
        busy,
        ..
    } = said;
    let copied = RwSignal::new("");
    let take = move |list: Option<web_sys::FileList>| {
        let Some(list) = list.filter(|l| l.length() > 0) else {
            return;
        };
        busy.set(true);
        problems.set(Vec::new());
        warnings.set(Vec::new());
        copied.set("");
        status.set((strings::w().open.reading)(list.length() as usize));
        wasm_bindgen_futures::spawn_local(async move {
            open_chosen(read(list).await, said).await;
        });
    };
    let without = move |_| {
        if let Some(files) = said.pending.try_update_value(Option::take).flatten() {
            busy.set(true);
            warnings.set(Vec::new());
            wasm_bindgen_futures::spawn_local(open_checked(files, said));
        }
    };
    let from_input = move |ev: web_sys::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        take(input.and_then(|i| i.files()));
    };
    let dropped = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        take(ev.data_transfer().and_then(|d| d.files()));
    };
    let all = move |_| {
        copy_to(
            problems.with(|p| {
                p.iter()
                    .map(Diagnostic::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            copied,
        )
    };
    view! {
        <div id="app" class="open-page">
            <header class="top">
                <h1>{strings::w().open.title}</h1>
            </header>
            <main id="main" tabindex="-1">
                <p>{strings::w().open.intro}</p>
                <div class="open-choose">
                    <label class="button">
                        {strings::w().open.folder}
                        <input
                            type="file"
                            multiple
                            prop:webkitdirectory=true
                            disabled=move || busy.get()
                            on:change=from_input
                        />
                    </label>
                    <label class="button">
                        {strings::w().open.files}
                        <input
                            type="file"
                            multiple
                            accept=".txt,.toml,.json"
                            disabled=move || busy.get()
                            on:change=from_input
                        />
                    </label>
                </div>
                <div
                    class="open-drop"
                    on:dragover=move |ev: web_sys::DragEvent| ev.prevent_default()
                    on:drop=dropped
                >
                    {strings::w().open.drop}
                </div>
                <p id="open-status" role="status" aria-live="polite">
                    {move || status.get()}
                </p>
                <Problems list=problems copied=copied>
                    <button type="button" on:click=all>
                        {strings::w().open.copy_all}
                    </button>
                    <p role="status">{move || copied.get()}</p>
                </Problems>
                <Problems list=warnings copied=copied>
                    <button type="button" on:click=without>
                        {strings::w().open.without}
                    </button>
                </Problems>
                <p hidden=on_its_own()>
                    <a href="./">{strings::w().open.back}</a>
                </p>
            </main>
        </div>
    }
}
