//! The views in a real browser (headless Chromium via wasm-bindgen-test): each route
//! draws its data, a bad link shows a notice, a panic shows a visible error.
#![cfg(target_arch = "wasm32")]

use alliance_explorer::ui::{mount, panic::show_fatal_error};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits for the effects the explorer runs after drawing (focus, measured widths).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the explorer at `hash` in a fresh container and returns the text it shows
/// (hidden items left out).
async fn render(hash: &str) -> String {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = mount(host.clone());
    settle().await;
    let text = host.inner_text();
    drop(handle);
    host.remove();
    text
}

/// Mounts the explorer at `hash` and returns the markup it draws.
async fn render_html(hash: &str) -> String {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = mount(host.clone().dyn_into().unwrap());
    settle().await;
    let html = host.inner_html();
    drop(handle);
    host.remove();
    html
}

#[wasm_bindgen_test]
async fn timeline_names_each_mark_with_its_precision() {
    let text = render("#/timeline").await;
    assert!(text.contains("Timeline"), "{text}");
    assert!(
        text.contains("2000"),
        "the overview spans the corpus: {text}"
    );
    let html = render_html("#/timeline").await;
    assert!(html.contains("role=\"button\""), "the chart has marks");
    assert!(
        html.contains(", known to the month: "),
        "a mark's accessible name says how precise its date is"
    );
}

#[wasm_bindgen_test]
async fn claims_are_narrowed_by_the_search_in_the_link() {
    let all = render("#/claims").await;
    let some = render("#/claims?q=kursk").await;
    assert!(
        all.contains("215 claims") && !all.contains("Showing"),
        "{all}"
    );
    assert!(some.contains("Showing"), "{some}");
    assert!(some.len() < all.len());
}

#[wasm_bindgen_test]
async fn map_groups_relations_by_actor() {
    let text = render("#/map?actor=japan").await;
    assert!(
        text.contains("Alliance map") && text.contains("Japan"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn a_source_shows_its_full_text_and_notes() {
    let text = render("#/sources/sando-eaf").await;
    assert!(
        text.contains("Ben Sando is Research Fellow at the Global Taiwan Institute"),
        "{text}"
    );
    assert!(text.contains("Attribution"), "a reading note: {text}");
}

#[wasm_bindgen_test]
async fn a_selection_in_the_link_opens_the_panel() {
    let text = render("#/claims?sel=actor:japan").await;
    assert!(text.contains("Also written: Tokyo"), "{text}");
}

#[wasm_bindgen_test]
async fn a_malformed_link_shows_a_notice_and_a_working_page() {
    let text = render("#/nowhere?actor=atlantis&from=2024-13").await;
    assert!(text.contains("could not be used"), "{text}");
    assert!(text.contains("atlantis"), "{text}");
    assert!(text.contains("Timeline"), "{text}");
}

#[wasm_bindgen_test]
fn the_panic_page_speaks_the_language_in_force() {
    use alliance_explorer::ui::strings::set_lang;
    set_lang(explorer_core::Lang::Ja);
    show_fatal_error("test panic: something broke");
    set_lang(explorer_core::Lang::En);
    let panel = document()
        .get_element_by_id("fatal-error")
        .expect("error panel");
    let text = panel.text_content().unwrap();
    assert!(text.starts_with("問題が発生しました"), "{text}");
    assert!(
        text.contains("something broke"),
        "the message as it came: {text}"
    );
    let buttons = panel.query_selector_all("button").unwrap();
    let labels: Vec<String> = (0..buttons.length())
        .filter_map(|i| buttons.get(i)?.text_content())
        .collect();
    assert_eq!(labels, ["エクスプローラーを再読み込み", "最初からやり直す"]);
    panel.remove();
}

#[wasm_bindgen_test]
fn a_panic_shows_a_visible_error_with_reload() {
    show_fatal_error("test panic: something broke");
    let panel = document()
        .get_element_by_id("fatal-error")
        .expect("error panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    assert!(
        text.contains("Something went wrong") && text.contains("something broke"),
        "{text}"
    );
    let buttons = panel.query_selector_all("button").unwrap();
    let labels: Vec<String> = (0..buttons.length())
        .filter_map(|i| buttons.get(i)?.text_content())
        .collect();
    assert_eq!(labels, ["Reload the explorer", "Start afresh"]);
    panel.remove();
}
