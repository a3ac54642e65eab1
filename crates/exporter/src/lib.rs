//! Alliance Explorer's downloads, as a wasm module of their own: the explorer's first
//! load never carries the export code, the page loads this module the first time
//! someone downloads. It compiles in the same corpus as the explorer (its `build.rs`
//! runs the workspace's build script) and writes files with `explorer_core::export`.
//!
//! # The contract with the page
//!
//! `scripts/post-build.sh` builds it with `wasm-bindgen --target web` into
//! `dist/exporter/exporter.js` and `dist/exporter/exporter_bg.wasm`. The page's boot
//! script defines
//!
//! ```js
//! globalThis.aeExporter = () =>
//!   import('./exporter/exporter.js').then(async (m) => { await m.default(); return m; });
//! ```
//!
//! (the single-file build defines an equivalent that starts the module from inlined
//! bytes with `m.initSync({ module: bytes })`), and the explorer calls
//!
//! ```js
//! const name = (await aeExporter()).download(location.hash, format, today);
//! ```
//!
//! - `download(hash: string, format: string, today: string): string` reads the view and
//!   the filter from `hash` (a `location.hash`, as `UrlState::from_hash` reads it; what
//!   it does not understand is dropped, as the page drops it), makes the file of
//!   `format` for what passes the filter and saves it (a Blob, an object URL and a
//!   clicked `<a download>`), and returns the file's name,
//!   `alliance-explorer-<view>[-<part>]-<today>.<extension>`. `today` is the page's
//!   date, `YYYY-MM-DD`. It throws an `Error` for an unknown format or a `today` that is
//!   not a day.
//! - `format` is one of `json`, `events-csv`, `relations-csv`, `claims-csv`,
//!   `timelinejs`, `annotations`, `graphml`.
//! - `formats(): {id: string, extension: string, mime: string}[]` lists them, in menu
//!   order.
//!
//! The names and the argument order are the contract: change them only with the page.

#[path = "../../../src/data.rs"]
pub mod data;

include!(concat!(env!("OUT_DIR"), "/coords.rs"));

pub use explorer_core::export::{view_name, File};

/// Makes the file of `format` for the view and filter in `hash`, from the corpus compiled
/// in: [`explorer_core::export::make`].
pub fn make(hash: &str, format: &str, today: &str, page: &str) -> Result<File, String> {
    let data = explorer_core::export::Data {
        corpus: data::corpus(),
        coords: COORDS,
        network: &data::map().net,
    };
    explorer_core::export::make(data, hash, format, today, page)
}

#[cfg(target_arch = "wasm32")]
#[path = "../../../src/save.rs"]
mod save;

#[cfg(target_arch = "wasm32")]
mod web {
    use explorer_core::export::Format;
    use wasm_bindgen::prelude::*;

    use crate::save;

    /// See the crate's documentation: the contract with the page.
    #[wasm_bindgen]
    pub fn download(hash: &str, format: &str, today: &str) -> Result<String, JsValue> {
        let data = explorer_core::export::Data {
            corpus: crate::data::corpus(),
            coords: crate::COORDS,
            network: &crate::data::map().net,
        };
        save::download(data, hash, format, today)
    }

    /// The formats, in menu order: `{id, extension, mime}` each.
    #[wasm_bindgen]
    pub fn formats() -> js_sys::Array {
        Format::ALL
            .iter()
            .map(|f| {
                let o = js_sys::Object::new();
                for (k, v) in [
                    ("id", f.id()),
                    ("extension", f.extension()),
                    ("mime", f.mime()),
                ] {
                    let _ = js_sys::Reflect::set(&o, &k.into(), &v.into());
                }
                JsValue::from(o)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_files_after_the_view_the_table_and_the_day() {
        let table = [
            (
                "#/timeline?actor=japan",
                "events-csv",
                "alliance-explorer-timeline-events-2026-12-04.csv",
            ),
            (
                "#/map",
                "graphml",
                "alliance-explorer-map-2026-12-04.graphml",
            ),
            (
                "#/claims",
                "claims-csv",
                "alliance-explorer-claims-claims-2026-12-04.csv",
            ),
            ("", "json", "alliance-explorer-timeline-2026-12-04.json"),
            (
                "#/nowhere",
                "timelinejs",
                "alliance-explorer-timeline-timelinejs-2026-12-04.json",
            ),
            (
                "#/sources",
                "annotations",
                "alliance-explorer-sources-annotations-2026-12-04.jsonld",
            ),
        ];
        for (hash, format, name) in table {
            let f = make(hash, format, "2026-12-04", "").unwrap();
            assert_eq!(f.name, name, "{hash} {format}");
        }
    }

    #[test]
    fn refuses_an_unknown_format_or_a_day_that_is_not_one() {
        let e = make("#/map", "pdf", "2026-12-04", "").unwrap_err();
        assert!(
            e.contains("unknown format `pdf`") && e.contains("graphml"),
            "{e}"
        );
        for today in ["", "2026-12", "2026-13-01", "today"] {
            assert!(make("#/map", "json", today, "").is_err(), "{today}");
        }
    }

    #[test]
    fn coordinates_are_one_per_entity() {
        assert_eq!(COORDS.len(), data::corpus().entity_ids().len());
    }
}
