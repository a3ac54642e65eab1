//! Keeps the drawn markup in step with the state, so that content is drawn once and a
//! filter change only touches attributes and a few texts: which toggles are pressed and
//! checkboxes checked (`data-facet`), which items and documents are shown
//! (`data-item`, `data-doc`), the count beside each facet value (`.row`), the groups'
//! "Clear" buttons, the links that carry the state to another view (`data-route`), the
//! count and no-results lines, the date fields, the drawer and the live region.

use super::common::{count_text, no_results, noun};
use super::dom::document;
use crate::data::corpus;
use explorer_core::facets::Explore;
use explorer_core::filter::Group;
use explorer_core::selection::Item;
use explorer_core::{Facet, Filter, Matches, Route, UrlState};
use wasm_bindgen::JsCast;

fn all(selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Whether an item passes the filter.
pub fn shown(m: &Matches, item: Item) -> bool {
    match item {
        Item::Event(x) => m.has_event(x),
        Item::Relation(x) => m.has_relation(x),
        Item::Claim(x) => m.has_claim(x),
        Item::Comparison(x) => m.has_comparison(x),
        Item::Note(_) | Item::Actor(_) | Item::Period(_) => true,
    }
}

fn set(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Brings the page's markup in line with the state (called after every drawing).
pub fn sync(u: &UrlState, e: &Explore, drawer: bool, route: Route) {
    let c = corpus();
    let f: &Filter = &u.filter;
    for el in all("[data-facet]:not([data-remove])") {
        let Some(facet) = el
            .get_attribute("data-facet")
            .and_then(|code| Facet::from_code(&code, c))
        else {
            continue;
        };
        let on = f.has(facet);
        match el.dyn_ref::<web_sys::HtmlInputElement>() {
            Some(input) => input.set_checked(on),
            None => set(&el, "aria-pressed", if on { "true" } else { "false" }),
        }
        if let Some(row) = el.parent_element() {
            let n = e.counts.of(facet);
            let _ = row.class_list().toggle_with_force("zero", n == 0);
            if let Some(count) = row.query_selector(".n").ok().flatten() {
                count.set_text_content(Some(&n.to_string()));
            }
        }
    }
    for el in all("[data-clear]") {
        let group = el.get_attribute("data-clear").and_then(|g| {
            Group::ALL
                .iter()
                .copied()
                .find(|x| (*x as u8).to_string() == g)
        });
        let any = group.is_some_and(|g| f.cleared(g) != *f);
        let _ = el.toggle_attribute_with_force("hidden", !any);
    }
    for el in all("[data-item]") {
        let show = el
            .get_attribute("data-item")
            .and_then(|code| Item::from_code(&code, c))
            .is_none_or(|item| shown(&e.matches, item));
        let _ = el.toggle_attribute_with_force("hidden", !show);
    }
    // A group of items (claims by source, by actor…) shows while one of them does.
    for el in all("[data-group]") {
        let any = el
            .query_selector("[data-item]:not([hidden])")
            .ok()
            .flatten()
            .is_some();
        let _ = el.toggle_attribute_with_force("hidden", !any);
    }
    for el in all("[data-doc]") {
        let show = el
            .get_attribute("data-doc")
            .and_then(|d| c.document_ids().find(|x| x.0.to_string() == d))
            .is_none_or(|d| e.matches.has_document(d));
        let _ = el.toggle_attribute_with_force("hidden", !show);
    }
    // Links drawn as markup carry the current state to their route or passage.
    for el in all("a[data-route]") {
        let path = el.get_attribute("data-route").unwrap_or_default();
        let (to, _) = UrlState::from_hash(&path, c);
        let href = UrlState {
            route: to.route,
            hl: None,
            ..u.clone()
        }
        .to_hash(c);
        set(&el, "href", &href);
        if el.has_attribute("data-nav") {
            let here = to.route == route
                || (to.route == Route::Sources && matches!(route, Route::Source(_)));
            if here {
                set(&el, "aria-current", "page");
            } else {
                let _ = el.remove_attribute("aria-current");
            }
        }
    }
    // The count line, the no-results line and the live region say the same count.
    let (total, shown_n) = (e.counts.total as usize, e.counts.shown as usize);
    // The lessons' list counts nothing.
    let words = if route == Route::Lessons {
        String::new()
    } else {
        count_text(total, shown_n, noun(route))
    };
    for el in all("[data-count], #announce") {
        if el.text_content().as_deref() != Some(words.as_str()) {
            el.set_text_content(Some(&words));
        }
    }
    let empty = shown_n == 0 && total > 0;
    for el in all("[data-noresults]") {
        if empty {
            el.set_inner_html(&no_results(f, route, noun(route)));
        }
        let _ = el.toggle_attribute_with_force("hidden", !empty);
    }
    // The date fields show the range, unless the user is editing one.
    let active = document().active_element().map(|a| a.id());
    for (id, d) in [("from", f.from), ("to", f.to)] {
        if active.as_deref() == Some(id) {
            continue;
        }
        if let Some(input) = document()
            .get_element_by_id(id)
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(&d.map(|d| d.to_string()).unwrap_or_default());
        }
    }
    if let Some(facets) = document().get_element_by_id("facets") {
        let _ = facets.class_list().toggle_with_force("open", drawer);
    }
    // The open drawer covers the view on a phone: what is behind it is out of reach
    // (no focus, no clicks, not read) until it closes.
    let covered = drawer
        && super::dom::window()
            .match_media("(max-width: 899px)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.toggle_attribute_with_force("inert", covered);
    }
    if let Some(b) = document().get_element_by_id("filters-button") {
        set(&b, "aria-expanded", if drawer { "true" } else { "false" });
        set(&b, "data-drawer", if drawer { "0" } else { "1" });
    }
}
