//! The filter panel: every facet with a live count beside each value (a drawer behind
//! the "Filters" button on narrow screens). Each value is a row of its own that reads
//! its own count and checked state, so a change of the filter touches only the rows
//! whose count or check changed and never draws the panel again.

use super::common::{constrains, has_facet, pressed};
use super::state::{focus_id, search_index, use_app};
use super::strings::Say;
use super::strings::{self, group_title, Noun};
use crate::data::corpus;
use explorer_core::filter::Group;
use explorer_core::text::{contains, fold};
use explorer_core::{
    AsserterKind, ClaimType, Date, EntityId, EntityKind, EventKind, Facet, Filter, Kind,
    RelationStatus, RelationType,
};
use leptos::html;
use leptos::prelude::*;

/// How many actors each kind shows before "Show all".
const TOP_ACTORS: usize = 5;

/// The filter panel.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = use_app();
    let drawer = state.ui.drawer;
    let close = move |_| {
        drawer.set(false);
        focus_id("filters-button");
    };
    view! {
        <aside id="facets" class="facets" class:open=move || drawer.get() aria-labelledby="facets-h">
            <div class="facets-head">
                <h2 id="facets-h" tabindex="-1">{strings::w().filters}</h2>
                <button
                    type="button"
                    on:click=move |_| state.update_filter(|f| *f = Filter::default())
                >
                    {strings::w().clear_all}
                </button>
                <button type="button" class="drawer-close" on:click=close>
                    {strings::w().close}
                </button>
            </div>
            <ActorFacet/>
            <FacetList group=Group::Source values=corpus().document_ids().map(Facet::Source).collect()/>
            <Dates/>
            {kinds()
                .into_iter()
                .map(|(group, values)| view! { <FacetList group=group values=values/> })
                .collect_view()}
        </aside>
    }
}

/// A group's "Clear", shown while the group constrains the filter.
#[component]
fn ClearGroup(group: Group) -> impl IntoView {
    let state = use_app();
    let any = Memo::new(move |_| state.filter.with(|f| constrains(f, group)));
    view! {
        <button
            type="button"
            class="clear"
            hidden=move || !any.get()
            on:click=move |_| state.update_filter(|f| *f = f.cleared(group))
        >
            {strings::w().clear}
        </button>
    }
}

/// A value's label in the panel.
fn value_label(f: Facet) -> &'static str {
    match f {
        Facet::Actor(a) => strings::name(a),
        Facet::Source(d) => corpus().document(d).title,
        Facet::Kind(k) => k.say(),
        Facet::Status(s) => s.say(),
        Facet::By(b) => b.say(),
        Facet::Contested => strings::w().contested_only,
        Facet::Text | Facet::From | Facet::To => "",
    }
}

/// One value: a checkbox, its label and its count. The same element for as long as the
/// value is shown, so focus stays on it as it is toggled.
#[component]
fn FacetRow(facet: Facet) -> impl IntoView {
    let state = use_app();
    let on = has_facet(facet);
    let n = Memo::new(move |_| state.explore.with(|e| e.counts.of(facet)));
    view! {
        <label class="row" class:zero=move || n.get() == 0>
            <input
                type="checkbox"
                prop:checked=move || on.get()
                on:change=move |_| state.toggle(facet)
            />
            <span class="v">{value_label(facet)}</span>
            <span class="n">{move || n.get()}</span>
        </label>
    }
}

/// A facet group of a few values, all shown (none when the corpus has none).
#[component]
fn FacetList(group: Group, values: Vec<Facet>) -> impl IntoView {
    (!values.is_empty()).then(|| {
        view! {
            <fieldset class="facet">
                <legend>{group_title(group)}</legend>
                <ClearGroup group=group/>
                {values.into_iter().map(|f| view! { <FacetRow facet=f/> }).collect_view()}
            </fieldset>
        }
    })
}

/// The kind facets: the vocabulary values some item of the corpus has.
fn kinds() -> Vec<(Group, Vec<Facet>)> {
    let c = corpus();
    let events = EventKind::ALL
        .iter()
        .filter(|&&k| c.event_ids().any(|e| c.event(e).kind == k))
        .map(|&k| Facet::Kind(Kind::Event(k)))
        .collect();
    let relations = RelationType::ALL
        .iter()
        .filter(|&&k| c.relation_ids().any(|r| c.relation(r).kind == k))
        .map(|&k| Facet::Kind(Kind::Relation(k)))
        .collect();
    let statuses = RelationStatus::ALL
        .iter()
        .filter(|&&s| c.relation_ids().any(|r| c.relation(r).status == s))
        .map(|&s| Facet::Status(s))
        .collect();
    let claims = ClaimType::ALL
        .iter()
        .filter(|&&k| c.claim_ids().any(|x| c.claim(x).kind == k))
        .map(|&k| Facet::Kind(Kind::Claim(k)))
        .collect();
    let by = AsserterKind::ALL
        .iter()
        .filter(|&&b| c.claim_ids().any(|x| c.claim(x).by.kind() == b))
        .map(|&b| Facet::By(b))
        .collect();
    let contested = c
        .comparison_ids()
        .any(|m| c.comparison(m).verdict != explorer_core::Verdict::Agree);
    vec![
        (Group::EventKind, events),
        (Group::RelationType, relations),
        (Group::Status, statuses),
        (Group::ClaimType, claims),
        (Group::By, by),
        (
            Group::Contested,
            if contested {
                vec![Facet::Contested]
            } else {
                Vec::new()
            },
        ),
    ]
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

/// An actor of the facet and every spelling of its name, folded for the finder.
type Member = (EntityId, Vec<String>);

/// The actors, in the sub-groups of [`strings::w().actor_groups`], the most cited first;
/// an actor no item involves is left out.
fn actor_groups() -> Vec<(&'static str, Vec<Member>)> {
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
    strings::w()
        .actor_groups
        .iter()
        .enumerate()
        .filter_map(|(g, &title)| {
            let mut members: Vec<EntityId> = c
                .entity_ids()
                .filter(|&e| actor_group(c.entity(e).kind) == g && cited[e.index()] > 0)
                .collect();
            explorer_core::small_sort::sort_by_key(&mut members, |e| {
                (u32::MAX - cited[e.index()], e.0)
            });
            let members: Vec<Member> = members
                .into_iter()
                .map(|e| (e, c.names(e).map(fold).collect()))
                .collect();
            (!members.is_empty()).then_some((title, members))
        })
        .collect()
}

/// The actors: a box to find one, the first few of each kind or all of them.
#[component]
fn ActorFacet() -> impl IntoView {
    let ui = use_app().ui;
    let (find, all) = (ui.find, ui.all_actors);
    let groups = actor_groups();
    let total: usize = groups.iter().map(|(_, m)| m.len()).sum();
    let query = Memo::new(move |_| find.with(|f| fold(f.trim())));
    let finding = move || query.with(|q| !q.is_empty());
    view! {
        <fieldset class="facet actors">
            <legend>{group_title(Group::Actor)}</legend>
            <ClearGroup group=Group::Actor/>
            <input
                type="search"
                class="find"
                id="find-actor"
                aria-label=strings::w().find_actor
                placeholder=strings::w().find_actor
                on:input=move |ev| find.set(event_target_value(&ev))
            />
            {groups
                .into_iter()
                .map(|(title, members)| {
                    view! { <ActorGroup title=title members=members query=query/> }
                })
                .collect_view()}
            <button
                type="button"
                class="link more"
                aria-expanded=move || pressed(all.get())
                hidden=finding
                on:click=move |_| all.update(|a| *a = !*a)
            >
                {move || {
                    if all.get() {
                        strings::w().show_fewer.to_string()
                    } else {
                        (strings::w().show_all)(total, Noun::Actor)
                    }
                }}
            </button>
        </fieldset>
    }
}

/// One kind of actor: its heading and the rows asked for (the first few, all, or those
/// whose name or another spelling holds what the finder says), keyed by actor.
#[component]
fn ActorGroup(title: &'static str, members: Vec<Member>, query: Memo<String>) -> impl IntoView {
    let all = use_app().ui.all_actors;
    let shown = Memo::new(move |_| {
        let everything = all.get();
        query.with(|q| {
            members
                .iter()
                .enumerate()
                .filter(|(rank, (_, names))| {
                    if q.is_empty() {
                        everything || *rank < TOP_ACTORS
                    } else {
                        names.iter().any(|n| contains(n, q))
                    }
                })
                .map(|(_, (e, _))| *e)
                .collect::<Vec<_>>()
        })
    });
    let any = Memo::new(move |_| shown.with(|s| !s.is_empty()));
    view! {
        {move || any.get().then(|| view! { <h3>{title}</h3> }.into_any())}
        <For each=move || shown.get() key=|e| e.0 let(e)>
            <FacetRow facet=Facet::Actor(e)/>
        </For>
    }
}

/// The date range: two fields applied when left or on Enter; a value that is no date
/// says so and changes nothing.
#[component]
fn Dates() -> impl IntoView {
    let bad_from = RwSignal::new(false);
    let bad_to = RwSignal::new(false);
    view! {
        <fieldset class="facet dates">
            <legend>{group_title(Group::Date)}</legend>
            <ClearGroup group=Group::Date/>
            <DateField id="from" label=strings::w().from from=true bad=bad_from/>
            <DateField id="to" label=strings::w().to from=false bad=bad_to/>
            <p id="date-error" class="error" hidden=move || !(bad_from.get() || bad_to.get())>
                {strings::w().not_a_date}
            </p>
        </fieldset>
    }
}

/// A date as its field shows it ("2024-06"), or nothing.
fn written(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// One end of the date range. It shows the filter's date, except while the user is
/// editing it.
#[component]
fn DateField(
    id: &'static str,
    label: &'static str,
    from: bool,
    bad: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app();
    let input = NodeRef::<html::Input>::new();
    let date = Memo::new(move |_| state.filter.with(|f| if from { f.from } else { f.to }));
    Effect::new(move |_| {
        let d = date.get();
        let Some(el) = input.get() else {
            return;
        };
        if document()
            .active_element()
            .is_some_and(|a| a.is_same_node(Some(&el)))
        {
            return;
        }
        el.set_value(&written(d));
        bad.set(false);
    });
    let change = move |ev| {
        let v = event_target_value(&ev);
        let v = v.trim();
        let parsed = if v.is_empty() {
            Ok(None)
        } else {
            Date::parse(v).map(Some)
        };
        bad.set(parsed.is_err());
        if let Ok(d) = parsed {
            state.update_filter(|f| if from { f.from = d } else { f.to = d });
        }
    };
    view! {
        <label class="date">
            <span>{label}</span>
            <input
                type="text"
                id=id
                inputmode="numeric"
                placeholder=strings::w().date_hint
                aria-describedby="date-error"
                aria-invalid=move || bad.get().then_some("true")
                prop:value=written(date.get_untracked())
                node_ref=input
                on:change=change
            />
        </label>
    }
}
