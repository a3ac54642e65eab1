//! The map frame: which part of the globe the map shows, and how a longitude and latitude
//! become integer viewBox coordinates.

use proj4rs::proj::Proj;
use proj4rs::transform::transform;

/// Where a place lands on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The place lies inside the frame, at `(x, y)` in viewBox units.
    Inside {
        /// Horizontal viewBox coordinate, `0..=width`, growing eastwards.
        x: i32,
        /// Vertical viewBox coordinate, `0..=height`, growing southwards.
        y: i32,
    },
    /// The place lies outside the frame: `(x, y)` is the point of the frame's edge nearest to it,
    /// and `angle_deg` the direction from that point towards the real place.
    Outside {
        /// Horizontal viewBox coordinate of the edge point, `0..=width`.
        x: i32,
        /// Vertical viewBox coordinate of the edge point, `0..=height`.
        y: i32,
        /// Direction towards the place in whole degrees, in SVG's convention: 0 points right
        /// (east), 90 down (south), 180 left (west), 270 up (north); always in `0..360`.
        /// It can be used as is in `transform="rotate(angle_deg x y)"` for an arrow drawn
        /// pointing right.
        angle_deg: i32,
    },
}

impl Anchor {
    /// The viewBox point at which to draw the place (its position, or the edge point).
    pub fn point(&self) -> (i32, i32) {
        match *self {
            Anchor::Inside { x, y } | Anchor::Outside { x, y, .. } => (x, y),
        }
    }

    /// Whether the place lies inside the frame.
    pub fn is_inside(&self) -> bool {
        matches!(self, Anchor::Inside { .. })
    }
}

/// A rectangle of longitude and latitude, projected with the Miller cylindrical projection
/// onto a viewBox `width` units wide.
///
/// The projection runs through [`proj4rs`] (`+proj=mill +over` on a unit sphere, centred on
/// the frame's middle meridian). Because Miller is cylindrical, the longitude–latitude
/// rectangle is exactly the viewBox rectangle, so the frame can be clipped exactly and a place
/// outside it has a well-defined nearest edge point.
#[derive(Clone)]
pub struct Frame {
    /// Western edge, degrees east.
    pub lon_min: f64,
    /// Eastern edge, degrees east (may exceed 180 no further than the data allows).
    pub lon_max: f64,
    /// Southern edge, degrees north.
    pub lat_min: f64,
    /// Northern edge, degrees north.
    pub lat_max: f64,
    /// ViewBox width in units.
    pub width: i32,
    /// ViewBox height in units, derived from the projection.
    pub height: i32,
    geographic: Proj,
    projected: Proj,
    /// viewBox units per projected unit
    scale: f64,
    /// projected x of the western edge
    x_west: f64,
    /// projected y of the northern edge
    y_north: f64,
}

impl std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Frame")
            .field("lon_min", &self.lon_min)
            .field("lon_max", &self.lon_max)
            .field("lat_min", &self.lat_min)
            .field("lat_max", &self.lat_max)
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

impl Frame {
    /// The frame of the alliance map: 12°W to 180°, 48°S to 82°N, 1000 units wide.
    ///
    /// It reaches from Ireland and Portugal in the west, through Ukraine and all of Russia
    /// (up to the Arctic islands), to Japan, the Kuril Islands and the seas around them, and
    /// south over China, Taiwan, the South China Sea, India and Indonesia to Australia and
    /// New Zealand.
    pub fn alliance() -> Frame {
        Frame::new(-12.0, 180.0, -48.0, 82.0, 1000).expect("the alliance frame is valid")
    }

    /// A frame for the given longitude and latitude rectangle, `width` viewBox units wide.
    pub fn new(
        lon_min: f64,
        lon_max: f64,
        lat_min: f64,
        lat_max: f64,
        width: i32,
    ) -> Result<Frame, String> {
        if !(lon_min < lon_max && lon_max - lon_min <= 360.0) {
            return Err(format!("bad longitude range {lon_min}..{lon_max}"));
        }
        if !(-89.0..=89.0).contains(&lat_min) || !(-89.0..=89.0).contains(&lat_max) {
            return Err(format!(
                "latitudes must lie within ±89°: {lat_min}..{lat_max}"
            ));
        }
        if lat_min >= lat_max || width <= 0 {
            return Err(format!("empty frame {lat_min}..{lat_max}, width {width}"));
        }
        let lon_0 = (lon_min + lon_max) / 2.0;
        let geographic = Proj::from_proj_string("+proj=longlat +R=1 +no_defs")
            .map_err(|e| format!("proj4rs: {e}"))?;
        let projected =
            Proj::from_proj_string(&format!("+proj=mill +R=1 +lon_0={lon_0} +over +no_defs"))
                .map_err(|e| format!("proj4rs: {e}"))?;
        let mut frame = Frame {
            lon_min,
            lon_max,
            lat_min,
            lat_max,
            width,
            height: 0,
            geographic,
            projected,
            scale: 1.0,
            x_west: 0.0,
            y_north: 0.0,
        };
        let (x_west, y_south) = frame.raw(lon_min, lat_min)?;
        let (x_east, y_north) = frame.raw(lon_max, lat_max)?;
        frame.scale = f64::from(width) / (x_east - x_west);
        frame.x_west = x_west;
        frame.y_north = y_north;
        frame.height = ((y_north - y_south) * frame.scale).round() as i32;
        Ok(frame)
    }

    /// The width in viewBox units of 360° of longitude: moving a place by a full turn east
    /// moves it this far right (the projection is cylindrical).
    pub fn turn_width(&self) -> f64 {
        std::f64::consts::TAU * self.scale
    }

    /// Projected coordinates on the unit sphere (no wrapping of longitudes: `+over`).
    fn raw(&self, lon: f64, lat: f64) -> Result<(f64, f64), String> {
        let mut p = (lon.to_radians(), lat.to_radians(), 0.0);
        transform(&self.geographic, &self.projected, &mut p)
            .map_err(|e| format!("proj4rs cannot project ({lon}, {lat}): {e}"))?;
        if p.0.is_finite() && p.1.is_finite() {
            Ok((p.0, p.1))
        } else {
            Err(format!("({lon}, {lat}) projects to no finite point"))
        }
    }

    /// ViewBox coordinates as floats, neither rounded nor clamped (`None` only where the
    /// projection fails, which Miller does not do for a valid latitude).
    ///
    /// The longitude is taken as given: the caller chooses between `lon` and `lon ± 360`.
    pub fn project_f64(&self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        let lat = lat.clamp(-89.9, 89.9);
        let (x, y) = self.raw(lon, lat).ok()?;
        Some((
            (x - self.x_west) * self.scale,
            (self.y_north - y) * self.scale,
        ))
    }

    /// Where the place at (`lon`, `lat`) lands: inside the frame, or at the frame's edge with
    /// the direction towards it.
    ///
    /// For a place outside, the longitude is first moved by ±360° to the side of the frame
    /// it is nearest to, so Washington lies west of Europe (across the Atlantic) and Hawaii
    /// east of Japan (across the Pacific).
    pub fn project(&self, lon: f64, lat: f64) -> Anchor {
        let lon = self.nearest_longitude(lon);
        let (fx, fy) = self
            .project_f64(lon, lat)
            .unwrap_or((f64::from(self.width) / 2.0, f64::from(self.height) / 2.0));
        let (w, h) = (f64::from(self.width), f64::from(self.height));
        if (0.0..=w).contains(&fx) && (0.0..=h).contains(&fy) {
            return Anchor::Inside {
                x: fx.round() as i32,
                y: fy.round() as i32,
            };
        }
        let (ex, ey) = (fx.clamp(0.0, w), fy.clamp(0.0, h));
        let angle = (fy - ey).atan2(fx - ex).to_degrees().round() as i32;
        Anchor::Outside {
            x: ex.round() as i32,
            y: ey.round() as i32,
            angle_deg: angle.rem_euclid(360),
        }
    }

    /// The representative of `lon` (among `lon - 360`, `lon`, `lon + 360`) nearest to the
    /// frame's longitude range; ties go to the smaller shift.
    fn nearest_longitude(&self, lon: f64) -> f64 {
        let gap = |l: f64| {
            if l < self.lon_min {
                self.lon_min - l
            } else if l > self.lon_max {
                l - self.lon_max
            } else {
                0.0
            }
        };
        [lon, lon - 360.0, lon + 360.0]
            .into_iter()
            .fold(lon, |best, l| if gap(l) < gap(best) { l } else { best })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_map_to_the_viewbox_corners() {
        let f = Frame::alliance();
        let (x, y) = f.project_f64(f.lon_min, f.lat_max).unwrap();
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9, "{x} {y}");
        let (x, y) = f.project_f64(f.lon_max, f.lat_min).unwrap();
        // The height is the projected height rounded to whole units.
        assert!((x - 1000.0).abs() < 1e-9 && (y - f64::from(f.height)).abs() <= 0.5);
    }

    #[test]
    fn outside_points_clamp_to_the_nearest_edge() {
        let f = Frame::alliance();
        let cases = [
            // (lon, lat, edge x, edge y, angles allowed)
            (-77.04, 38.90, Some(0), None, 180..=180), // Washington: west edge, arrow west
            (-157.90, 21.35, Some(1000), None, 0..=0), // Hawaii: east edge, arrow east
            (100.0, -70.0, None, Some(f.height), 90..=90), // Antarctica: south edge, down
            (-40.0, 85.0, Some(0), Some(0), 181..=269), // north-west of the corner
        ];
        for (lon, lat, edge_x, edge_y, angles) in cases {
            match f.project(lon, lat) {
                Anchor::Outside { x, y, angle_deg } => {
                    assert_eq!(x, edge_x.unwrap_or(x), "{lon},{lat}");
                    assert_eq!(y, edge_y.unwrap_or(y), "{lon},{lat}");
                    assert!((0..=f.width).contains(&x) && (0..=f.height).contains(&y));
                    assert!(angles.contains(&angle_deg), "{lon},{lat}: {angle_deg}");
                }
                a => panic!("{lon},{lat} should be outside, got {a:?}"),
            }
        }
    }
}
