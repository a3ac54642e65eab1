//! The interface's language: English or Japanese, chosen in the header's menu and
//! remembered across visits like the colours. A link's `lang=` wins (a teacher's link, an
//! embed); without one, the language chosen before, else the first of the browser's
//! languages the explorer speaks, else English. Choosing writes `lang=` into the address,
//! so a copied link keeps it.

use super::state::{use_app, AppState};
use super::strings;
use super::theme::storage;
use explorer_core::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const KEY: &str = "alliance-explorer:lang";

/// The language to start in when the link names none: the one chosen before, else the
/// browser's.
pub fn preferred() -> Lang {
    let kept = storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|v| Lang::from_id(&v));
    kept.unwrap_or_else(|| {
        let tags: Vec<String> = window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|t| t.as_string())
            .collect();
        Lang::from_tags(tags.iter().map(String::as_str))
    })
}

/// The language to start in, before the app state is read: the link's `lang=`, else
/// [`preferred`] (the page that asks for a corpus has no app state).
pub fn at_start() -> Lang {
    let hash = window().location().hash().unwrap_or_default();
    explorer_core::url::values_of(&hash, "lang")
        .iter()
        .rev()
        .find_map(|v| Lang::from_id(v))
        .unwrap_or_else(preferred)
}

/// The "Language" choice in the header's menu, each language named in itself, with the
/// note that the sources keep their own language.
#[component]
pub fn Language() -> impl IntoView {
    let state = use_app();
    let now = state.ui.lang.get_untracked();
    view! {
        <label class="theme">
            {strings::w().language}
            <select
                id="lang"
                on:change=move |ev| {
                    if let Some(l) = Lang::from_id(&event_target_value(&ev)) {
                        choose(state, l);
                    }
                }
            >
                {Lang::ALL
                    .map(|l| {
                        view! {
                            <option value=l.id() lang=l.id() selected=l == now>
                                {l.name()}
                            </option>
                        }
                    })}
            </select>
        </label>
        <p class="meta lang-note">{strings::w().language_note}</p>
    }
}

/// Speaks `l` from now on: remembered, written into the address, and the explorer drawn
/// again in it; focus comes back to the switch, in the menu still open.
fn choose(state: AppState, l: Lang) {
    if let Some(s) = storage() {
        // Full or refused storage keeps the choice for this visit only.
        let _ = s.set_item(KEY, l.id());
    }
    state.update(true, |u| u.lang = Some(l));
    state.ui.lang.set(l);
    // After the new drawing (the effects run before a timer does).
    gloo_timers::callback::Timeout::new(0, || {
        let Some(select) = document().get_element_by_id("lang") else {
            return;
        };
        if let Ok(Some(menu)) = select.closest("details") {
            let _ = menu.set_attribute("open", "");
        }
        let _ = select.unchecked_into::<web_sys::HtmlElement>().focus();
    })
    .forget();
}
