//! Build-time generator of the alliance map's fixed data (native only, never compiled to
//! WebAssembly): country outlines as compact integer SVG path data, the projection of
//! places to viewBox integers, and a deterministic layout of the actor network.
//!
//! Nothing here runs in the browser: the page receives the outputs as static files and
//! integer tables.
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
//! # Network layout
//!
//! [`layout_network`] places the actors of the graph view: stress majorization, seeded,
//! components packed side by side, no two nodes closer than a given gap.

mod basemap;
mod frame;
mod layout;
mod path;
mod svg;

pub use basemap::{
    build_base_map, build_base_map_with, country_area, country_contains, BaseMap, BuildOptions,
    Country,
};
pub use frame::{Anchor, Frame};
pub use layout::layout_network;
pub use path::{encode_path, parse_path};
pub use svg::{escape, svg_document, svg_fragment, write_svg_fragment, SvgOptions};

/// The world-atlas 2.0.2 `countries-50m.json` TopoJSON text (Natural Earth, public domain).
pub const WORLD_ATLAS_50M: &str = include_str!("../data/countries-50m.json");

/// Projects (`lon`, `lat`) in degrees onto the alliance frame ([`Frame::alliance`]).
pub fn project(lon: f64, lat: f64) -> Anchor {
    Frame::alliance().project(lon, lat)
}
