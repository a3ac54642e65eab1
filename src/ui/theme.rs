//! The colour theme: the system's (the default), light or dark, chosen in the header and
//! remembered across visits in local storage (gloo-storage) where the page may use it.
//! Where storage is refused (a cross-site frame with third-party storage blocked, some
//! `file://` pages) the choice holds for the visit and nothing fails. A link's `theme=`
//! (an embed in a dark page, say) wins over the remembered choice for the visit, and is
//! not remembered. The stylesheet reads `data-theme` on the root element.

use super::state::use_app;
use super::strings;
use explorer_core::Theme;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const KEY: &str = "alliance-explorer:theme";

/// Local storage, or `None` where it is refused. Reading `window.localStorage` throws
/// there, and gloo-storage would throw that on into the page, so the window is asked
/// first.
pub(super) fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// The "Colours" choice in the header, showing the theme in force. Choosing remembers
/// the choice, and where the address names colours, writes the choice there too (so the
/// address never says other colours than those shown).
#[component]
pub fn Colours() -> impl IntoView {
    let state = use_app();
    let now = current();
    view! {
        <label class="theme">
            {strings::w().theme}
            <select
                id="theme"
                // A link followed may have changed the colours (its `theme=`).
                prop:value=move || {
                    state.url.with(|u| u.theme);
                    current()
                }
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    choose(&v);
                    if state.url.with_untracked(|u| u.theme.is_some()) {
                        state.update(true, |u| u.theme = Theme::from_id(&v));
                    }
                }
            >
                {strings::THEME_IDS
                    .into_iter()
                    .zip(strings::w().themes)
                    .map(|(id, label)| view! { <option value=id selected=id == now>{label}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Applies the link's colours if it names some, else those remembered from an earlier
/// visit, if any.
pub fn restore() {
    let hash = window().location().hash().unwrap_or_default();
    let asked = explorer_core::url::values_of(&hash, "theme")
        .iter()
        .rev()
        .find_map(|v| Theme::from_id(v));
    match asked {
        Some(t) => apply(t.id()),
        None => {
            if let Some(v) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
                apply(&v);
            }
        }
    }
}

/// Applies the colours a link asks for, for the visit (a link followed later, or Back to
/// one).
pub fn follow(t: Theme) {
    apply(t.id());
}

/// Applies the theme chosen in the header (`""` for the system's) and remembers it.
pub fn choose(v: &str) {
    apply(v);
    if let Some(s) = storage() {
        // Full storage keeps the choice for this visit only.
        let _ = if v.is_empty() {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, v)
        };
    }
}

/// The theme in force: `"light"`, `"dark"` or `""` (the system's).
pub fn current() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("data-theme"))
        .unwrap_or_default()
}

fn apply(v: &str) {
    if let Some(root) = document().document_element() {
        let _ = match v {
            "light" | "dark" => root.set_attribute("data-theme", v),
            _ => root.remove_attribute("data-theme"),
        };
    }
}
