//! The real corpus, checked beyond what the build enforces: the seeds are the
//! articles byte for byte, the data hangs together, search finds every alias, the
//! filter narrows every view, and the annotations cover the articles.
#![cfg(not(target_arch = "wasm32"))]

use alliance_explorer::CORPUS;
use explorer_core::filter::{mentions, timeline_order};
use explorer_core::text::{fold, Query};
use explorer_core::*;
use sha2::{Digest, Sha256};
use std::path::Path;

fn sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn seeds_match_their_committed_hashes() {
    let sums = std::fs::read_to_string("seeds/SHA256SUMS").unwrap();
    let mut n = 0;
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").unwrap();
        assert_eq!(
            sha256(&Path::new("seeds").join(name)),
            hash,
            "seeds/{name} changed"
        );
        n += 1;
    }
    assert_eq!(n, CORPUS.document_ids().len(), "every document has a hash");
    // Where the shared originals are beside the repo, the copies must equal them.
    if let Ok(dir) = std::fs::read_dir("../shared/seeds") {
        for entry in dir.flatten() {
            let name = entry.file_name();
            assert_eq!(
                sha256(&entry.path()),
                sha256(&Path::new("seeds").join(&name)),
                "{name:?} differs from ../shared/seeds"
            );
        }
    }
}

#[test]
fn every_document_text_is_its_seed_file() {
    for d in CORPUS.document_ids().map(|d| CORPUS.document(d)) {
        let on_disk = std::fs::read_to_string(Path::new("seeds").join(d.file)).unwrap();
        assert_eq!(d.text, on_disk, "{}", d.file);
    }
}

#[test]
fn every_quote_is_an_exact_substring_of_its_source() {
    let mut all: Vec<(&str, &Evidence)> = Vec::new();
    let events = || CORPUS.event_ids().map(|e| CORPUS.event(e));
    let relations = || CORPUS.relation_ids().map(|r| CORPUS.relation(r));
    let claims = || CORPUS.claim_ids().map(|c| CORPUS.claim(c));
    let periods = || CORPUS.period_ids().map(|p| CORPUS.period(p));
    all.extend(events().flat_map(|e| e.evidence.iter().map(move |v| (e.id, v))));
    all.extend(relations().flat_map(|e| e.evidence.iter().map(move |v| (e.id, v))));
    all.extend(claims().flat_map(|e| e.evidence.iter().map(move |v| (e.id, v))));
    all.extend(periods().flat_map(|e| e.evidence.iter().map(move |v| (e.id, v))));
    all.extend(CORPUS.comparison_ids().flat_map(|c| {
        let id = CORPUS.comparison(c).id;
        CORPUS
            .sides(c)
            .flat_map(move |s| s.evidence.iter().map(move |v| (id, v)))
    }));
    all.extend(CORPUS.document_ids().flat_map(|d| {
        let id = CORPUS.document(d).id;
        CORPUS
            .notes_of(d)
            .flat_map(move |n| CORPUS.note(n).evidence.iter().map(move |v| (id, v)))
    }));
    assert!(all.len() > 100);
    for (id, ev) in all {
        let q = CORPUS.quote(ev);
        assert!(!q.trim().is_empty(), "{id}: empty quote");
        assert!(CORPUS.document(ev.doc).text.contains(q), "{id}");
    }
    for item in events()
        .map(|e| e.evidence)
        .chain(relations().map(|r| r.evidence))
        .chain(claims().map(|c| c.evidence))
        .chain(periods().map(|p| p.evidence))
    {
        assert!(!item.is_empty());
    }
}

#[test]
fn every_entity_is_mentioned_somewhere() {
    for id in CORPUS.entity_ids() {
        let lower: Vec<String> = CORPUS.names(id).map(str::to_lowercase).collect();
        assert!(
            CORPUS
                .document_ids()
                .map(|d| CORPUS.document(d).text)
                .any(|text| mentions(&CORPUS, text, id)
                    || lower.iter().any(|n| text.to_lowercase().contains(n))),
            "{} is never mentioned",
            CORPUS.entity(id).id
        );
    }
}

#[test]
fn relations_link_two_different_actors() {
    for r in CORPUS.relation_ids().map(|r| CORPUS.relation(r)) {
        assert_ne!(r.source, r.target, "{}", r.id);
    }
}

#[test]
fn periods_are_bounded_named_and_quoted() {
    assert!(CORPUS.period_ids().len() > 0, "the texts name periods");
    for p in CORPUS.period_ids().map(|p| CORPUS.period(p)) {
        assert!(p.from.is_some() || p.to.is_some(), "{}: no bound", p.id);
        if let (Some(from), Some(to)) = (p.from, p.to) {
            assert!(
                to.last_day() >= from.first_day(),
                "{}: to before from",
                p.id
            );
        }
        assert!(!p.evidence.is_empty(), "{}: no evidence", p.id);
        for e in p.evidence {
            let q = CORPUS.quote(e);
            assert!(!q.trim().is_empty(), "{}: empty quote", p.id);
            assert!(CORPUS.document(e.doc).text.contains(q), "{}", p.id);
        }
        // The name is the texts' own words, found in one of its quotes.
        let name = p.name.to_lowercase();
        assert!(
            p.evidence
                .iter()
                .any(|e| CORPUS.quote(e).to_lowercase().contains(&name)),
            "{}: the name {:?} is in none of its quotes",
            p.id,
            p.name
        );
    }
}

#[test]
fn comparisons_have_at_least_two_sides() {
    for c in CORPUS.comparison_ids() {
        let id = CORPUS.comparison(c).id;
        assert!(CORPUS.sides(c).len() >= 2, "{id}");
        assert!(CORPUS.sides(c).all(|s| !s.evidence.is_empty()), "{id}");
    }
}

#[test]
fn positions_fit_the_verdicts() {
    for c in CORPUS.comparison_ids() {
        let m = CORPUS.comparison(c);
        let count = |p: Position| CORPUS.sides(c).filter(|s| s.position == p).count();
        assert_eq!(count(Position::Asserts), 1, "{}: one side asserts", m.id);
        let (differs, conflicts) = (count(Position::Differs), count(Position::Conflicts));
        match m.verdict {
            Verdict::Agree => assert_eq!(differs + conflicts, 0, "{}", m.id),
            Verdict::Differ => assert!(differs > 0 && conflicts == 0, "{}", m.id),
            Verdict::Conflict => assert!(conflicts > 0, "{}", m.id),
        }
    }
}

#[test]
fn every_side_shows_in_exactly_one_cell_of_the_matrix() {
    use explorer_core::matrix::{cell, side_document, sides_of, Cell};
    for c in CORPUS.comparison_ids() {
        let id = CORPUS.comparison(c).id;
        let sides: Vec<Side> = CORPUS.sides(c).collect();
        let mut cells = vec![0; sides.len()];
        for d in CORPUS.document_ids() {
            let own: Vec<usize> = sides_of(&CORPUS, c, d).collect();
            for &i in &own {
                cells[i] += 1;
                assert_eq!(side_document(&sides[i]), Some(d), "{id} side {}", i + 1);
            }
            let e = cell(&CORPUS, c, d);
            match e.side {
                None => assert!(e.cell == Cell::Silent && own.is_empty(), "{id}: {e:?}"),
                Some(i) => {
                    assert!(own.contains(&i), "{id}: {e:?} shows a side not its own");
                    if e.cell != Cell::SelfContradicts {
                        assert_eq!(Cell::from(sides[i].position), e.cell, "{id}");
                    }
                }
            }
        }
        assert!(
            cells.iter().all(|&n| n == 1),
            "{id}: cells per side {cells:?}"
        );
    }
}

#[test]
fn the_matrix_shows_where_a_source_contradicts_itself() {
    use explorer_core::matrix::{cell, Cell};
    let cases = [
        ("pact-potential-or-reality", "putin-kim-alarm"),
        ("beser-body-vs-conclusion", "beser-eurasian"),
        ("bluebook-body-vs-summary", "japan-bluebook-concerns"),
        // beser-eurasian's body and its conclusion on opposite sides of a conflict.
        ("japan-russia-approach", "beser-eurasian"),
        ("what-japan-should-do", "beser-eurasian"),
    ];
    for (comparison, doc) in cases {
        let c = CORPUS
            .comparison_ids()
            .find(|&c| CORPUS.comparison(c).id == comparison)
            .unwrap_or_else(|| panic!("no comparison {comparison}"));
        let d = CORPUS.document_by_id(doc).unwrap();
        assert_eq!(
            cell(&CORPUS, c, d).cell,
            Cell::SelfContradicts,
            "{comparison}"
        );
    }
    // Any other cell that contradicts itself is a new finding: list it above.
    let all = CORPUS
        .comparison_ids()
        .flat_map(|c| CORPUS.document_ids().map(move |d| cell(&CORPUS, c, d).cell))
        .filter(|&k| k == Cell::SelfContradicts)
        .count();
    assert_eq!(all, cases.len());
}

#[test]
fn events_keep_the_order_the_texts_give() {
    let order = timeline_order(&CORPUS);
    for id in CORPUS.event_ids() {
        let e = CORPUS.event(id);
        for a in e.after {
            assert!(
                order[a.index()] < order[id.index()],
                "{} should come after {}",
                e.id,
                CORPUS.event(*a).id
            );
        }
    }
    let m = Filter::default().apply(&CORPUS);
    // Dated events are in date order, unless a coarser date is held back by `after`.
    let dated: Vec<Event> = m
        .events
        .iter()
        .map(|&i| CORPUS.event(i))
        .filter(|e| e.date.is_some())
        .collect();
    for w in dated.windows(2) {
        let (a, b) = (w[0].date.unwrap(), w[1].date.unwrap());
        assert!(
            a.first_day() <= b.first_day() || b.last_day() >= a.first_day(),
            "{} before {}",
            w[0].id,
            w[1].id
        );
    }
}

#[test]
fn a_filter_narrows_every_view() {
    let all = Filter::default().apply(&CORPUS);
    let japan = CORPUS.entity_by_id("japan").unwrap();
    let by_actor = Filter {
        actors: vec![japan],
        ..Default::default()
    }
    .apply(&CORPUS);
    assert!(by_actor.events.len() < all.events.len() && !by_actor.events.is_empty());
    assert!(by_actor.relations.len() < all.relations.len() && !by_actor.relations.is_empty());
    assert!(by_actor.claims.len() < all.claims.len() && !by_actor.claims.is_empty());
    for &r in &by_actor.relations {
        let rel = CORPUS.relation(r);
        assert!(rel.source == japan || rel.target == japan);
    }
    let sando = CORPUS.document_by_id("sando-eaf").unwrap();
    let by_source = Filter {
        sources: vec![sando],
        ..Default::default()
    }
    .apply(&CORPUS);
    assert_eq!(by_source.documents, vec![sando]);
    assert!(by_source.claims.iter().all(|&c| CORPUS
        .claim(c)
        .evidence
        .iter()
        .any(|e| e.doc == sando)));
    let by_text = Filter {
        q: "kursk".into(),
        ..Default::default()
    }
    .apply(&CORPUS);
    assert!(!by_text.events.is_empty() && by_text.claims.len() < all.claims.len());
}

#[test]
fn search_by_any_alias_finds_the_entity() {
    // One case per kind of alias: capital for state, transliteration, hyphenation,
    // adjective, abbreviation, accent-free spelling.
    let cases = [
        ("Pyongyang", "north-korea"),
        ("Tokyo", "japan"),
        ("Kim Jong-un", "kim-jong-un"),
        ("Yoon Seok Yeol", "yoon-suk-yeol"),
        ("Japanese", "japan"),
        ("FOIP", "foip"),
        ("SDF", "self-defense-forces"),
        ("Mehmet Enes Beser", "mehmet-enes-beser"),
        // Short forms, plural and case variants, descriptive names, metonyms.
        ("the South", "south-korea"),
        ("South China seas", "south-china-sea"),
        ("East and Southeast Asia", "southeast-asia"),
        (
            "comprehensive strategic partnership",
            "treaty-comprehensive-strategic-partnership",
        ),
        ("maritime Asia", "asia"),
        ("Eurasian", "eurasia"),
        // One per new kind: conflict, arrangement, state body; forces; debris-only names.
        ("invasion of Ukraine", "war-in-ukraine"),
        ("military aggression in Ukraine", "war-in-ukraine"),
        ("Ukrainian conflict", "war-in-ukraine"),
        ("Russia’s nuclear umbrella", "russian-nuclear-umbrella"),
        ("US nuclear umbrella", "us-nuclear-umbrella"),
        ("no limits", "ru-cn-no-limits"),
        ("South Korea-US alliance", "kr-us-alliance"),
        ("trilateral cooperation", "us-japan-south-korea-trilateral"),
        ("mission to NATO", "japan-nato-mission"),
        ("security and defense partnership", "japan-eu-partnership"),
        ("Moscow-Pyongyang alliance", "ru-kp-alliance"),
        ("Trump administration", "trump-administration"),
        ("Supreme Court", "us-supreme-court"),
        ("spy agency", "south-korea-spy-agency"),
        ("South Korea's military", "south-korean-military"),
        ("North Korean soldiers", "north-korean-troops"),
        ("Germany", "germany"),
        ("Tripti Neb", "tripti-neb"),
    ];
    for (alias, id) in cases {
        let e = CORPUS
            .entity_by_id(id)
            .unwrap_or_else(|| panic!("no entity {id}"));
        let q = Query::new(alias);
        assert!(
            q.matches(&CORPUS.names(e).collect::<Vec<_>>()),
            "{alias} does not find {id}"
        );
    }
    // Every alias (and the Japanese name) of every actor that has ties finds at least one
    // of its ties; the names of an entity without ties find an event or claim it takes
    // part in, or else (a name only page debris prints) the document that names it.
    let index = explorer_core::search::SearchIndex::new(&CORPUS);
    for id in CORPUS.entity_ids() {
        let ent = CORPUS.entity(id);
        let tied: Vec<RelationId> = CORPUS
            .relation_ids()
            .filter(|&r| CORPUS.relation(r).source == id || CORPUS.relation(r).target == id)
            .collect();
        let events: Vec<EventId> = CORPUS
            .event_ids()
            .filter(|&e| {
                let ev = CORPUS.event(e);
                ev.actors.contains(&id) || ev.place == Some(id)
            })
            .collect();
        let claims: Vec<ClaimId> = CORPUS
            .claim_ids()
            .filter(|&c| CORPUS.claim(c).actors.contains(&id))
            .collect();
        for alias in CORPUS.names(id).skip(if tied.is_empty() { 0 } else { 1 }) {
            let m = Filter {
                q: alias.to_string(),
                ..Default::default()
            }
            .apply_with(&index);
            if !tied.is_empty() {
                assert!(
                    m.relations.iter().any(|r| tied.contains(r)),
                    "searching {alias:?} finds none of {}'s relations",
                    ent.id
                );
            } else if !events.is_empty() || !claims.is_empty() {
                assert!(
                    m.events.iter().any(|e| events.contains(e))
                        || m.claims.iter().any(|c| claims.contains(c)),
                    "searching {alias:?} finds none of {}'s events or claims",
                    ent.id
                );
            } else {
                assert!(
                    m.documents
                        .iter()
                        .any(|&d| mentions(&CORPUS, CORPUS.document(d).text, id)),
                    "searching {alias:?} finds no document that names {}",
                    ent.id
                );
            }
        }
    }
}

#[test]
fn aliases_are_spellings_the_texts_use() {
    let texts: Vec<String> = CORPUS
        .document_ids()
        .map(|d| fold(CORPUS.document(d).text))
        .collect();
    for e in CORPUS.entity_ids() {
        // The aliases (`names` also yields the Japanese name, which no text writes).
        for alias in CORPUS.entity(e).aliases.iter().map(|&a| CORPUS.str(a)) {
            assert!(
                texts.iter().any(|t| t.contains(&fold(alias))),
                "{}: no text writes the alias {alias:?}",
                CORPUS.entity(e).id
            );
        }
    }
}

#[test]
fn every_entity_kind_is_used() {
    for k in EntityKind::ALL {
        assert!(
            CORPUS.entity_ids().any(|e| CORPUS.entity(e).kind == *k),
            "no entity of kind {}",
            k.id()
        );
    }
}

#[test]
fn every_capitalised_name_resolves_or_is_ignored_for_a_reason() {
    let dir = Path::new("seeds");
    let compiled = corpus_compiler::compile_dir(dir).expect("corpus compiles");
    let ignore = corpus_compiler::names::read_ignore(dir).expect("the ignore list parses");
    assert!(!ignore.entries.is_empty(), "seeds/names-ignore.txt is read");
    let report = corpus_compiler::names::check(&compiled, &ignore);
    let mut problems = Vec::new();
    for dn in &report.docs {
        let d = &compiled.documents[dn.doc];
        assert!(dn.resolved > 20, "{}: too few names found", d.id);
        for (name, at) in &dn.unresolved {
            problems.push(format!("{}: unresolved name {name:?} at byte {at}", d.id));
        }
    }
    for e in &report.unused {
        problems.push(format!(
            "names-ignore.txt:{}: {:?} is not needed",
            e.line, e.text
        ));
    }
    assert!(
        problems.is_empty(),
        "add an entity or alias (or, if it is no name, a commented ignore entry):\n{}",
        problems.join("\n")
    );
}

#[test]
fn named_periods_are_searchable() {
    // Periods the texts name sit on the ignore list under "Named periods" (the name
    // check resolves entity names only). Each is a period's name, and must find the
    // claims and comparisons that quote it.
    let ignore = corpus_compiler::names::read_ignore(Path::new("seeds")).unwrap();
    let periods: Vec<&str> = ignore
        .entries
        .iter()
        .filter(|e| e.reason.starts_with("Named periods"))
        .map(|e| e.text.as_str())
        .collect();
    assert!(periods.contains(&"Cold War"), "{periods:?}");
    for period in &periods {
        let lower = period.to_lowercase();
        assert!(
            CORPUS
                .period_ids()
                .any(|p| CORPUS.period(p).name.to_lowercase().contains(&lower)),
            "{period:?} is on the ignore list as a named period but names no [[period]]"
        );
    }
    for period in periods {
        let m = Filter {
            q: period.to_string(),
            ..Default::default()
        }
        .apply(&CORPUS);
        assert!(
            !m.claims.is_empty() && !m.comparisons.is_empty(),
            "searching {period:?} finds no claim and comparison"
        );
    }
}

#[test]
fn annotations_cover_at_least_90_percent_of_each_article() {
    let compiled = corpus_compiler::compile_dir(Path::new("seeds")).expect("corpus compiles");
    for dc in corpus_compiler::coverage::coverage(&compiled) {
        let d = &compiled.documents[dc.doc];
        assert!(dc.eligible() > 5, "{}: too few sentences found", d.id);
        assert!(
            dc.percent() >= 90.0,
            "{}: {:.1} % of {} sentences covered",
            d.id,
            dc.percent(),
            dc.eligible()
        );
    }
}

#[test]
fn nothing_is_drawn_from_page_debris_or_captions() {
    let furniture: Vec<(DocId, u32, u32)> = CORPUS
        .document_ids()
        .flat_map(|d| CORPUS.notes_of(d))
        .map(|n| CORPUS.note(n))
        .filter(|n| matches!(n.kind, NoteKind::Debris | NoteKind::Caption))
        .flat_map(|n| n.evidence.iter())
        .map(|e| (e.doc, e.start, e.end()))
        .collect();
    assert!(
        !furniture.is_empty(),
        "the articles have page debris and captions"
    );
    let inside = |e: &Evidence| {
        furniture
            .iter()
            .any(|&(d, s, t)| d == e.doc && e.start >= s && e.end() <= t)
    };
    for e in CORPUS.event_ids().map(|e| CORPUS.event(e)) {
        assert!(
            !e.evidence.iter().any(inside),
            "event {} rests on page debris",
            e.id
        );
    }
    for r in CORPUS.relation_ids().map(|r| CORPUS.relation(r)) {
        assert!(
            !r.evidence.iter().any(inside),
            "relation {} rests on page debris",
            r.id
        );
    }
    for c in CORPUS.claim_ids().map(|c| CORPUS.claim(c)) {
        assert!(
            !c.evidence.iter().any(inside),
            "claim {} rests on page debris",
            c.id
        );
    }
    for p in CORPUS.period_ids().map(|p| CORPUS.period(p)) {
        assert!(
            !p.evidence.iter().any(inside),
            "period {} rests on page debris",
            p.id
        );
    }
}

#[test]
fn the_one_pass_name_scan_agrees_with_mentions_on_the_real_corpus() {
    let found = explorer_core::search::mentions_by_document(&CORPUS);
    for d in CORPUS.document_ids() {
        let text = CORPUS.document(d).text;
        for e in CORPUS.entity_ids() {
            let scanned = found[d.index()].iter().any(|&(_, _, x)| x == e);
            assert_eq!(
                scanned,
                mentions(&CORPUS, text, e),
                "{} in {}",
                CORPUS.entity(e).id,
                CORPUS.document(d).id
            );
        }
    }
}

#[test]
fn the_timeline_opens_on_the_dense_months_not_on_1991() {
    let s = explorer_core::timeline::scale(&CORPUS, 1000, None).unwrap();
    let (a, b) = explorer_core::timeline::window_dates(&s);
    assert!(a.year >= 2023 && b.year >= 2025, "{a} .. {b}");
    let (first, _) = explorer_core::timeline::data_span(&CORPUS).unwrap();
    assert!(
        first <= Date::year(1991).first_day(),
        "the overview keeps 1991"
    );
}

/// "Only contested points" keeps exactly the comparisons whose verdict is differ or
/// conflict, and the claims quoting their passages; every claim it keeps shares a quote
/// with one of them.
#[test]
fn contested_keeps_the_differing_and_conflicting_comparisons() {
    use explorer_core::search::SearchIndex;
    use explorer_core::selection::Item;
    let index = SearchIndex::new(&CORPUS);
    let f = Filter {
        contested: true,
        ..Default::default()
    };
    let m = f.apply_with(&index);
    let want: Vec<ComparisonId> = CORPUS
        .comparison_ids()
        .filter(|&x| CORPUS.comparison(x).verdict != Verdict::Agree)
        .collect();
    assert_eq!(m.comparisons, want);
    assert!(!m.claims.is_empty() && m.claims.len() < CORPUS.claim_ids().len());
    for &x in &m.claims {
        let linked = index.linked(Item::Claim(x));
        assert!(
            linked
                .iter()
                .any(|i| matches!(i, Item::Comparison(c) if want.contains(c))),
            "{} is in no contested comparison",
            CORPUS.claim(x).id
        );
    }
}

/// The claim cards, grouped any way, hold every claim; by type, each exactly once; by
/// date, the dates they concern never go back and undated claims come last.
#[test]
fn claim_groups_hold_every_claim_and_dates_run_forward() {
    use explorer_core::claims::{arrange, concerns, ClaimGroup, ClaimSort};
    use explorer_core::search::SearchIndex;
    let index = SearchIndex::new(&CORPUS);
    let n = CORPUS.claim_ids().len();
    for g in ClaimGroup::ALL {
        for s in ClaimSort::ALL {
            let groups = arrange(&index, g, s);
            let mut seen = vec![false; n];
            for (_, ids) in &groups {
                for x in ids {
                    seen[x.index()] = true;
                }
            }
            assert!(seen.iter().all(|&b| b), "{g:?} {s:?} leaves a claim out");
            if s == ClaimSort::Date {
                for (_, ids) in &groups {
                    let days: Vec<i32> = ids
                        .iter()
                        .map(|&x| concerns(&index, x).map_or(i32::MAX, |d| d.first_day()))
                        .collect();
                    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{g:?}");
                }
            }
        }
    }
    let by_type = arrange(&index, ClaimGroup::Type, ClaimSort::Source);
    assert_eq!(by_type.iter().map(|g| g.1.len()).sum::<usize>(), n);
}

/// The sentences of a step's text, roughly: ends of sentences followed by a space or the
/// end of the text.
fn sentences(text: &str) -> usize {
    let t = text.trim_end();
    let ends = t.match_indices(['.', '?', '!']).filter(|&(i, _)| {
        let rest = &t[i + 1..];
        rest.is_empty() || rest.starts_with(' ') || rest.starts_with('”')
    });
    ends.count()
}

#[test]
fn the_corpus_has_two_lessons_of_six_to_ten_steps() {
    let lessons: Vec<(&str, usize)> = CORPUS
        .lesson_ids()
        .map(|l| (CORPUS.lesson(l).id, CORPUS.steps(l).len()))
        .collect();
    let ids: Vec<&str> = lessons.iter().map(|&(id, _)| id).collect();
    assert_eq!(ids, ["alliance-formed", "five-sources"]);
    for (id, n) in lessons {
        assert!((6..=10).contains(&n), "{id}: {n} steps");
    }
    let titles: Vec<&str> = CORPUS
        .lesson_ids()
        .map(|l| CORPUS.lesson(l).title)
        .collect();
    assert_eq!(
        titles,
        ["How the alliance formed", "Five sources, one story"]
    );
}

/// Every step opens, without a notice, the view it says, written as the explorer writes
/// links, and shows what it selects: an event or period inside the timeline's window
/// and filter, a tie in force on the map at its date, a comparison the claims view lists,
/// a reading note in its own article at its passage.
#[test]
fn every_lesson_step_opens_its_view_and_shows_what_it_selects() {
    use alliance_explorer::data::map;
    use explorer_core::map::{force, Force};
    use explorer_core::selection::{Item, Passage};
    use explorer_core::url::step_state;
    let views = [
        ("alliance-formed", &["/timeline", "/map"][..]),
        ("five-sources", &["/claims", "/sources/"][..]),
    ];
    for (lesson, routes) in views {
        let l = CORPUS.lesson_by_id(lesson).unwrap();
        assert!(!CORPUS.lesson(l).summary.is_empty(), "{lesson}");
        for (i, st) in CORPUS.steps(l).enumerate() {
            let n = i as u16 + 1;
            let at = format!("{lesson} step {n}");
            let (state, notices) = UrlState::from_hash(st.view, &CORPUS);
            assert!(notices.is_empty(), "{at}: {notices:?}");
            let path = st.view.trim_start_matches('#').split('?').next().unwrap();
            assert_eq!(state.route.path(&CORPUS), path, "{at}");
            assert!(routes.iter().any(|r| path.starts_with(r)), "{at}: {path}");
            assert_eq!(
                state.to_hash(&CORPUS),
                st.view,
                "{at}: as the explorer writes it"
            );
            assert_eq!((state.lesson, state.embed), (None, false), "{at}");
            let shown = step_state(&CORPUS, l, n);
            assert_eq!(shown.lesson, Some((l, n)), "{at}");
            assert_eq!(
                UrlState {
                    lesson: None,
                    ..shown
                },
                state,
                "{at}"
            );

            let m = state.filter.apply(&CORPUS);
            let window = state.tw.map(|(a, b)| (a.first_day(), b.last_day()));
            let in_window =
                |first: i32, last: i32| window.is_none_or(|(a, b)| first <= b && last >= a);
            if state.route == Route::Claims {
                assert!(!m.claims.is_empty(), "{at}: no claim passes the filter");
            }
            let Some(sel) = state.sel else {
                continue;
            };
            match sel {
                Item::Event(e) => {
                    assert!(m.has_event(e), "{at}: the event does not pass the filter");
                    let d = CORPUS.event(e).date.expect("a dated event");
                    assert!(in_window(d.first_day(), d.last_day()), "{at}: outside tw");
                }
                Item::Period(p) => {
                    let p = CORPUS.period(p);
                    let first = p.from.map_or(i32::MIN, |d| d.first_day());
                    let last = p.to.map_or(i32::MAX, |d| d.last_day());
                    assert!(in_window(first, last), "{at}: the period is outside tw");
                }
                Item::Relation(r) => {
                    assert!(m.has_relation(r), "{at}: the tie does not pass the filter");
                    let at_date = state.asof.expect("a map step has a date");
                    let to = CORPUS.relation(r).to;
                    assert_eq!(
                        force(map().from[r.index()], to, at_date),
                        Force::InForce,
                        "{at}"
                    );
                }
                Item::Comparison(x) => {
                    assert!(m.comparisons.contains(&x), "{at}: not listed");
                }
                Item::Note(note) => {
                    let doc = CORPUS.note_document(note);
                    assert_eq!(state.route, Route::Source(doc), "{at}");
                    let passage = Passage::of(&CORPUS, &CORPUS.note(note).evidence[0]);
                    assert_eq!(state.hl, Some(passage), "{at}: hl is the note's passage");
                }
                Item::Pair(a, b) => {
                    let joins = m.relations.iter().any(|&r| {
                        let rel = CORPUS.relation(r);
                        (rel.source, rel.target) == (a, b) || (rel.source, rel.target) == (b, a)
                    });
                    assert!(joins, "{at}: no tie of the pair passes the filter");
                }
                Item::Claim(_) | Item::Actor(_) => {}
            }
        }
    }
}

/// A step's text is a few plain sentences, its question a question, and every phrase its
/// text puts in quotation marks is in one of the quotes the step cites.
#[test]
fn lesson_steps_are_short_ask_a_question_and_cite_what_they_quote() {
    for l in CORPUS.lesson_ids() {
        for (i, st) in CORPUS.steps(l).enumerate() {
            let at = format!("{} step {}", CORPUS.lesson(l).id, i + 1);
            assert!((1..=3).contains(&sentences(st.text)), "{at}: {}", st.text);
            assert!(st.question.ends_with('?'), "{at}: {}", st.question);
            let quotes: Vec<String> = st
                .quotes
                .iter()
                .map(|e| CORPUS.quote(e).to_lowercase())
                .collect();
            for phrase in st.text.split('“').skip(1).filter_map(|s| s.split_once('”')) {
                let phrase = phrase.0.to_lowercase();
                assert!(
                    quotes.iter().any(|q| q.contains(&phrase)),
                    "{at}: “{phrase}” is in none of the step's quotes"
                );
            }
        }
    }
}
