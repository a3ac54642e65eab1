//! `corpus check DIR` · `corpus coverage DIR [--missing] [--markdown]` ·
//! `corpus export DIR OUT.json` · `corpus stats DIR`

use corpus_compiler::{compile_dir, coverage, export, report};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(cmd), Some(dir)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: corpus check|coverage|export|stats DIR [OUT.json] [--missing] [--markdown]"
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
                "ok: {} documents, {} notes, {} entities, {} events, {} relations, {} claims, {} comparisons",
                compiled.documents.len(),
                compiled.documents.iter().map(|d| d.notes.len()).sum::<usize>(),
                compiled.entities.len(),
                compiled.events.len(),
                compiled.relations.len(),
                compiled.claims.len(),
                compiled.comparisons.len()
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
        other => {
            eprintln!("unknown command `{other}`");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
