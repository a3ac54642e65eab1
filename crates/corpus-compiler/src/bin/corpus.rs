//! `corpus check DIR` · `corpus coverage DIR [--missing] [--markdown]` ·
//! `corpus names DIR [--markdown] [--all]` · `corpus export DIR OUT.json` · `corpus stats DIR` ·
//! `corpus page DIR INDEX.html` (fills in the page's title, tagline, description and language) ·
//! `corpus synth DIR K OUT` (writes `K` copies of the corpus as a corpus folder, `synth.rs`)

use corpus_compiler::{compile_dir, coverage, export, names, report, synth};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(cmd), Some(dir)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: corpus check|coverage|names|export|stats|page|synth DIR [OUT.json|INDEX.html|K OUT] [--missing] [--markdown]"
        );
        return ExitCode::from(2);
    };
    let compiled = match compile_dir(Path::new(dir)) {
        Ok(c) => c,
        Err(d) => {
            eprint!("{}", report(&d));
            return ExitCode::FAILURE;
        }
    };
    match cmd.as_str() {
        "check" | "stats" => {
            println!(
                "ok: {} documents, {} notes, {} entities, {} events, {} relations, {} claims, {} comparisons, {} periods, {} lessons",
                compiled.documents.len(),
                compiled.documents.iter().map(|d| d.notes.len()).sum::<usize>(),
                compiled.entities.len(),
                compiled.events.len(),
                compiled.relations.len(),
                compiled.claims.len(),
                compiled.comparisons.len(),
                compiled.periods.len(),
                compiled.lessons.len()
            );
        }
        "coverage" => {
            let missing = args.iter().any(|a| a == "--missing");
            let markdown = args.iter().any(|a| a == "--markdown");
            if markdown {
                println!("| document | eligible sentences | covered | coverage |\n| --- | ---: | ---: | ---: |");
            }
            for dc in coverage::coverage(&compiled) {
                let d = &compiled.documents[dc.doc];
                if markdown {
                    println!(
                        "| {} (`{}`) | {} | {} | {:.1} % |",
                        d.id,
                        d.file,
                        dc.eligible(),
                        dc.covered(),
                        dc.percent()
                    );
                } else {
                    println!(
                        "{:28} {:3}/{:3} sentences covered  {:5.1} %",
                        d.id,
                        dc.covered(),
                        dc.eligible(),
                        dc.percent()
                    );
                }
                if missing {
                    for s in dc.sentences.iter().filter(|s| s.eligible && !s.covered) {
                        println!("    not covered: {}", &d.text[s.start..s.end]);
                    }
                }
            }
        }
        "names" => {
            let ignore = match names::read_ignore(Path::new(dir)) {
                Ok(l) => l,
                Err(errors) => {
                    for e in errors {
                        eprintln!("{e}");
                    }
                    return ExitCode::FAILURE;
                }
            };
            let r = names::check(&compiled, &ignore);
            let markdown = args.iter().any(|a| a == "--markdown");
            if markdown {
                println!("| document | name mentions | resolved | unresolved | ignored |\n| --- | ---: | ---: | ---: | ---: |");
            }
            for dn in &r.docs {
                let d = &compiled.documents[dn.doc];
                if markdown {
                    println!(
                        "| {} (`{}`) | {} | {} | {} | {} |",
                        d.id,
                        d.file,
                        dn.mentions,
                        dn.resolved,
                        dn.unresolved.len(),
                        dn.ignored
                    );
                } else {
                    println!(
                        "{:28} {:4} mentions, {:4} resolved, {:3} unresolved, {:3} ignored",
                        d.id,
                        dn.mentions,
                        dn.resolved,
                        dn.unresolved.len(),
                        dn.ignored
                    );
                }
                if args.iter().any(|a| a == "--all") {
                    for m in &dn.all {
                        let what = match m.target {
                            Some(names::Target::Entity(e)) => compiled.entities[e].id.clone(),
                            Some(names::Target::Ignored(i)) => {
                                format!("(ignored: {})", ignore.entries[i].reason)
                            }
                            None => "UNRESOLVED".to_string(),
                        };
                        println!("    {:40} {what}", &d.text[m.start..m.end]);
                    }
                }
                for (name, at) in &dn.unresolved {
                    let (line, col) = line_col(&d.text, *at);
                    eprintln!("    unresolved: {name}  ({}:{line}:{col})", d.file);
                }
            }
            if markdown {
                println!(
                    "\nIgnore list: {} entries (`seeds/{}`).",
                    ignore.entries.len(),
                    names::IGNORE_FILE
                );
            }
            for e in &r.unused {
                eprintln!(
                    "{}:{}: `{}` is on the ignore list but no text needs it",
                    names::IGNORE_FILE,
                    e.line,
                    e.text
                );
            }
            if !r.passes() {
                return ExitCode::FAILURE;
            }
        }
        "page" => {
            let Some(file) = args.get(2) else {
                eprintln!("usage: corpus page DIR INDEX.html");
                return ExitCode::from(2);
            };
            let filled = std::fs::read_to_string(file)
                .map(|html| corpus_compiler::page::fill_page(&html, &compiled.meta))
                .and_then(|html| std::fs::write(file, html));
            if let Err(e) = filled {
                eprintln!("cannot fill in {file}: {e}");
                return ExitCode::FAILURE;
            }
        }
        "export" => {
            let Some(out) = args.get(2) else {
                eprintln!("usage: corpus export DIR OUT.json");
                return ExitCode::from(2);
            };
            let json = export::corpus_json(&compiled);
            if let Some(parent) = Path::new(out).parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            if let Err(e) = std::fs::write(out, serde_json::to_string(&json).expect("json")) {
                eprintln!("cannot write {out}: {e}");
                return ExitCode::FAILURE;
            }
        }
        "synth" => {
            let k = args.get(2).and_then(|k| k.parse::<usize>().ok());
            let (Some(k @ 1..), Some(out)) = (k, args.get(3)) else {
                eprintln!("usage: corpus synth DIR K OUT (K copies, a whole number from 1)");
                return ExitCode::from(2);
            };
            match synth::write_scaled(Path::new(dir), &compiled, k, Path::new(out)) {
                Ok(n) => println!("wrote {n} files to {out}: {k} copies of {dir}"),
                Err(problems) => {
                    for p in problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::FAILURE;
                }
            }
        }
        other => {
            eprintln!("unknown command `{other}`");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}
