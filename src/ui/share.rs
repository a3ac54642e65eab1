//! Taking what the user sees elsewhere: the Download menu (the files are made by the
//! exporter, a second wasm module the page loads only when asked, so its code is no part
//! of the first load), the Embed dialog with an `<iframe>` snippet of the current state,
//! the compact header of an embedded page and the line at the top of a printed page.
//! Three small things are done by the boot script (`scripts/boot.js`) instead, because
//! in Rust their promises and callbacks cost the first load 2.3 KB (docs/size.md):
//! loading the exporter and calling it when a Download button (`data-export`) is
//! pressed, copying the snippet (`data-copy`), and, inside an iframe, posting the page's
//! height to its parent (`{ type: "alliance-explorer:height", height }`). The words it
//! shows are written here, into the status lines' `data-` attributes, so they stay in
//! `strings.rs`.

use super::state::use_app;
use super::strings;
use super::{language, theme};
use crate::data::corpus;
use explorer_core::text::escape_html as escape;
use explorer_core::{Route, Theme, UrlState, View};
use leptos::html;
use leptos::prelude::*;

/// The Download menu, the Embed button and the colours, in the header of every view,
/// and the Embed dialog.
#[component]
pub fn Tools() -> impl IntoView {
    let state = use_app();
    let dialog = NodeRef::<html::Dialog>::new();
    let code = NodeRef::<html::Textarea>::new();
    let status = NodeRef::<html::P>::new();
    // The colours the frame asks for: the address's, else the visitor's own.
    let frame_theme = RwSignal::new(None::<Theme>);
    let code_text = move || state.url.with(|u| snippet(u, frame_theme.get()));
    // The dialog opens with the snippet for what the user sees, selected.
    let open = move |_| {
        let (Some(dialog), Some(code)) = (dialog.get(), code.get()) else {
            return;
        };
        frame_theme.set(state.url.with_untracked(|u| u.theme));
        code.set_value(&code_text());
        if let Some(status) = status.get() {
            status.set_text_content(None);
        }
        let _ = dialog.show_modal();
        let _ = code.focus();
        code.select();
    };
    let close = move || {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        // One menu in the header for what is not exploring: the downloads, the embed
        // snippet and the colours (the header stays one row on a wide screen).
        <details class="menu share">
            <summary>{strings::w().menu}</summary>
            <div class="menu-list">
                <div role="group" aria-label=strings::w().download>
                    <p class="meta">
                        <strong>{strings::w().download}</strong>
                        " "
                        {strings::w().download_hint}
                    </p>
                    {strings::FORMAT_IDS
                        .into_iter()
                        .zip(strings::w().formats)
                        .map(|(format, label)| {
                            view! { <button type="button" data-export=format>{label}</button> }
                        })
                        .collect_view()}
                    <p
                        id="dl-status"
                        role="status"
                        data-making=strings::w().making
                        data-saved=strings::w().saved
                        data-failed=strings::w().not_saved
                    ></p>
                </div>
                // (A corpus opened in the browser has no address another site could show.)
                <button
                    type="button"
                    aria-haspopup="dialog"
                    hidden=crate::data::opened()
                    on:click=open
                >
                    {strings::w().embed}
                </button>
                <theme::Colours/>
                <language::Language/>
            </div>
        </details>
        // Escape closes the dialog here, and goes no further (the panel stays open).
        <dialog
            id="embed-dialog"
            aria-labelledby="embed-h"
            node_ref=dialog
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <h2 id="embed-h">{strings::w().embed_title}</h2>
            <p>{strings::w().embed_help}</p>
            <label for="embed-code">{strings::w().embed_code}</label>
            <textarea id="embed-code" readonly rows="5" node_ref=code prop:value=code_text></textarea>
            <label class="theme">
                {strings::w().embed_theme}
                <select
                    id="embed-theme"
                    prop:value=move || frame_theme.get().map_or("", Theme::id)
                    on:change=move |ev| frame_theme.set(Theme::from_id(&event_target_value(&ev)))
                >
                    {strings::THEME_IDS
                        .into_iter()
                        .zip(strings::w().embed_themes)
                        .map(|(id, label)| view! { <option value=id>{label}</option> })
                        .collect_view()}
                </select>
            </label>
            <div class="tl-tools">
                <button type="button" data-copy="1">{strings::w().copy}</button>
                <button type="button" on:click=move |_| close()>{strings::w().close}</button>
            </div>
            <p
                id="copy-status"
                role="status"
                data-copied=strings::w().copied
                data-by-hand=strings::w().copy_by_hand
                node_ref=status
            ></p>
        </dialog>
    }
}

/// The header of an embedded page: the corpus's title, the view's name and a way to the
/// full explorer at the same state, in a new tab.
#[component]
pub fn EmbedHeader() -> impl IntoView {
    let state = use_app();
    let full = move || {
        state.url.with(|u| {
            UrlState {
                embed: false,
                ..u.clone()
            }
            .to_hash(corpus())
        })
    };
    view! {
        <header class="top embed-top">
            <p class="embed-title">
                <strong>{strings::corpus_title()}</strong>
                " · "
                <span id="embed-view">{move || route_name(state.route.get())}</span>
            </p>
            <a id="full-link" href=full target="_blank" rel="noopener">
                {strings::w().open_full}
            </a>
        </header>
    }
}

/// The line at the top of a printed page: where it came from, to find it again (the
/// address as it is after every change of state).
#[component]
pub fn PrintHead() -> impl IntoView {
    let state = use_app();
    let line = move || {
        // The address is written as the state changes, before this is drawn again.
        state.url.track();
        [
            strings::w().printed_from,
            &window().location().href().unwrap_or_default(),
        ]
        .concat()
    };
    view! { <p id="print-head" class="print-only">{line}</p> }
}

/// The name of the view a route shows.
pub fn route_name(route: Route) -> &'static str {
    match route {
        Route::Timeline => strings::view_name(View::Timeline),
        Route::Map => strings::view_name(View::Map),
        Route::Claims => strings::view_name(View::Claims),
        Route::Sources | Route::Source(_) => strings::view_name(View::Sources),
        Route::Lessons => strings::w().lessons,
    }
}

/// The page's address without its hash.
fn base() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A height that suits each view in a host page, in CSS pixels.
fn height(route: Route) -> &'static str {
    match route {
        Route::Timeline | Route::Map => "760",
        Route::Claims | Route::Source(_) => "900",
        Route::Sources | Route::Lessons => "640",
    }
}

/// The `<iframe>` that shows exactly `u` (view and filter) in another page, in the
/// colours `theme` (none: the visitor's own): text for the user to paste elsewhere
/// (never put into this page), its values escaped.
fn snippet(u: &UrlState, theme: Option<Theme>) -> String {
    let src = [
        base(),
        UrlState {
            embed: true,
            // The host's page shows the explorer in the language it was chosen in.
            lang: Some(strings::lang()),
            theme,
            ..u.clone()
        }
        .to_hash(corpus()),
    ]
    .concat();
    let title = [strings::corpus_title(), ": ", route_name(u.route)].concat();
    [
        "<iframe src=\"",
        &escape(&src),
        "\" title=\"",
        &escape(&title),
        "\" width=\"100%\" height=\"",
        height(u.route),
        "\" loading=\"lazy\"></iframe>",
    ]
    .concat()
}
