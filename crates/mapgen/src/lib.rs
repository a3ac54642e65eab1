//! Generator of the alliance map's data: country outlines as compact integer SVG path
//! data, the projection of places to viewBox integers, a deterministic layout of the actor
//! network, and the tables of where each actor of a corpus sits.
//!
//! # Features: the build and the browser
//!
//! With the default feature `atlas` (native, build time) the crate builds the base map
//! from the embedded TopoJSON atlas ([`build_base_map`], [`WORLD_ATLAS_50M`]), writes the
//! outline file and the SVG fragment ([`write_outline_file`], [`write_svg_fragment`]) and
//! has the `mapgen` binary; the page receives their outputs as static files and integer
//! tables. It does not compile to WebAssembly.
//!
//! Without it (`default-features = false`) the crate compiles to
//! `wasm32-unknown-unknown` and places the actors of a corpus opened at run time, in the
//! browser: [`BaseMap::from_outline_file`] reads the base map back from the outline file
//! (`data/countries.svg`; the explorer's `open` build compiles it in), [`actors::map_layouts`] lays the
//! corpus out over it, and [`actors::leak`] turns the tables into the
//! `explorer_core::map::MapLayouts` the views read.
//!
//! # Source
//!
//! Natural Earth's Admin 0 countries at 1:50m, as TopoJSON from the npm package
//! `world-atlas` 2.0.2 (`countries-50m.json`, public domain), kept in `data/` and embedded
//! as [`WORLD_ATLAS_50M`]. The 1:110m file lacks the Kuril Islands and Shikoku, which the
//! articles' seas around Japan need; 1:50m, simplified, still fits the size budget.
//!
//! # Projection and frame
//!
//! The frame runs from 12°W to 180° and from 48°S to 82°N ([`Frame::alliance`]): western
//! Europe and Ukraine, all of Russia, China, the Koreas, Japan with the Kurils, Taiwan, the
//! South China Sea, India, Indonesia, Australia and New Zealand. It spans both hemispheres
//! and more than half the globe's longitudes, which rules out a conic (it needs one
//! hemisphere and a narrow band of latitudes) and an azimuthal map (Europe and Australia
//! would be turned and sheared at its rim). Among the world projections, the Miller
//! cylindrical keeps north up everywhere and meridians straight, so western Europe, at the
//! frame's far edge, is not sheared as it is on a pseudo-cylindrical map (Equal Earth,
//! Robinson) centred on Asia; it enlarges high latitudes far less than Mercator, so Russia
//! keeps the shape readers know from atlases; and since it is cylindrical the frame's
//! longitude–latitude rectangle is exactly the viewBox rectangle: clipping is exact and a
//! place outside the frame has an obvious nearest point on its edge
//! ([`Anchor::Outside`]). The projection maths is `proj4rs` (`+proj=mill`).
//!
//! # Outlines
//!
//! Arcs of the topology are projected, simplified once each (so shared borders stay
//! shared), assembled into countries, clipped to the frame and written as path data with
//! relative integer commands (`M12 34l5-6…z`), see [`build_base_map`] and
//! [`svg_fragment`].
//!
//! With the defaults the outline file ([`svg_fragment`], with `data-id`) is about 46 KB raw
//! and 12.4 KB with `brotli -q 11` (13.4 KB with `data-name` as well); the tests hold it
//! under 20 KB.
//!
//! # Network layout
//!
//! [`layout_network`] places the actors of the graph view: stress majorization, seeded,
//! components packed side by side, no two nodes closer than a given gap.
//!
//! # Actors on the map
//!
//! [`actors`] places a corpus's entities in both layouts of the map (the geographic one,
//! in this frame, and the network of ties) and writes them as the integer tables the app
//! compiles in (`$OUT_DIR/map.rs`, from the app's `build.rs`).
//!
//! # Use from a build script
//!
//! ```
//! # #[cfg(feature = "atlas")] {
//! let map = mapgen::build_base_map(mapgen::WORLD_ATLAS_50M).unwrap();
//! // The page wraps it: <svg viewBox="0 0 {map.width} {map.height}"> … </svg>
//! let out = std::env::temp_dir().join("mapgen-doc/countries.svgfrag");
//! mapgen::write_svg_fragment(&map, &out, &Default::default()).unwrap();
//!
//! // Tokyo is on the map; Washington is at the western edge with an arrow pointing west.
//! assert!(mapgen::project(139.69, 35.69).is_inside());
//! assert!(matches!(
//!     mapgen::project(-77.04, 38.90),
//!     mapgen::Anchor::Outside { x: 0, angle_deg: 180, .. }
//! ));
//!
//! // A triangle and an isolated node in a 400 × 300 box, nodes at least 40 apart.
//! let xy = mapgen::layout_network(4, &[(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)], 7, 400, 300, 40);
//! assert_eq!(xy.len(), 4);
//! # }
//! ```

#![deny(missing_docs)]
// The docs link to the atlas's items, which a build without the feature does not have.
#![cfg_attr(not(feature = "atlas"), allow(rustdoc::broken_intra_doc_links))]

#[cfg(all(feature = "atlas", target_arch = "wasm32"))]
compile_error!(
    "mapgen's `atlas` feature (the TopoJSON atlas, file writers) is build-time only: \
     depend on mapgen with `default-features = false` for WebAssembly"
);

pub mod actors;
#[cfg(feature = "atlas")]
mod atlas;
mod basemap;
mod frame;
mod layout;
mod path;
mod svg;

#[cfg(feature = "atlas")]
pub use atlas::{build_base_map, build_base_map_with, BuildOptions};
pub use basemap::{country_area, country_contains, BaseMap, Country};
pub use frame::{Anchor, Frame};
pub use layout::layout_network;
pub use path::{encode_path, parse_path};
pub use svg::{escape, outline_file, svg_document, svg_fragment, SvgOptions};
#[cfg(feature = "atlas")]
pub use svg::{write_outline_file, write_svg_fragment};

/// The world-atlas 2.0.2 `countries-50m.json` TopoJSON text (Natural Earth, public domain).
#[cfg(feature = "atlas")]
pub const WORLD_ATLAS_50M: &str = include_str!("../data/countries-50m.json");

/// Projects (`lon`, `lat`) in degrees onto the alliance frame ([`Frame::alliance`]).
///
/// ```
/// use mapgen::{project, Anchor};
///
/// let Anchor::Inside { x, y } = project(125.75, 39.02) else { panic!("Pyongyang is on the map") };
/// assert!((0..1000).contains(&x) && (0..842).contains(&y));
/// // Hawaii is east of Japan, across the Pacific: the eastern edge, arrow pointing east.
/// assert!(matches!(project(-157.90, 21.35), Anchor::Outside { x: 1000, angle_deg: 0, .. }));
/// ```
pub fn project(lon: f64, lat: f64) -> Anchor {
    Frame::alliance().project(lon, lat)
}
