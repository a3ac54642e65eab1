//! Packs an owned, resolved corpus ([`crate::owned`]) into the compact tables of
//! [`Corpus`]. The build uses it to write the tables as Rust source; tests, benchmarks
//! and a corpus compiled at run time use the leaked result directly.

use crate::model::*;
use crate::owned;
use std::collections::HashMap;

/// Strings interned once each, in order of first use.
#[derive(Default)]
struct Strings {
    text: String,
    ends: Vec<u32>,
    ids: HashMap<String, StrId>,
}

impl Strings {
    fn new() -> Self {
        let mut s = Strings {
            ends: vec![0],
            ..Default::default()
        };
        s.id(""); // StrId(0): the empty string, "none" for optional strings
        s
    }

    fn push(&mut self, s: &str) -> StrId {
        self.text.push_str(s);
        let id = StrId(self.ends.len() as u32 - 1);
        self.ends.push(self.text.len() as u32);
        self.ids.entry(s.to_string()).or_insert(id);
        id
    }

    /// A string, stored once however often it is used.
    fn id(&mut self, s: &str) -> StrId {
        match self.ids.get(s) {
            Some(&id) => id,
            None => self.push(s),
        }
    }

    /// A column of one string per row, stored in row order (repeats included).
    fn column<'a>(&mut self, rows: impl IntoIterator<Item = &'a String>) -> Strs {
        let first = Strs(self.ends.len() as u32 - 1);
        for r in rows {
            self.push(r);
        }
        first
    }

    fn opt(&mut self, s: &Option<String>) -> StrId {
        self.id(s.as_deref().unwrap_or(""))
    }
}

/// Appends a run to a shared array and records where it ends (an offsets column
/// starts with where its first run starts: see [`offsets`]).
fn push_run<T>(shared: &mut Vec<T>, ends: &mut Vec<u32>, items: impl IntoIterator<Item = T>) {
    shared.extend(items);
    ends.push(shared.len() as u32);
}

/// An empty offsets column whose first run starts at the current end of `shared`.
fn offsets<T>(shared: &[T]) -> Vec<u32> {
    vec![shared.len() as u32]
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn evidence(e: &owned::Evidence) -> Evidence {
    Evidence {
        doc: DocId(e.doc as u16),
        start: e.start as u32,
        len: (e.end - e.start) as u16,
    }
}

fn ent(i: usize) -> EntityId {
    EntityId(i as u16)
}

/// The tables for `c`, leaked so that they live as long as the program.
pub fn pack(c: &owned::Corpus) -> &'static Corpus {
    let mut s = Strings::new();
    let mut ev: Vec<Evidence> = Vec::new();
    let mut entity_refs: Vec<EntityId> = Vec::new();
    let mut event_refs: Vec<EventId> = Vec::new();
    let mut string_refs: Vec<StrId> = Vec::new();
    let notes: Vec<&owned::Note> = c.documents.iter().flat_map(|d| &d.notes).collect();
    let sides: Vec<&owned::Side> = c.comparisons.iter().flat_map(|m| &m.sides).collect();
    let steps: Vec<&owned::Step> = c.lessons.iter().flat_map(|l| &l.steps).collect();

    // Columns with a string in every row, one column after another: texts first.
    let docs = &c.documents;
    let d_text = s.column(docs.iter().map(|d| &d.text));
    let d_id = s.column(docs.iter().map(|d| &d.id));
    let d_file = s.column(docs.iter().map(|d| &d.file));
    let d_title = s.column(docs.iter().map(|d| &d.title));
    let d_summary = s.column(docs.iter().map(|d| &d.summary));
    let n_text = s.column(notes.iter().map(|n| &n.text));
    let e_id = s.column(c.entities.iter().map(|e| &e.id));
    let e_name = s.column(c.entities.iter().map(|e| &e.name));
    let e_desc = s.column(c.entities.iter().map(|e| &e.description));
    let v_id = s.column(c.events.iter().map(|e| &e.id));
    let v_title = s.column(c.events.iter().map(|e| &e.title));
    let r_id = s.column(c.relations.iter().map(|r| &r.id));
    let r_summary = s.column(c.relations.iter().map(|r| &r.summary));
    let c_id = s.column(c.claims.iter().map(|cl| &cl.id));
    let c_text = s.column(c.claims.iter().map(|cl| &cl.text));
    let m_id = s.column(c.comparisons.iter().map(|m| &m.id));
    let m_topic = s.column(c.comparisons.iter().map(|m| &m.topic));
    let m_summary = s.column(c.comparisons.iter().map(|m| &m.summary));
    let s_label = s.column(sides.iter().map(|sd| &sd.label));
    let p_id = s.column(c.periods.iter().map(|p| &p.id));
    let p_name = s.column(c.periods.iter().map(|p| &p.name));
    let p_summary = s.column(c.periods.iter().map(|p| &p.summary));
    let l_id = s.column(c.lessons.iter().map(|l| &l.id));
    let l_title = s.column(c.lessons.iter().map(|l| &l.title));
    let l_summary = s.column(c.lessons.iter().map(|l| &l.summary));
    let st_view = s.column(steps.iter().map(|st| &st.view));
    let st_text = s.column(steps.iter().map(|st| &st.text));
    let st_question = s.column(steps.iter().map(|st| &st.question));

    let mut d_notes = vec![0];
    for d in docs {
        d_notes.push(d_notes.last().copied().unwrap_or(0) + d.notes.len() as u32);
    }
    let mut n_ev = offsets(&ev);
    for n in &notes {
        push_run(&mut ev, &mut n_ev, n.evidence.iter().map(evidence));
    }

    let (mut e_aliases, mut e_members) = (offsets(&string_refs), offsets(&entity_refs));
    for e in &c.entities {
        let aliases: Vec<StrId> = e.aliases.iter().map(|a| s.id(a)).collect();
        push_run(&mut string_refs, &mut e_aliases, aliases);
        push_run(
            &mut entity_refs,
            &mut e_members,
            e.members.iter().map(|&m| ent(m)),
        );
    }

    let (mut v_actors, mut v_after, mut v_ev) =
        (offsets(&entity_refs), offsets(&event_refs), offsets(&ev));
    for e in &c.events {
        push_run(
            &mut entity_refs,
            &mut v_actors,
            e.actors.iter().map(|&a| ent(a)),
        );
        let after = e.after.iter().map(|&a| EventId(a as u16));
        push_run(&mut event_refs, &mut v_after, after);
        push_run(&mut ev, &mut v_ev, e.evidence.iter().map(evidence));
    }

    let mut r_ev = offsets(&ev);
    for r in &c.relations {
        push_run(&mut ev, &mut r_ev, r.evidence.iter().map(evidence));
    }

    let (mut c_actors, mut c_ev) = (offsets(&entity_refs), offsets(&ev));
    for cl in &c.claims {
        push_run(
            &mut entity_refs,
            &mut c_actors,
            cl.actors.iter().map(|&a| ent(a)),
        );
        push_run(&mut ev, &mut c_ev, cl.evidence.iter().map(evidence));
    }

    let mut m_sides = vec![0];
    for m in &c.comparisons {
        m_sides.push(m_sides.last().copied().unwrap_or(0) + m.sides.len() as u32);
    }
    let mut s_ev = offsets(&ev);
    for sd in &sides {
        push_run(&mut ev, &mut s_ev, sd.evidence.iter().map(evidence));
    }

    let mut p_ev = offsets(&ev);
    for p in &c.periods {
        push_run(&mut ev, &mut p_ev, p.evidence.iter().map(evidence));
    }

    let mut l_steps = vec![0];
    for l in &c.lessons {
        l_steps.push(l_steps.last().copied().unwrap_or(0) + l.steps.len() as u32);
    }
    let mut st_quotes = offsets(&ev);
    for st in &steps {
        push_run(&mut ev, &mut st_quotes, st.quotes.iter().map(evidence));
    }

    // Optional strings last, shared with any equal string above.
    let meta = MetaTable {
        title: s.id(&c.meta.title),
        tagline: s.id(&c.meta.tagline),
        description: s.id(&c.meta.description),
        language: s.id(&c.meta.language),
        default_view: c.meta.default_view,
        title_ja: s.opt(&c.meta.title_ja),
        tagline_ja: s.opt(&c.meta.tagline_ja),
        description_ja: s.opt(&c.meta.description_ja),
    };
    let e_name_ja = c.entities.iter().map(|e| s.opt(&e.name_ja)).collect();
    let d_author = docs.iter().map(|d| s.opt(&d.author)).collect();
    let d_outlet = docs.iter().map(|d| s.opt(&d.outlet)).collect();
    let c_label = c.claims.iter().map(|cl| s.opt(&cl.by_label)).collect();

    Box::leak(Box::new(Corpus {
        meta,
        strings: Box::leak(s.text.into_boxed_str()),
        string_ends: leak(s.ends),
        evidence: leak(ev),
        entity_refs: leak(entity_refs),
        event_refs: leak(event_refs),
        string_refs: leak(string_refs),
        documents: DocumentTable {
            id: d_id,
            file: d_file,
            title: d_title,
            title_printed: leak(docs.iter().map(|d| d.title_printed).collect()),
            author: leak(d_author),
            outlet: leak(d_outlet),
            published: leak(docs.iter().map(|d| d.published).collect()),
            summary: d_summary,
            text: d_text,
            notes: leak(d_notes),
        },
        notes: NoteTable {
            kind: leak(notes.iter().map(|n| n.kind).collect()),
            text: n_text,
            evidence: leak(n_ev),
        },
        entities: EntityTable {
            id: e_id,
            kind: leak(c.entities.iter().map(|e| e.kind).collect()),
            name: e_name,
            name_ja: leak(e_name_ja),
            aliases: leak(e_aliases),
            description: e_desc,
            members: leak(e_members),
            leader_of: leak(c.entities.iter().map(|e| e.leader_of.map(ent)).collect()),
        },
        events: EventTable {
            id: v_id,
            title: v_title,
            kind: leak(c.events.iter().map(|e| e.kind).collect()),
            date: leak(c.events.iter().map(|e| e.date).collect()),
            end: leak(c.events.iter().map(|e| e.end).collect()),
            actors: leak(v_actors),
            place: leak(c.events.iter().map(|e| e.place.map(ent)).collect()),
            reported: leak(c.events.iter().map(|e| e.reported).collect()),
            after: leak(v_after),
            evidence: leak(v_ev),
        },
        relations: RelationTable {
            id: r_id,
            kind: leak(c.relations.iter().map(|r| r.kind).collect()),
            source: leak(c.relations.iter().map(|r| ent(r.source)).collect()),
            target: leak(c.relations.iter().map(|r| ent(r.target)).collect()),
            directed: leak(c.relations.iter().map(|r| r.directed).collect()),
            status: leak(c.relations.iter().map(|r| r.status).collect()),
            from: leak(c.relations.iter().map(|r| r.from).collect()),
            to: leak(c.relations.iter().map(|r| r.to).collect()),
            summary: r_summary,
            evidence: leak(r_ev),
        },
        claims: ClaimTable {
            id: c_id,
            kind: leak(c.claims.iter().map(|cl| cl.kind).collect()),
            text: c_text,
            by: leak(c.claims.iter().map(|cl| asserter(cl.by)).collect()),
            by_label: leak(c_label),
            actors: leak(c_actors),
            evidence: leak(c_ev),
        },
        comparisons: ComparisonTable {
            id: m_id,
            topic: m_topic,
            verdict: leak(c.comparisons.iter().map(|m| m.verdict).collect()),
            summary: m_summary,
            sides: leak(m_sides),
        },
        sides: SideTable {
            label: s_label,
            position: leak(sides.iter().map(|sd| sd.position).collect()),
            evidence: leak(s_ev),
        },
        periods: PeriodTable {
            id: p_id,
            name: p_name,
            from: leak(c.periods.iter().map(|p| p.from).collect()),
            to: leak(c.periods.iter().map(|p| p.to).collect()),
            summary: p_summary,
            evidence: leak(p_ev),
        },
        lessons: LessonTable {
            id: l_id,
            title: l_title,
            summary: l_summary,
            steps: leak(l_steps),
        },
        steps: StepTable {
            view: st_view,
            text: st_text,
            question: st_question,
            quotes: leak(st_quotes),
        },
    }))
}

fn asserter(by: owned::By) -> Asserter {
    match by {
        owned::By::Author => Asserter::Author,
        owned::By::Unnamed => Asserter::Unnamed,
        owned::By::Survey => Asserter::Survey,
        owned::By::Entity(e) => Asserter::Entity(ent(e)),
    }
}
