//! Bigger corpora of the same shape, for benchmarks: `k` copies of a corpus side by
//! side, each copy's items referring only to that copy.
//!
//! Rules:
//! - Every table is `k` runs of the input's rows, copy after copy, so row `i` of copy
//!   `j` (from 0) is row `j * n + i` of a table of `n` rows per copy.
//! - Copies are numbered from 1. Copy 1 is the input itself; copy `m` from 2 on has
//!   every id suffixed `-x{m}` (`treaty-x2`) and every file name suffixed before its
//!   extension (`alpha-x2.txt`). Ids stay unique as long as no input id already ends
//!   in such a suffix of another (`a` beside `a-x2`).
//! - Texts, titles, entity names, aliases and every other word stay the same, so each
//!   copy's quotes, name matches and search hits are the original's: a search or name
//!   lookup finds `k` times as much.
//! - References (entities, events' `after`, evidence documents) point into the same
//!   copy, so evidence offsets stay valid against the copied texts.
//! - Lessons are copied with their ids suffixed and their quotes in the copy's
//!   documents; a step's view is a link's text, copied as written, so it names the
//!   first copy's items.
//! - The result depends only on the input and `k`; `k == 0` gives empty tables (with
//!   the input's `meta`). [`crate::pack`] takes at most 65,536 rows per table, so
//!   `k` times the largest table must stay under that.

use crate::owned::*;
use crate::text::slice;

/// The id suffix of copy `j` (from 0): none for the first, `-x2`, `-x3`, … after.
fn suffix(j: usize) -> String {
    if j == 0 {
        String::new()
    } else {
        format!("-x{}", j + 1)
    }
}

/// A file name with `suffix` before its extension, or at its end when it has none.
fn file_name(file: &str, suffix: &str) -> String {
    let name_at = file.rfind('/').map_or(0, |i| i + 1);
    match file.rfind('.') {
        Some(dot) if dot > name_at => {
            let (stem, ext) = (slice(file, 0..dot), slice(file, dot..file.len()));
            format!("{stem}{suffix}{ext}")
        }
        _ => format!("{file}{suffix}"),
    }
}

/// A corpus `k` times the size of `c` with the same shape (see the module's rules).
pub fn scale(c: &Corpus, k: usize) -> Corpus {
    let (docs, ents, events) = (c.documents.len(), c.entities.len(), c.events.len());
    let mut out = Corpus {
        meta: c.meta.clone(),
        ..Default::default()
    };
    for j in 0..k {
        let sfx = suffix(j);
        let id = |s: &str| format!("{s}{sfx}");
        let ent = |i: usize| j * ents + i;
        let ents_of = |v: &[usize]| v.iter().map(|&i| ent(i)).collect::<Vec<usize>>();
        let ev = |v: &[Evidence]| {
            v.iter()
                .map(|e| Evidence {
                    doc: j * docs + e.doc,
                    ..*e
                })
                .collect::<Vec<Evidence>>()
        };

        out.documents.extend(c.documents.iter().map(|d| {
            Document {
                id: id(&d.id),
                file: file_name(&d.file, &sfx),
                notes: d
                    .notes
                    .iter()
                    .map(|n| Note {
                        evidence: ev(&n.evidence),
                        ..n.clone()
                    })
                    .collect(),
                ..d.clone()
            }
        }));
        out.entities.extend(c.entities.iter().map(|e| Entity {
            id: id(&e.id),
            members: ents_of(&e.members),
            leader_of: e.leader_of.map(ent),
            ..e.clone()
        }));
        out.events.extend(c.events.iter().map(|e| Event {
            id: id(&e.id),
            actors: ents_of(&e.actors),
            place: e.place.map(ent),
            after: e.after.iter().map(|&a| j * events + a).collect(),
            evidence: ev(&e.evidence),
            ..e.clone()
        }));
        out.relations.extend(c.relations.iter().map(|r| Relation {
            id: id(&r.id),
            source: ent(r.source),
            target: ent(r.target),
            evidence: ev(&r.evidence),
            ..r.clone()
        }));
        out.claims.extend(c.claims.iter().map(|cl| Claim {
            id: id(&cl.id),
            by: match cl.by {
                By::Entity(e) => By::Entity(ent(e)),
                by => by,
            },
            actors: ents_of(&cl.actors),
            evidence: ev(&cl.evidence),
            ..cl.clone()
        }));
        out.comparisons.extend(c.comparisons.iter().map(|m| {
            Comparison {
                id: id(&m.id),
                sides: m
                    .sides
                    .iter()
                    .map(|s| Side {
                        label: s.label.clone(),
                        position: s.position,
                        evidence: ev(&s.evidence),
                    })
                    .collect(),
                ..m.clone()
            }
        }));
        out.periods.extend(c.periods.iter().map(|p| Period {
            id: id(&p.id),
            evidence: ev(&p.evidence),
            ..p.clone()
        }));
        out.lessons.extend(c.lessons.iter().map(|l| {
            Lesson {
                id: id(&l.id),
                steps: l
                    .steps
                    .iter()
                    .map(|st| Step {
                        quotes: ev(&st.quotes),
                        ..st.clone()
                    })
                    .collect(),
                ..l.clone()
            }
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::model;
    use crate::pack::pack;

    /// A whole corpus as text: `owned::Corpus` has no `PartialEq`, and its `Debug`
    /// form shows every field.
    fn dump(c: &Corpus) -> String {
        format!("{c:?}")
    }

    #[test]
    fn file_names_take_the_suffix_before_the_extension() {
        let cases = [
            ("alpha.txt", "-x2", "alpha-x2.txt"),
            ("000_d5eb.txt", "-x10", "000_d5eb-x10.txt"),
            ("a.b.txt", "-x2", "a.b-x2.txt"),
            ("noext", "-x2", "noext-x2"),
            ("dir.d/noext", "-x3", "dir.d/noext-x3"),
            (".hidden", "-x2", ".hidden-x2"),
            ("alpha.txt", "", "alpha.txt"),
        ];
        for (file, sfx, want) in cases {
            assert_eq!(file_name(file, sfx), want, "{file}");
        }
        assert_eq!([suffix(0), suffix(1), suffix(9)], ["", "-x2", "-x10"]);
    }

    #[test]
    fn every_table_grows_k_times() {
        let o = fixture::owned();
        let notes = |c: &Corpus| c.documents.iter().map(|d| d.notes.len()).sum::<usize>();
        let sides = |c: &Corpus| c.comparisons.iter().map(|m| m.sides.len()).sum::<usize>();
        let steps = |c: &Corpus| c.lessons.iter().map(|l| l.steps.len()).sum::<usize>();
        for k in [0, 1, 2, 3, 7] {
            let s = scale(&o, k);
            let sizes = |c: &Corpus| {
                [
                    c.documents.len(),
                    c.entities.len(),
                    c.events.len(),
                    c.relations.len(),
                    c.claims.len(),
                    c.comparisons.len(),
                    c.periods.len(),
                    notes(c),
                    sides(c),
                    c.lessons.len(),
                    steps(c),
                ]
            };
            assert_eq!(sizes(&s), sizes(&o).map(|n| n * k), "k = {k}");
            assert_eq!(s.meta.title, o.meta.title);
        }
    }

    #[test]
    fn one_copy_is_the_input_and_runs_agree() {
        let o = fixture::owned();
        assert_eq!(dump(&scale(&o, 1)), dump(&o));
        assert_eq!(dump(&scale(&o, 3)), dump(&scale(&o, 3)));
        let s = scale(&o, 3);
        assert_eq!(dump(&scale(&s, 1)), dump(&s));
    }

    #[test]
    fn ids_are_unique_in_every_table() {
        let s = scale(&fixture::owned(), 3);
        let unique = |name: &str, ids: Vec<&String>| {
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), ids.len(), "{name}: {ids:?}");
        };
        unique("documents", s.documents.iter().map(|d| &d.id).collect());
        unique("files", s.documents.iter().map(|d| &d.file).collect());
        unique("entities", s.entities.iter().map(|e| &e.id).collect());
        unique("events", s.events.iter().map(|e| &e.id).collect());
        unique("relations", s.relations.iter().map(|r| &r.id).collect());
        unique("claims", s.claims.iter().map(|c| &c.id).collect());
        unique("comparisons", s.comparisons.iter().map(|m| &m.id).collect());
        unique("periods", s.periods.iter().map(|p| &p.id).collect());
        unique("lessons", s.lessons.iter().map(|l| &l.id).collect());
        let ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
        let n = ids.len() / 3;
        assert_eq!(
            [ids[0], ids[n], ids[2 * n]],
            ["treaty", "treaty-x2", "treaty-x3"]
        );
        assert_eq!(ids[n + 1], "deployment-x2");
    }

    /// Every quote of the scaled corpus is the quote of the item it copies, and every
    /// reference stays in its copy.
    #[test]
    fn quotes_and_references_stay_in_their_copy() {
        let o = fixture::owned();
        let k = 3;
        let (a, b) = (pack(&o), pack(&scale(&o, k)));
        let quotes = |c: &model::Corpus, ev: &[model::Evidence]| -> Vec<&str> {
            ev.iter().map(|e| c.quote(e)).collect()
        };
        let copy = |i: usize, n: usize| (i / n, i % n);
        let (docs, ents, events) = (o.documents.len(), o.entities.len(), o.events.len());
        let in_copy =
            |j: usize, ev: &[model::Evidence]| ev.iter().all(|e| e.doc.index() / docs == j);
        let ents_in = |j: usize, v: &[model::EntityId]| v.iter().all(|e| e.index() / ents == j);

        for e in b.event_ids() {
            let (j, i) = copy(e.index(), events);
            let (got, orig) = (b.event(e), a.event(model::EventId(i as u16)));
            assert_eq!(quotes(b, got.evidence), quotes(a, orig.evidence));
            assert!(in_copy(j, got.evidence) && ents_in(j, got.actors));
            assert!(got.after.iter().all(|x| x.index() / events == j));
            let after: Vec<usize> = got.after.iter().map(|x| x.index() % events).collect();
            let orig_after: Vec<usize> = orig.after.iter().map(|x| x.index()).collect();
            assert_eq!(after, orig_after);
            assert_eq!(got.title, orig.title);
        }
        for r in b.relation_ids() {
            let (j, i) = copy(r.index(), o.relations.len());
            let (got, orig) = (b.relation(r), a.relation(model::RelationId(i as u16)));
            assert_eq!(quotes(b, got.evidence), quotes(a, orig.evidence));
            assert!(in_copy(j, got.evidence) && ents_in(j, &[got.source, got.target]));
            assert_eq!(b.entity(got.source).name, a.entity(orig.source).name);
        }
        for x in b.claim_ids() {
            let (j, i) = copy(x.index(), o.claims.len());
            let (got, orig) = (b.claim(x), a.claim(model::ClaimId(i as u16)));
            assert_eq!(quotes(b, got.evidence), quotes(a, orig.evidence));
            assert!(in_copy(j, got.evidence) && ents_in(j, got.actors));
        }
        for m in b.comparison_ids() {
            let (j, i) = copy(m.index(), o.comparisons.len());
            let orig: Vec<_> = a.sides(model::ComparisonId(i as u16)).collect();
            let got: Vec<_> = b.sides(m).collect();
            assert_eq!(got.len(), orig.len());
            for (g, s) in got.iter().zip(&orig) {
                assert_eq!(quotes(b, g.evidence), quotes(a, s.evidence));
                assert!(in_copy(j, g.evidence));
            }
        }
        for p in b.period_ids() {
            let (j, i) = copy(p.index(), o.periods.len());
            let (got, orig) = (b.period(p), a.period(model::PeriodId(i as u16)));
            assert_eq!(quotes(b, got.evidence), quotes(a, orig.evidence));
            assert!(in_copy(j, got.evidence));
            assert_eq!(
                (got.name, got.from, got.to, got.summary),
                (orig.name, orig.from, orig.to, orig.summary)
            );
            assert_eq!(got.id.strip_suffix(&*suffix(j)), Some(orig.id));
        }
        for l in b.lesson_ids() {
            let (j, i) = copy(l.index(), o.lessons.len());
            let orig = model::LessonId(i as u16);
            assert_eq!(b.lesson(l).title, a.lesson(orig).title);
            assert_eq!(
                b.lesson(l).id.strip_suffix(&*suffix(j)),
                Some(a.lesson(orig).id)
            );
            assert_eq!(b.steps(l).len(), a.steps(orig).len());
            for (g, st) in b.steps(l).zip(a.steps(orig)) {
                assert_eq!(quotes(b, g.quotes), quotes(a, st.quotes));
                assert!(in_copy(j, g.quotes));
                assert_eq!(
                    (g.view, g.text, g.question),
                    (st.view, st.text, st.question)
                );
            }
        }
        for d in b.document_ids() {
            let (j, i) = copy(d.index(), docs);
            let orig: Vec<_> = a.notes_of(model::DocId(i as u16)).collect();
            let got: Vec<_> = b.notes_of(d).collect();
            assert_eq!(got.len(), orig.len());
            for (&g, &n) in got.iter().zip(&orig) {
                let (g, n) = (b.note(g), a.note(n));
                assert_eq!(quotes(b, g.evidence), quotes(a, n.evidence));
                assert!(in_copy(j, g.evidence) && g.text == n.text);
            }
            assert_eq!(b.document(d).text, a.document(model::DocId(i as u16)).text);
        }
        for e in b.entity_ids() {
            let (j, i) = copy(e.index(), ents);
            let (got, orig) = (b.entity(e), a.entity(model::EntityId(i as u16)));
            assert_eq!(
                b.names(e).collect::<Vec<_>>(),
                a.names(model::EntityId(i as u16)).collect::<Vec<_>>()
            );
            assert!(ents_in(j, got.members) && got.members.len() == orig.members.len());
            assert_eq!(
                got.leader_of.map(|l| l.index() % ents),
                orig.leader_of.map(|l| l.index())
            );
        }
    }

    /// References the fixture lacks (members, leaders, places, claims by an entity)
    /// are remapped too.
    #[test]
    fn every_kind_of_reference_is_remapped() {
        let mut o = fixture::owned();
        o.entities[1].members = vec![0, 3];
        o.entities[2].leader_of = Some(1);
        o.events[0].place = Some(3);
        o.claims[0].by = By::Entity(2);
        let s = scale(&o, 3);
        let n = o.entities.len();
        let copy = 2;
        let at = |t: usize, i: usize| copy * t + i;
        assert_eq!(s.entities[at(n, 1)].members, [at(n, 0), at(n, 3)]);
        assert_eq!(s.entities[at(n, 2)].leader_of, Some(at(n, 1)));
        assert_eq!(s.events[at(o.events.len(), 0)].place, Some(at(n, 3)));
        assert_eq!(s.claims[at(o.claims.len(), 0)].by, By::Entity(at(n, 2)));
        assert_eq!(s.claims[at(o.claims.len(), 1)].by, By::Author);
        assert_eq!(s.documents[at(o.documents.len(), 1)].id, "beta-x3");
        assert_eq!(s.documents[at(o.documents.len(), 1)].file, "beta-x3.txt");
        assert_eq!(s.entities[at(n, 1)].name, o.entities[1].name);
        assert_eq!(s.entities[at(n, 0)].aliases, o.entities[0].aliases);
    }
}
