//! The alliance map's fixed geometry, computed at build time (`build.rs` with the
//! `mapgen` crate) and compiled in as integer tables: where each actor sits on the
//! geographic map and in the network layout. Nothing here is computed in the browser.

/// How an actor is drawn in one layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Placed {
    /// Not drawn in this layout (no place, no members, no state to go with).
    Absent = 0,
    /// At its own point: a state at its capital, an organisation at its seat, a place.
    Point = 1,
    /// An organisation or alliance with no seat, as a labelled group beside its members.
    Group = 2,
    /// A person, drawn with their state: `x`, `y` are the state's, and ties attach there.
    WithState = 3,
    /// Outside the frame: at its edge, an arrow pointing `angle` degrees (0 east,
    /// 90 north) towards where it really is.
    Outside = 4,
}

/// Where an actor sits in one layout, in that layout's viewBox units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spot {
    /// Across, from the left.
    pub x: i16,
    /// Down, from the top.
    pub y: i16,
    /// How it is drawn there.
    pub how: Placed,
    /// For `Placed::Outside`, the direction of its arrow in degrees; 0 otherwise.
    pub angle: i16,
}

impl Spot {
    /// Not drawn.
    pub const ABSENT: Spot = Spot {
        x: 0,
        y: 0,
        how: Placed::Absent,
        angle: 0,
    };

    /// Whether the actor is drawn in this layout.
    pub fn is_drawn(&self) -> bool {
        self.how != Placed::Absent
    }
}

/// One layout: its viewBox and a spot per entity, indexed like the corpus's entities.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// ViewBox width.
    pub width: i16,
    /// ViewBox height.
    pub height: i16,
    /// One spot per entity (`EntityId::index()`).
    pub spots: &'static [Spot],
}

impl Layout {
    /// Where entity `i` sits (absent when out of range).
    pub fn spot(&self, i: usize) -> Spot {
        self.spots.get(i).copied().unwrap_or(Spot::ABSENT)
    }
}

/// Both layouts of the map.
#[derive(Clone, Copy, Debug)]
pub struct MapLayouts {
    /// The geographic map; its viewBox is the outline file's (`data/countries.svg`).
    pub geo: Layout,
    /// The network of actors and ties.
    pub net: Layout,
}
