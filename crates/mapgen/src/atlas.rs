//! Building the base map from the world-atlas TopoJSON: project, simplify, clip, encode
//! (feature `atlas`; native only).

use geo::{
    BooleanOps, BoundingRect, Coord, LineString, MultiPolygon, Polygon, Rect, RemoveRepeatedPoints,
    SimplifyVwPreserve,
};
use geojson::feature::Id as FeatureId;
use topojson::{to_geojson, TopoJson, Topology};

use crate::basemap::{BaseMap, Country};
use crate::frame::Frame;
use crate::path::encode_path;

/// The name of the geometry collection of countries in world-atlas files.
const COUNTRIES_OBJECT: &str = "countries";

/// How [`build_base_map_with`] projects and simplifies.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The frame to project onto and clip to.
    pub frame: Frame,
    /// Visvalingam–Whyatt threshold: a vertex whose triangle with its neighbours has a
    /// smaller area than this (in square viewBox units) is dropped. Applied once to each
    /// TopoJSON arc, so borders shared by two countries stay identical in both.
    pub tolerance: f64,
    /// Rings (islands, lakes) smaller than this many square viewBox units after rounding
    /// are dropped.
    pub min_ring_area: f64,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            frame: Frame::alliance(),
            tolerance: 1.0,
            min_ring_area: 1.0,
        }
    }
}

/// Builds the base map of the alliance frame from a world-atlas TopoJSON text
/// (`countries-50m.json` or `countries-110m.json`) with the default [`BuildOptions`].
pub fn build_base_map(topojson_text: &str) -> Result<BaseMap, String> {
    build_base_map_with(topojson_text, &BuildOptions::default())
}

/// Builds the base map with explicit options.
///
/// Steps: decode the quantised arcs to longitude and latitude; project every arc point
/// (Miller, see [`Frame`]); simplify every arc once (`geo`'s topology-aware
/// Visvalingam–Whyatt, which keeps an arc's end points, where borders meet); assemble the
/// countries' polygons from the simplified arcs (`topojson::to_geojson`); clip them to the
/// frame (`geo`'s boolean intersection); round to integers and encode as SVG path data.
pub fn build_base_map_with(topojson_text: &str, opts: &BuildOptions) -> Result<BaseMap, String> {
    let topo = match topojson_text
        .parse::<TopoJson>()
        .map_err(|e| format!("not TopoJSON: {e}"))?
    {
        TopoJson::Topology(t) => t,
        _ => return Err("the TopoJSON text is no Topology".into()),
    };
    let frame = &opts.frame;
    let arcs = decode_arcs(&topo)
        .into_iter()
        .map(|arc| simplify_arc(frame, &arc, opts.tolerance))
        .collect::<Result<Vec<_>, _>>()?;
    let projected = Topology {
        arcs,
        transform: None,
        ..topo
    };
    let features = to_geojson(&projected, COUNTRIES_OBJECT).map_err(|e| format!("{e:?}"))?;

    let (w, h) = (f64::from(frame.width), f64::from(frame.height));
    let view = Rect::new(Coord { x: 0.0, y: 0.0 }, Coord { x: w, y: h });
    let view_polygon = view.to_polygon();
    let mut countries = Vec::new();
    for feature in features.features {
        let id = match &feature.id {
            Some(FeatureId::String(s)) => s.clone(),
            Some(FeatureId::Number(n)) => n.to_string(),
            None => String::new(),
        };
        let name = feature
            .properties
            .as_ref()
            .and_then(|p| p.get("name"))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let Some(geometry) = feature.geometry else {
            continue;
        };
        let shape = match geo::Geometry::<f64>::try_from(geometry.value)
            .map_err(|e| format!("country {id} {name}: {e}"))?
        {
            geo::Geometry::Polygon(p) => MultiPolygon::new(vec![p]),
            geo::Geometry::MultiPolygon(mp) => mp,
            _ => continue,
        };
        let shape = unwrap_antimeridian(shape, frame.turn_width(), w);
        let Some(bounds) = shape.bounding_rect() else {
            continue;
        };
        if bounds.max().x < 0.0 || bounds.min().x > w || bounds.max().y < 0.0 || bounds.min().y > h
        {
            continue;
        }
        let clipped = shape.remove_repeated_points().intersection(&view_polygon);
        let rings = integer_rings(&clipped, opts.min_ring_area);
        if rings.is_empty() {
            continue;
        }
        countries.push(Country {
            id,
            name,
            d: encode_path(&rings),
        });
    }
    Ok(BaseMap {
        width: frame.width,
        height: frame.height,
        countries,
    })
}

/// Makes rings that cross the antimeridian continuous.
///
/// Natural Earth cuts such rings (Russia's Chukotka, Wrangel Island, Fiji) at ±180° but keeps
/// them one ring, which in the plane would jump right across the map. In a cylindrical
/// projection moving a point by 360° is moving it by `turn` units in x, so each ring is
/// unwrapped (no step longer than half a turn) and then moved by whole turns to where it
/// overlaps the frame (`0..width`) most. A ring that crosses an odd number of times (it
/// goes round a pole: Antarctica) is left as it is.
fn unwrap_antimeridian(shape: MultiPolygon<f64>, turn: f64, width: f64) -> MultiPolygon<f64> {
    let fix = |ring: &LineString<f64>| -> LineString<f64> {
        let mut shift = 0.0;
        let mut crossings = 0u32;
        let mut out: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len());
        let mut prev: Option<f64> = None;
        for c in &ring.0 {
            if let Some(p) = prev {
                let step = c.x - p;
                if step > turn / 2.0 {
                    shift -= turn;
                    crossings += 1;
                } else if step < -turn / 2.0 {
                    shift += turn;
                    crossings += 1;
                }
            }
            prev = Some(c.x);
            out.push(Coord {
                x: c.x + shift,
                y: c.y,
            });
        }
        if crossings == 0 || !crossings.is_multiple_of(2) {
            return ring.clone();
        }
        let (lo, hi) = out
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
                (lo.min(c.x), hi.max(c.x))
            });
        let overlap = |d: f64| (hi + d).min(width) - (lo + d).max(0.0);
        let best =
            [0.0, -turn, turn]
                .into_iter()
                .fold(0.0, |b: f64, d| if overlap(d) > overlap(b) { d } else { b });
        out.iter_mut().for_each(|c| c.x += best);
        LineString::new(out)
    };
    MultiPolygon::new(
        shape
            .0
            .iter()
            .map(|p| Polygon::new(fix(p.exterior()), p.interiors().iter().map(fix).collect()))
            .collect(),
    )
}

/// Decodes the (possibly quantised and delta-encoded) arcs to longitude and latitude.
fn decode_arcs(topo: &Topology) -> Vec<Vec<(f64, f64)>> {
    topo.arcs
        .iter()
        .map(|arc| match &topo.transform {
            None => arc.iter().map(|p| (p[0], p[1])).collect(),
            Some(t) => {
                let (mut qx, mut qy) = (0.0, 0.0);
                arc.iter()
                    .map(|p| {
                        qx += p[0];
                        qy += p[1];
                        (
                            qx * t.scale[0] + t.translate[0],
                            qy * t.scale[1] + t.translate[1],
                        )
                    })
                    .collect()
            }
        })
        .collect()
}

/// Projects one arc and simplifies it in viewBox units; returns it as TopoJSON positions.
fn simplify_arc(
    frame: &Frame,
    arc: &[(f64, f64)],
    tolerance: f64,
) -> Result<Vec<Vec<f64>>, String> {
    let points = arc
        .iter()
        .map(|&(lon, lat)| {
            frame
                .project_f64(lon, lat)
                .ok_or_else(|| format!("cannot project ({lon}, {lat})"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let line = LineString::from(points);
    let simple = if tolerance > 0.0 {
        line.simplify_vw_preserve(tolerance)
    } else {
        line
    };
    Ok(simple.0.iter().map(|c| vec![c.x, c.y]).collect())
}

/// The rings of a clipped shape in integers: repeated and collinear points dropped, rings
/// that degenerate or are smaller than `min_area` dropped. Exterior rings come before their
/// holes.
fn integer_rings(shape: &MultiPolygon<f64>, min_area: f64) -> Vec<Vec<(i32, i32)>> {
    let mut out = Vec::new();
    for polygon in &shape.0 {
        let exterior = round_ring(polygon.exterior());
        if exterior.len() < 3 || ring_area(&exterior) < min_area {
            continue;
        }
        out.push(exterior);
        for hole in polygon.interiors() {
            let hole = round_ring(hole);
            if hole.len() >= 3 && ring_area(&hole) >= min_area {
                out.push(hole);
            }
        }
    }
    out
}

/// Rounds a closed ring, without its closing point, and without repeated or collinear points.
fn round_ring(ring: &LineString<f64>) -> Vec<(i32, i32)> {
    let mut pts: Vec<(i32, i32)> = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let p = (c.x.round() as i32, c.y.round() as i32);
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    while pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // Drop points on the straight line between their neighbours (running forwards: a
    // spike that doubles back is kept), until none is left.
    loop {
        let before = pts.len();
        let mut i = 0;
        while pts.len() >= 3 && i < pts.len() {
            let n = pts.len();
            let (a, b, c) = (pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n]);
            let cross = i64::from(b.0 - a.0) * i64::from(c.1 - a.1)
                - i64::from(b.1 - a.1) * i64::from(c.0 - a.0);
            let dot = i64::from(b.0 - a.0) * i64::from(c.0 - b.0)
                + i64::from(b.1 - a.1) * i64::from(c.1 - b.1);
            if cross == 0 && dot >= 0 {
                pts.remove(i);
            } else {
                i += 1;
            }
        }
        if pts.len() == before || pts.len() < 3 {
            break;
        }
    }
    pts
}

/// Unsigned area of an integer ring (shoelace).
fn ring_area(ring: &[(i32, i32)]) -> f64 {
    let n = ring.len();
    let twice: i64 = (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            i64::from(a.0) * i64::from(b.1) - i64::from(b.0) * i64::from(a.1)
        })
        .sum();
    twice.abs() as f64 / 2.0
}
