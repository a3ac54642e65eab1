//! Prints the explorer's TimelineJS export of the whole corpus (nothing filtered) to
//! standard output: the file the page's download gives for `#/timeline`, made by the
//! same code (`exporter::make`, `explorer_core::export::timelinejs`) over the corpus
//! this crate's build compiled in (`seeds/`, or `CORPUS_DIR` as for the explorer's
//! build). `make bench` feeds it to TimelineJS for the side-by-side
//! (scripts/bench-browser.mjs `--vs-timelinejs`); tests/exports.rs checks the format.
//!
//!   cargo run -q -p exporter --example timelinejs > target/bench/timelinejs-real.json
//!   CORPUS_DIR=$PWD/target/bench/corpus-x10 cargo run -q -p exporter --example timelinejs > …

fn main() {
    // `today` only names the file, which is not written here.
    let file = exporter::make("", "timelinejs", "2000-01-01", "")
        .expect("the TimelineJS export of the whole corpus");
    print!("{}", file.text);
}
