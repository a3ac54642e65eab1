//! A corpus given as files in memory (as a browser hands them over) checks exactly as the
//! same files in a folder: the same diagnostics, the same tables; and hostile files get
//! a message, never a panic or a hang.

use corpus_compiler::codegen::rust_source;
use corpus_compiler::export::corpus_json;
use corpus_compiler::{compile_dir, compile_files, Compiled, Diagnostic};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file of a folder, as (name, bytes).
fn read(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("a fixture folder")
        .map(|e| {
            let p = e.expect("an entry").path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("a file"))
        })
        .collect();
    files.sort();
    files
}

/// What a result says: the generated tables and corpus.json, or the diagnostics.
fn outcome(r: Result<Compiled, Vec<Diagnostic>>) -> Result<(String, String), Vec<Diagnostic>> {
    r.map(|c| (rust_source(&c), corpus_json(&c).to_string()))
}

#[test]
fn files_in_memory_compile_as_the_folder_does() {
    for dir in [
        "seeds",
        "tests/fixtures/other-corpus",
        "tests/fixtures/tiny-corpus",
    ] {
        let dir = root().join(dir);
        let shown = dir.display().to_string();
        let from_disk = outcome(compile_dir(&dir));
        let in_memory = outcome(compile_files(&read(&dir), &shown));
        assert!(from_disk.is_ok(), "{shown}: {:?}", from_disk.err());
        assert_eq!(from_disk, in_memory, "{shown}");
    }
}

/// A corruption of one of the tiny fixture's files.
#[derive(Debug, Clone)]
enum Corrupt {
    /// Cut `len` bytes at `at` (per mille of the file).
    Cut(usize, u16, usize),
    /// Put bytes at `at`.
    Insert(usize, u16, Vec<u8>),
    /// Leave the file out.
    Drop(usize),
}

fn corrupt(files: &mut Vec<(String, Vec<u8>)>, c: &Corrupt) {
    let n = files.len();
    match c {
        Corrupt::Cut(f, at, len) => {
            let b = &mut files[f % n].1;
            let i = b.len() * usize::from(*at) / 1000;
            let j = (i + len).min(b.len());
            b.drain(i..j);
        }
        Corrupt::Insert(f, at, bytes) => {
            let b = &mut files[f % n].1;
            let i = b.len() * usize::from(*at) / 1000;
            b.splice(i..i, bytes.iter().copied());
        }
        Corrupt::Drop(f) => {
            files.remove(f % n);
        }
    }
}

fn corruption() -> impl Strategy<Value = Corrupt> {
    prop_oneof![
        (0usize..8, 0u16..1000, 1usize..40).prop_map(|(f, a, l)| Corrupt::Cut(f, a, l)),
        (
            0usize..8,
            0u16..1000,
            prop::collection::vec(any::<u8>(), 1..6)
        )
            .prop_map(|(f, a, b)| Corrupt::Insert(f, a, b)),
        (0usize..8).prop_map(Corrupt::Drop),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_corrupted_corpus_gives_the_same_diagnostics_from_memory_and_disk(c in corruption()) {
        let mut files = read(&root().join("tests/fixtures/tiny-corpus"));
        corrupt(&mut files, &c);
        let dir = tempfile_dir();
        for (name, bytes) in &files {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        let shown = dir.display().to_string();
        let from_disk = outcome(compile_dir(&dir));
        let in_memory = outcome(compile_files(&files, &shown));
        std::fs::remove_dir_all(&dir).ok();
        prop_assert_eq!(from_disk, in_memory);
    }
}

/// A new empty folder under the system's temporary one.
fn tempfile_dir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "corpus-memory-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn hostile_files_get_a_message_quickly() {
    let good = read(&root().join("tests/fixtures/tiny-corpus"));
    let nested = format!("x = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let many: String = (0..100_000)
        .map(|i| format!("[[event]]\nid = \"e{i}\"\n"))
        .collect();
    // (what is added, a fragment of the message expected)
    let cases: Vec<((String, Vec<u8>), &str)> = vec![
        (("huge.txt".into(), vec![b'a'; 50 << 20]), "too large"),
        (
            ("binary.toml".into(), vec![0xff, 0xfe, 0x00, 0x81]),
            "not UTF-8",
        ),
        (("nested.toml".into(), nested.into_bytes()), "nested.toml"),
        (("many.toml".into(), many.into_bytes()), "many.toml"),
    ];
    for ((name, bytes), fragment) in cases {
        let mut files = good.clone();
        files.push((name.clone(), bytes));
        let started = Instant::now();
        let result = compile_files(&files, "in");
        let took = started.elapsed();
        let diags = result
            .err()
            .unwrap_or_else(|| panic!("{name}: expected diagnostics"));
        assert!(
            diags.iter().any(|d| d.to_string().contains(fragment)),
            "{name}: {diags:?}"
        );
        assert!(took.as_secs() < 5, "{name}: {took:?}");
    }
}
