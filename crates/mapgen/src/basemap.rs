//! The base map: country outlines as integer SVG path data, and where a point lies in
//! them. [`crate::build_base_map`] builds it from the atlas (feature `atlas`);
//! [`BaseMap::from_outline_file`] reads it back from the outline file (any build, the
//! browser's too).

use geo::{Area, Contains, LineString, Point, Polygon};

use crate::path::parse_path;

/// One country (or territory) of the base map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 numeric code as world-atlas gives it, e.g. `"392"` for Japan, `"036"` for
    /// Australia; empty for the few features that have none (e.g. Kosovo, N. Cyprus), and
    /// for every country read back from the outline file ([`BaseMap::from_outline_file`]),
    /// which does not carry it. The actors' placement does not read it.
    pub id: String,
    /// The Natural Earth short name as world-atlas gives it, e.g. `"South Korea"`,
    /// `"United States of America"`; empty when read back from the outline file, as `id`.
    pub name: String,
    /// SVG path data in viewBox integers: an absolute `M` for the first ring, relative
    /// `m`/`l` after it, every ring closed with `z`.
    pub d: String,
}

/// The projected, simplified and clipped country outlines of one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseMap {
    /// ViewBox width.
    pub width: i32,
    /// ViewBox height.
    pub height: i32,
    /// The countries with any land inside the frame, in the order of the source file.
    pub countries: Vec<Country>,
}

/// Whether the viewBox point (`x`, `y`) lies inside the country's outline as the browser
/// draws it (its `d`, even–odd over all rings, so lakes and enclaves are holes).
pub fn country_contains(country: &Country, x: f64, y: f64) -> bool {
    rings_contain(&country_rings(country), x, y)
}

/// The country's rings as polygons without holes (for [`rings_contain`]).
pub(crate) fn country_rings(country: &Country) -> Vec<Polygon<f64>> {
    parse_path(&country.d)
        .unwrap_or_default()
        .iter()
        .map(|ring| {
            let line: LineString<f64> = ring
                .iter()
                .map(|&(x, y)| (f64::from(x), f64::from(y)))
                .collect();
            Polygon::new(line, vec![])
        })
        .collect()
}

/// Even–odd containment over rings: inside an odd number of them.
pub(crate) fn rings_contain(rings: &[Polygon<f64>], x: f64, y: f64) -> bool {
    let point = Point::new(x, y);
    rings.iter().filter(|ring| ring.contains(&point)).count() % 2 == 1
}

/// Total area of the country's outline in square viewBox units (holes subtracted).
pub fn country_area(country: &Country) -> f64 {
    let rings = parse_path(&country.d).unwrap_or_default();
    rings
        .iter()
        .map(|ring| {
            let line: LineString<f64> = ring
                .iter()
                .map(|&(x, y)| (f64::from(x), f64::from(y)))
                .collect();
            Polygon::new(line, vec![]).signed_area()
        })
        .sum::<f64>()
        .abs()
}
