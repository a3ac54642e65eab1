//! The map's static file, written at build time (`scripts/post-build.sh`):
//!
//! ```sh
//! mapgen outlines <out-path>   # the outline file, e.g. dist/data/countries.svg
//! ```
//!
//! The outline file is [`mapgen::outline_file`]: a standalone SVG document of the
//! Natural Earth countries in the alliance frame, which the map view fetches and inserts
//! into its own `<svg>`.

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: mapgen outlines <out-path>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, out] if command == "outlines" => {
            let map = match mapgen::build_base_map(mapgen::WORLD_ATLAS_50M) {
                Ok(map) => map,
                Err(e) => {
                    eprintln!("mapgen: the base map does not build: {e}");
                    return ExitCode::FAILURE;
                }
            };
            if let Err(e) = mapgen::write_outline_file(&map, Path::new(out)) {
                eprintln!("mapgen: cannot write {out}: {e}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
