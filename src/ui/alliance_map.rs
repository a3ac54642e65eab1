//! Map: the relations between actors, grouped by actor.

use super::html::Html;
use super::strings;
use crate::data::corpus;
use explorer_core::lists::relations_by_actor;
use explorer_core::selection::Item;
use explorer_core::text::Query;
use explorer_core::{EntityId, Matches, RelationId};

/// Every actor with ties that pass the filter, and those ties.
pub fn html(matches: &Matches, q: &Query) -> String {
    let mut h = Html::default();
    h.open("section", &[("aria-labelledby", "map-h")])
        .el("h2", &[("id", "map-h")], strings::MAP_HEADING)
        .counts();
    for (actor, relations) in relations_by_actor(corpus(), &matches.relations) {
        group(&mut h, actor, &relations, q);
    }
    h.close("section");
    h.done()
}

fn group(h: &mut Html, actor: EntityId, relations: &[RelationId], q: &Query) {
    let c = corpus();
    let ent = c.entity(actor);
    let hid = ["actor-", ent.id].concat();
    h.open("section", &[("class", "group"), ("aria-labelledby", &hid)])
        .open("h3", &[("id", &hid)])
        .actor(actor)
        .el("span", &[("class", "kind")], ent.kind.label())
        .close("h3")
        .open("ul", &[("class", "items relations")]);
    for &id in relations {
        let r = c.relation(id);
        h.open("li", &[("class", "item relation")])
            .relation_meta(id)
            .open("p", &[])
            .open_item(Item::Relation(id), "title", r.summary, q)
            .close("p")
            .open("details", &[])
            .el("summary", &[], strings::QUOTES)
            .quotes(r.evidence, q)
            .close("details")
            .close("li");
    }
    h.close("ul").close("section");
}
