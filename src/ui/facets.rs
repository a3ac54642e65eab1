//! The filter panel: every facet with a live count beside each value (a drawer behind
//! the "Filters" button on narrow screens). The values are drawn once as markup;
//! `sync.rs` keeps checks, counts and "Clear" buttons in step, and clicks reach the
//! root handler through `data-facet` and `data-clear`.

use super::dom::document;
use super::html::Html;
use super::state::search_index;
use super::strings::{self, group_title, Noun};
use crate::data::corpus;
use explorer_core::filter::Group;
use explorer_core::text::{contains, fold};
use explorer_core::{
    AsserterKind, ClaimType, EntityKind, EventKind, Facet, Kind, RelationStatus, RelationType,
};
use wasm_bindgen::JsCast;

/// How many actors each kind shows before "Show all".
const TOP_ACTORS: usize = 5;

/// The filter panel, drawn once.
pub fn html() -> String {
    let (actor_rows, total) = actor_rows();
    let mut h = Html::default();
    h.open(
        "aside",
        &[
            ("id", "facets"),
            ("class", "facets"),
            ("aria-labelledby", "facets-h"),
        ],
    )
    .open("div", &[("class", "facets-head")])
    .el("h2", &[("id", "facets-h")], strings::FILTERS)
    .el(
        "button",
        &[("type", "button"), ("data-clear-all", "1")],
        strings::CLEAR_ALL,
    )
    .el(
        "button",
        &[
            ("type", "button"),
            ("class", "drawer-close"),
            ("data-drawer", "0"),
        ],
        strings::CLOSE,
    )
    .close("div")
    .open("fieldset", &[("class", "facet actors")])
    .el("legend", &[], group_title(Group::Actor));
    clear_button(&mut h, Group::Actor);
    h.open(
        "input",
        &[
            ("type", "search"),
            ("class", "find"),
            ("id", "find-actor"),
            ("aria-label", strings::FIND_ACTOR),
            ("placeholder", strings::FIND_ACTOR),
        ],
    );
    h.0.push_str(&actor_rows);
    h.el(
        "button",
        &[
            ("type", "button"),
            ("class", "link more"),
            ("data-more", "1"),
            ("aria-expanded", "false"),
            ("data-all", &strings::show_all(total, Noun::Actor)),
            ("data-fewer", strings::SHOW_FEWER),
        ],
        &strings::show_all(total, Noun::Actor),
    )
    .close("fieldset");
    list(
        &mut h,
        Group::Source,
        &corpus()
            .document_ids()
            .map(Facet::Source)
            .collect::<Vec<_>>(),
    );
    h.open("fieldset", &[("class", "facet dates")])
        .el("legend", &[], group_title(Group::Date));
    clear_button(&mut h, Group::Date);
    for (id, label) in [("from", strings::FROM), ("to", strings::TO)] {
        h.open("label", &[("class", "date")])
            .el("span", &[], label)
            .open(
                "input",
                &[
                    ("type", "text"),
                    ("id", id),
                    ("inputmode", "numeric"),
                    ("placeholder", strings::DATE_HINT),
                    ("aria-describedby", "date-error"),
                ],
            )
            .close("label");
    }
    h.el(
        "p",
        &[("id", "date-error"), ("class", "error"), ("hidden", "")],
        strings::NOT_A_DATE,
    )
    .close("fieldset");
    kinds(&mut h);
    h.close("aside");
    h.done()
}

/// Shows the actor rows asked for: the first few of each kind, all of them, or those
/// whose name or alias holds `find`.
pub fn show_actors(find: &str, everything: bool) {
    let q = fold(find.trim());
    let Ok(rows) = document().query_selector_all(".actors .row") else {
        return;
    };
    for i in 0..rows.length() {
        let Some(row) = rows
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let hide = if q.is_empty() {
            let rank = row.get_attribute("data-rank").unwrap_or_default();
            let rank = super::common::digits(&rank);
            !everything && rank >= TOP_ACTORS
        } else {
            !row.get_attribute("data-names")
                .is_some_and(|n| contains(&n, &q))
        };
        let _ = row.toggle_attribute_with_force("hidden", hide);
    }
    if let Some(more) = document().query_selector(".actors .more").ok().flatten() {
        let label = more.get_attribute(if everything { "data-fewer" } else { "data-all" });
        more.set_text_content(label.as_deref());
        let _ = more.set_attribute("aria-expanded", if everything { "true" } else { "false" });
        let _ = more.toggle_attribute_with_force("hidden", !q.is_empty());
    }
}

fn clear_button(h: &mut Html, group: Group) {
    let g = (group as u8).to_string();
    h.el(
        "button",
        &[
            ("type", "button"),
            ("class", "clear"),
            ("data-clear", &g),
            ("hidden", ""),
        ],
        strings::CLEAR,
    );
}

/// A value's label in the panel.
fn value_label(f: Facet) -> &'static str {
    match f {
        Facet::Actor(a) => corpus().entity(a).name,
        Facet::Source(d) => corpus().document(d).title,
        Facet::Kind(k) => k.label(),
        Facet::Status(s) => s.label(),
        Facet::By(b) => b.label(),
        Facet::Contested => strings::CONTESTED_ONLY,
        Facet::Text | Facet::From | Facet::To => "",
    }
}

/// One value: a checkbox, its label and its count (filled in by `sync.rs`).
fn row(h: &mut Html, f: Facet, extra: &[(&str, &str)]) {
    let mut attrs = vec![("class", "row")];
    attrs.extend_from_slice(extra);
    h.open("label", &attrs)
        .open("input", &[("type", "checkbox"), ("data-facet", &f.code())])
        .el("span", &[("class", "v")], value_label(f))
        .el("span", &[("class", "n")], "")
        .close("label");
}

/// A facet group of a few values, all shown.
fn list(h: &mut Html, group: Group, values: &[Facet]) {
    if values.is_empty() {
        return;
    }
    h.open("fieldset", &[("class", "facet")])
        .el("legend", &[], group_title(group));
    clear_button(h, group);
    for &f in values {
        row(h, f, &[]);
    }
    h.close("fieldset");
}

/// The kind facets: the vocabulary values some item of the corpus has.
fn kinds(h: &mut Html) {
    let c = corpus();
    let ev = |k: EventKind| c.event_ids().any(|e| c.event(e).kind == k);
    let events: Vec<Facet> = EventKind::ALL
        .iter()
        .filter(|&&k| ev(k))
        .map(|&k| Facet::Kind(Kind::Event(k)))
        .collect();
    list(h, Group::EventKind, &events);
    let rel = |k: RelationType| c.relation_ids().any(|r| c.relation(r).kind == k);
    let rels: Vec<Facet> = RelationType::ALL
        .iter()
        .filter(|&&k| rel(k))
        .map(|&k| Facet::Kind(Kind::Relation(k)))
        .collect();
    list(h, Group::RelationType, &rels);
    let st = |s: RelationStatus| c.relation_ids().any(|r| c.relation(r).status == s);
    let statuses: Vec<Facet> = RelationStatus::ALL
        .iter()
        .filter(|&&s| st(s))
        .map(|&s| Facet::Status(s))
        .collect();
    list(h, Group::Status, &statuses);
    let cl = |k: ClaimType| c.claim_ids().any(|x| c.claim(x).kind == k);
    let claims: Vec<Facet> = ClaimType::ALL
        .iter()
        .filter(|&&k| cl(k))
        .map(|&k| Facet::Kind(Kind::Claim(k)))
        .collect();
    list(h, Group::ClaimType, &claims);
    let by = |b: AsserterKind| c.claim_ids().any(|x| c.claim(x).by.kind() == b);
    let bys: Vec<Facet> = AsserterKind::ALL
        .iter()
        .filter(|&&b| by(b))
        .map(|&b| Facet::By(b))
        .collect();
    list(h, Group::By, &bys);
    let contested = c
        .comparison_ids()
        .any(|m| c.comparison(m).verdict != explorer_core::Verdict::Agree);
    if contested {
        list(h, Group::Contested, &[Facet::Contested]);
    }
}

/// Which of the actor facet's sub-groups an entity kind falls in.
fn actor_group(k: EntityKind) -> usize {
    use EntityKind::*;
    match k {
        State => 0,
        Organisation | Alliance | Arrangement | StateBody => 1,
        Person => 2,
        Place => 3,
        _ => 4,
    }
}

/// The actors, grouped by kind, the most cited first; and how many there are.
fn actor_rows() -> (String, usize) {
    let c = corpus();
    let facts = search_index().facts();
    // How many items involve each actor: the order within a group.
    let mut cited = vec![0u32; c.entity_ids().len()];
    for f in facts
        .events
        .iter()
        .chain(&facts.relations)
        .chain(&facts.claims)
    {
        for a in &f.actors {
            cited[a.index()] += 1;
        }
    }
    let mut h = Html::default();
    let mut total = 0;
    for (g, title) in strings::ACTOR_GROUPS.iter().enumerate() {
        let mut members: Vec<_> = c
            .entity_ids()
            .filter(|&e| actor_group(c.entity(e).kind) == g && cited[e.index()] > 0)
            .collect();
        if members.is_empty() {
            continue;
        }
        explorer_core::small_sort::sort_by_key(&mut members, |e| {
            (u32::MAX - cited[e.index()], e.0)
        });
        total += members.len();
        h.el("h3", &[], title);
        for (rank, e) in members.into_iter().enumerate() {
            let names: Vec<String> = c.names(e).map(fold).collect();
            row(
                &mut h,
                Facet::Actor(e),
                &[
                    ("data-rank", &rank.to_string()),
                    ("data-names", &names.join("|")),
                ],
            );
        }
    }
    (h.done(), total)
}
