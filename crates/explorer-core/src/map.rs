//! The alliance map's geometry. Its fixed part is computed at build time (`build.rs`
//! with the `mapgen` crate) and compiled in as integer tables: where each actor sits on
//! the geographic map and in the network layout ([`MapLayouts`]). The rest is the pure
//! logic the view runs on those tables, all of it tested natively: which ties are in
//! force at a date ([`force`]) and the dates to play through ([`play_steps`]); how
//! parallel ties curve apart ([`bends`], [`curve`]); the actor the arrow keys move to
//! ([`nearest`]); and pan and zoom ([`Viewport`]). Coordinates are integers, y downwards.

use crate::date::Date;

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
    /// The steps of the "as of" slider and of Play ([`play_steps`] over the dates of the
    /// ties and the events).
    pub steps: &'static [Date],
    /// The steps at which an event is dated (indices into `steps`), the slider's ticks.
    pub ticks: &'static [u16],
    /// For each relation ([`RelationId`](crate::RelationId) order), from when the slider
    /// draws it ([`attested_from`]).
    pub from: &'static [Option<Date>],
}

// ---- In force at a date ------------------------------------------------------------

/// Whether a tie (a relation, a period) holds at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Force {
    /// It begins after the date.
    NotYet,
    /// It holds at some time during the date.
    InForce,
    /// It ended before the date.
    Ended,
}

/// Whether a tie from `from` to `to` holds at `at`, each date standing for all the days
/// its precision allows (a year, a month or a day).
///
/// Rule: the tie is in force at `at` when it has begun by the end of `at`'s span
/// (`from.first_day() <= at.last_day()`; no `from` counts as begun) and has not ended
/// before `at`'s span starts (no `to`, or `to.last_day() >= at.first_day()`). It is
/// [`Force::NotYet`] when `from.first_day() > at.last_day()` and [`Force::Ended`] when
/// `to.last_day() < at.first_day()`; a reversed tie that is both (the compiler rejects
/// those) is `NotYet`. So a tie "since 2024" is in force at 2024-01-01 and at 2024-06,
/// and a tie "to 1991" is in force at 1991-12 and ended at 1992.
pub fn force(from: Option<Date>, to: Option<Date>, at: Date) -> Force {
    if from.is_some_and(|f| f.first_day() > at.last_day()) {
        Force::NotYet
    } else if to.is_some_and(|t| t.last_day() < at.first_day()) {
        Force::Ended
    } else {
        Force::InForce
    }
}

// ---- Play through time --------------------------------------------------------------

/// The most calendar years [`play_steps`] steps through by month.
pub const PLAY_MONTH_YEARS: i16 = 3;

/// The dates the map steps through when it plays the corpus through time, given the
/// dated starts and ends of its ties and events (in any order): a year-precision date
/// ([`Date::year`]) for each year from the earliest date's year up to the year before
/// the switch year `S`, then a month ([`Date::month`]) for each month from January of
/// `S` to the month of the latest date (dates compared by their first day, so a latest
/// date "2025" ends the steps at 2025-01). Empty without dates.
///
/// Rule for `S`, derived from the data: the latest year such that at least half of the
/// dates lie in it or after it (the median date's year); then moved back a year at a
/// time while the year before holds at least a quarter of all the dates (a busy period
/// across a New Year is stepped by month throughout); but never earlier than
/// [`PLAY_MONTH_YEARS`] − 1 years before the latest date's year, so that evenly spread
/// dates do not turn into hundreds of month steps. On this corpus (1991, 2014, 2016,
/// 2022, most dates in 2024 and early 2025) that is every year 1991–2023, then
/// 2024-01 to the latest month.
pub fn play_steps(dates: &[Date]) -> Vec<Date> {
    let Some(first) = dates.iter().min_by_key(|d| d.first_day()) else {
        return Vec::new();
    };
    let last = dates.iter().max_by_key(|d| d.first_day()).unwrap_or(first);
    let (y0, y1) = (first.year, last.year);
    // Dates per year, y0..=y1.
    let mut per_year = vec![0usize; (i32::from(y1) - i32::from(y0) + 1) as usize];
    for d in dates {
        per_year[(i32::from(d.year) - i32::from(y0)) as usize] += 1;
    }
    let at = |y: i16| per_year[(i32::from(y) - i32::from(y0)) as usize];
    let n = dates.len();
    // The median year: the latest from which at least half of the dates lie.
    let mut s = y1;
    let mut from_s = at(s);
    while 2 * from_s < n {
        s -= 1;
        from_s += at(s);
    }
    let earliest_switch = y0.max(y1.saturating_sub(PLAY_MONTH_YEARS - 1));
    while s > earliest_switch && 4 * at(s - 1) >= n {
        s -= 1;
    }
    let s = s.max(earliest_switch);
    let last_month = if last.month == 0 { 1 } else { last.month };
    let mut steps: Vec<Date> = (y0..s).map(Date::year).collect();
    for y in s..=y1 {
        let end = if y == y1 { last_month } else { 12 };
        steps.extend((1..=end).map(|m| Date::month(y, m)));
    }
    steps
}

/// The slider's steps for these ties' spans (`from`, `to`) and these events' dates, and
/// the steps at which an event is dated (see [`MapLayouts`]).
pub fn steps_and_ticks(
    spans: &[(Option<Date>, Option<Date>)],
    events: &[Option<Date>],
) -> (Vec<Date>, Vec<u16>) {
    let dates: Vec<Date> = spans
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .chain(events.iter().copied())
        .flatten()
        .collect();
    let steps = play_steps(&dates);
    let ticks = (0..steps.len())
        .filter(|&i| {
            let d = steps[i];
            events
                .iter()
                .flatten()
                .any(|x| d.first_day() <= x.first_day() && x.first_day() <= d.last_day())
        })
        .map(|i| i as u16)
        .collect();
    (steps, ticks)
}

/// When a source was written by, for dating what it asserts without a date: its
/// publication date; unknown, the latest date it reports (by last day; a text is
/// written after what it reports); `None` when it reports no date either.
pub fn written_by(published: Option<Date>, reported: &[Date]) -> Option<Date> {
    published.or_else(|| {
        reported
            .iter()
            .copied()
            .fold(None, |best: Option<Date>, d| match best {
                Some(b) if b.last_day() >= d.last_day() => Some(b),
                _ => Some(d),
            })
    })
}

/// From when the "as of" slider draws a tie: its own `from`; with none, the texts assert
/// it as holding when they were written, so from the earliest [`written_by`] of its
/// sources (`None` when none of them is dated: drawn at every date). A historical tie
/// without a `from` is about the past and keeps none.
pub fn attested_from(
    from: Option<Date>,
    historical: bool,
    sources_written: &[Option<Date>],
) -> Option<Date> {
    if from.is_some() || historical {
        return from;
    }
    sources_written
        .iter()
        .flatten()
        .copied()
        .fold(None, |best: Option<Date>, d| match best {
            Some(b) if b.first_day() <= d.first_day() => Some(b),
            _ => Some(d),
        })
}

/// The slider's position for the date `asof` among `steps` (in time order): the last
/// step that starts on or before it (the first step for a date before them all), or
/// one past the last step for no date (every date).
pub fn step_of(steps: &[Date], asof: Option<Date>) -> usize {
    asof.map_or(steps.len(), |d| {
        steps
            .iter()
            .rposition(|x| x.first_day() <= d.first_day())
            .unwrap_or(0)
    })
}

// ---- The actors of the ties drawn ---------------------------------------------------

/// One actor drawn: the entity its ties attach to (its own index, or its state's for a
/// person drawn with it), how many tie ends it has (a self-tie counts twice), and the
/// other entities drawn with it, in order of appearance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gathered {
    /// The entity index the node stands at.
    pub at: u16,
    /// Tie ends at the node.
    pub ties: u16,
    /// Entities drawn with it (not `at` itself), without repeats.
    pub with: Vec<u16>,
}

/// The actors drawn for a set of ties, given each tie's two ends as (node, entity): the
/// entity index the end attaches to, and the entity the tie names there. Nodes come in
/// order of first appearance; the second result gives, for each entity index below `n`,
/// the position of its node (`u16::MAX` when it has none). Nodes at or above `n` are
/// gathered but not indexed.
pub fn gather(ends: &[[(u16, u16); 2]], n: usize) -> (Vec<Gathered>, Vec<u16>) {
    let mut nodes: Vec<Gathered> = Vec::new();
    let mut slot = vec![u16::MAX; n];
    for &(at, e) in ends.iter().flatten() {
        let i = match slot.get(usize::from(at)).copied() {
            Some(i) if i != u16::MAX => usize::from(i),
            _ => {
                let i = nodes.iter().position(|g| g.at == at).unwrap_or(nodes.len());
                if i == nodes.len() {
                    nodes.push(Gathered {
                        at,
                        ..Gathered::default()
                    });
                }
                if let Some(s) = slot.get_mut(usize::from(at)) {
                    *s = i as u16;
                }
                i
            }
        };
        let g = &mut nodes[i];
        g.ties = g.ties.saturating_add(1);
        if e != at && !g.with.contains(&e) {
            g.with.push(e);
        }
    }
    (nodes, slot)
}

/// The order in which to place the labels of nodes with these tie counts: the busiest
/// first, equal counts in their given order.
pub fn busiest_first(ties: &[u16]) -> Vec<usize> {
    let max = ties.iter().copied().max().unwrap_or(0);
    let all: Vec<usize> = (0..ties.len()).collect();
    counting_sort(&all, |i| max - ties[i])
}

// ---- Parallel ties curve apart ------------------------------------------------------

/// How far each tie bends so that ties between the same two actors do not cover each
/// other, given each tie's two endpoint entity indices in tie order. The ties of one
/// unordered pair get 0, 1, −1, 2, −2, … in order of appearance (a lone tie gets 0, a
/// straight line).
///
/// The side is defined for the pair ordered (min, max): a bend `k` of the tie (a, b)
/// with a < b bows to the left of a → b for k > 0 (see [`curve`]), and the tie (b, a)
/// gets −k, so that drawn from b to a it bows to the same side. The values are what
/// [`curve`] takes for each tie drawn in its own direction; two ties of one pair never
/// coincide, whichever way each points. Bends stop at ±127 (the 254th tie of a pair).
pub fn bends(pairs: &[(u16, u16)]) -> Vec<i8> {
    let key = |i: usize| {
        let (a, b) = pairs[i];
        (a.min(b), a.max(b))
    };
    // The ties grouped by pair, each group in tie order: two stable counting sorts (by
    // the larger end, then the smaller), linear where a comparison sort is not and far
    // smaller in the wasm than the standard library's sorts.
    let all: Vec<usize> = (0..pairs.len()).collect();
    let by_hi = counting_sort(&all, |i| key(i).1);
    let order = counting_sort(&by_hi, |i| key(i).0);
    let mut out = vec![0i8; pairs.len()];
    let mut k = 0usize;
    for (j, &i) in order.iter().enumerate() {
        k = if j > 0 && key(order[j - 1]) == key(i) {
            k + 1
        } else {
            0
        };
        // 0, 1, -1, 2, -2, …
        let m = k.div_ceil(2).min(127) as i8;
        let bend = if k % 2 == 1 { m } else { -m };
        out[i] = if pairs[i].0 > pairs[i].1 { -bend } else { bend };
    }
    out
}

/// `items` stably sorted by `key`.
fn counting_sort(items: &[usize], key: impl Fn(usize) -> u16) -> Vec<usize> {
    let max = items.iter().map(|&i| key(i)).max().unwrap_or(0);
    let mut start = vec![0usize; usize::from(max) + 2];
    for &i in items {
        start[usize::from(key(i)) + 1] += 1;
    }
    for k in 1..start.len() {
        start[k] += start[k - 1];
    }
    let mut out = vec![0; items.len()];
    for &i in items {
        let s = &mut start[usize::from(key(i))];
        out[*s] = i;
        *s += 1;
    }
    out
}

// ---- One edge per pair --------------------------------------------------------------

/// The nodes relation `r` is drawn between in `l` (source end first, each as
/// [`anchor`] places it: a person with their state), when both ends are drawn.
pub fn relation_ends(
    c: &crate::model::Corpus,
    l: &Layout,
    r: crate::model::RelationId,
) -> Option<(u16, u16)> {
    let rel = c.relation(r);
    let node = |e: crate::model::EntityId| anchor(l, e.0, c.entity(e).leader_of.map(|s| s.0));
    Some((node(rel.source)?, node(rel.target)?))
}

/// The node entity `e` is drawn at in `l`: its own spot, or, for a person drawn with
/// their state, that state's (`state`: the person's `leader_of`) when it is drawn;
/// `None` when it is not drawn.
pub fn anchor(l: &Layout, e: u16, state: Option<u16>) -> Option<u16> {
    match l.spot(usize::from(e)).how {
        Placed::Absent => None,
        Placed::WithState => state.filter(|&s| l.spot(usize::from(s)).is_drawn()),
        _ => Some(e),
    }
}

/// A tie as the map draws it: an id of the caller's (the relation's row), the nodes at
/// its two ends (entity indices, source first), its type and status (as indices of
/// their vocabularies) and whether it has ended by the date shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TieEnds {
    pub id: u16,
    pub a: u16,
    pub b: u16,
    pub kind: u8,
    pub status: u8,
    pub ended: bool,
}

/// One edge of the map: every tie between two nodes (by default), or one tie ("Show
/// every relation").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edge {
    /// The first tie's id (the tie itself, one by one): what keeps its place in a keyed
    /// list.
    pub id: u16,
    /// The two nodes: the smaller entity index first for a pair; source, target for one
    /// tie.
    pub a: u16,
    pub b: u16,
    /// How many ties it stands for.
    pub n: u16,
    /// How many of each type (type, count), the most first, equal counts in type order:
    /// the first is the type it is coloured by.
    pub kinds: Vec<(u8, u16)>,
    /// The status its ties share, if they share one (it is dashed by it).
    pub status: Option<u8>,
    /// Whether every tie it stands for has ended by the date shown.
    pub ended: bool,
    /// How far it bends ([`bends`]: parallel ties, one by one; 0 for a pair).
    pub bend: i8,
}

impl Edge {
    /// The type it is coloured by: the most frequent, the first in type order of equals.
    pub fn dominant(&self) -> u8 {
        self.kinds.first().map_or(0, |k| k.0)
    }
}

/// The edges drawn for `ties` (in their order): one per unordered pair of nodes, in
/// order of the pair's first tie, with its counts per type; or, `every`, one per tie,
/// bent apart as [`bends`] says.
pub fn edges(ties: &[TieEnds], every: bool) -> Vec<Edge> {
    if every {
        let pairs: Vec<(u16, u16)> = ties.iter().map(|t| (t.a, t.b)).collect();
        return ties
            .iter()
            .zip(bends(&pairs))
            .map(|(t, bend)| Edge {
                id: t.id,
                a: t.a,
                b: t.b,
                n: 1,
                kinds: vec![(t.kind, 1)],
                status: Some(t.status),
                ended: t.ended,
                bend,
            })
            .collect();
    }
    let key = |t: &TieEnds| (t.a.min(t.b), t.a.max(t.b));
    // The ties grouped by pair in order of first appearance (two stable sorts, as in
    // `bends`, then the groups ordered by their first tie).
    let all: Vec<usize> = (0..ties.len()).collect();
    let by_hi = counting_sort(&all, |i| key(&ties[i]).1);
    let order = counting_sort(&by_hi, |i| key(&ties[i]).0);
    let mut out: Vec<(usize, Edge)> = Vec::new();
    for (j, &i) in order.iter().enumerate() {
        let t = &ties[i];
        if j == 0 || key(&ties[order[j - 1]]) != key(t) {
            let (a, b) = key(t);
            out.push((
                i,
                Edge {
                    id: t.id,
                    a,
                    b,
                    n: 0,
                    kinds: Vec::new(),
                    status: Some(t.status),
                    ended: true,
                    bend: 0,
                },
            ));
        }
        let Some((_, e)) = out.last_mut() else {
            continue;
        };
        e.n = e.n.saturating_add(1);
        e.ended &= t.ended;
        if e.status != Some(t.status) {
            e.status = None;
        }
        match e.kinds.iter_mut().find(|k| k.0 == t.kind) {
            Some(k) => k.1 = k.1.saturating_add(1),
            None => e.kinds.push((t.kind, 1)),
        }
    }
    for (_, e) in &mut out {
        // Most first, equal counts in type order (an insertion sort: a handful of types).
        let k = &mut e.kinds;
        for i in 1..k.len() {
            let mut j = i;
            while j > 0 && (k[j].1 > k[j - 1].1 || (k[j].1 == k[j - 1].1 && k[j].0 < k[j - 1].0)) {
                k.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let firsts: Vec<usize> = out.iter().map(|(i, _)| *i).collect();
    let order = counting_sort(&(0..out.len()).collect::<Vec<_>>(), |g| {
        u16::try_from(firsts[g]).unwrap_or(u16::MAX)
    });
    let mut groups: Vec<Option<Edge>> = out.into_iter().map(|(_, e)| Some(e)).collect();
    order.into_iter().filter_map(|g| groups[g].take()).collect()
}

// ---- A keyed list drawn a few items a frame --------------------------------------

/// What a keyed list of marks shows on its way to the marks it should show: the items in
/// the order they were first shown (so that the list only removes and appends: Leptos's
/// keyed diff moves in the page every item after one inserted before it, which costs
/// and takes focus from a moved element); for each index, whether its item is on its way
/// out (drawn hidden until it is removed); and whether it has arrived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown<T> {
    pub items: Vec<T>,
    pub going: Vec<bool>,
    pub done: bool,
}

impl<T> Shown<T> {
    /// Whether the item of index `i` is on its way out.
    pub fn is_going(&self, i: usize) -> bool {
        self.going.get(i).copied().unwrap_or(false)
    }
}

/// One step from `prev` towards `next` (items matched by `index`, below `n`): the items
/// of `prev` that `next` has stay where they are (shown again if they were going), with
/// `next`'s value while the `add` budget lasts (a new value is an item drawn again: the
/// first ones take it, the others keep theirs for the next steps); of the others, the
/// first `remove` are removed and the rest stay, hidden, for the next steps; then as
/// many of the items of `next` not shown as the `add` budget has left are appended, in
/// `next`'s order. With budgets as large as the lists, one step arrives. Steps of a few
/// items keep each frame's work small at any corpus size.
pub fn step_toward<T: Clone + PartialEq>(
    prev: &[T],
    next: &[T],
    n: usize,
    index: impl Fn(&T) -> usize,
    (add, remove): (usize, usize),
) -> Shown<T> {
    let mut at = vec![usize::MAX; n];
    for (j, t) in next.iter().enumerate() {
        if let Some(a) = at.get_mut(index(t)) {
            *a = j;
        }
    }
    let mut taken = vec![false; next.len()];
    let mut going = vec![false; n];
    let mut items = Vec::with_capacity(next.len().max(prev.len()));
    let mut removed = 0;
    let mut added = 0;
    let mut left = false;
    for p in prev {
        let i = index(p);
        let j = at.get(i).copied().unwrap_or(usize::MAX);
        match (next.get(j), taken.get(j)) {
            // Still drawn, with the same value.
            (Some(t), Some(false)) if t == p => {
                items.push(t.clone());
                taken[j] = true;
            }
            // With another value: drawn again in its place within the budget, else it
            // keeps its value for a next step.
            (Some(t), Some(false)) => {
                taken[j] = true;
                if added < add {
                    added += 1;
                    items.push(t.clone());
                } else {
                    items.push(p.clone());
                    left = true;
                }
            }
            (Some(_), _) => {}
            // Gone from `next`: removed within the budget, else hidden (an index out of
            // range is removed at once: it has no flag).
            _ if removed < remove || i >= n || going[i] => removed += 1,
            _ => {
                items.push(p.clone());
                going[i] = true;
                left = true;
            }
        }
    }
    let mut new = next.iter().zip(&taken).filter(|(_, &k)| !k).map(|(t, _)| t);
    items.extend(new.by_ref().take(add - added).cloned());
    let waiting = new.next().is_some();
    Shown {
        items,
        going,
        done: !left && !waiting,
    }
}

// ---- Edge geometry ------------------------------------------------------------------

/// A quadratic Bézier curve in integer units: `M x0 y0 Q cx cy x1 y1` in SVG.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Curve {
    /// Start, x.
    pub x0: i32,
    /// Start, y.
    pub y0: i32,
    /// Control point, x.
    pub cx: i32,
    /// Control point, y.
    pub cy: i32,
    /// End, x.
    pub x1: i32,
    /// End, y.
    pub y1: i32,
}

/// Nearest integer (halves up): `floor(v + 0.5)` is one wasm instruction, `round` is not;
/// `as` saturates, so NaN and huge values do not panic.
fn px(v: f64) -> i32 {
    (v + 0.5).floor() as i32
}

/// The tie from the node at `a` (radius `r0`) to the node at `b` (radius `r1`) as a
/// quadratic Bézier whose control point is `bend × spread` units from the midpoint of
/// a → b, perpendicular to it: to the left of a → b as drawn (y downwards) when
/// `bend × spread > 0`. With bend 0 it is a straight line, its control point the
/// midpoint of its ends.
///
/// The ends are pulled back along the curve's end tangents (start towards the control
/// point, end away from it) by `r0` at `a` and `r1` at `b`, so an arrowhead at the end
/// touches `b`'s circle rather than its centre. A pull-back is at most the distance from
/// its end to the control point (negative radii count as 0), so the ends never pass
/// it: nodes that overlap give a short or zero-length curve, never a reversed one.
///
/// When `a == b` (a self-tie, or two actors at one spot) it is a loop above the point:
/// the ends where the circles of radius `r0` (start, on the left) and `r1` (end, on the
/// right) meet the lines 45° either side of straight up, the control point straight up
/// at `max(r0, r1) + |spread| × (1 + k)`, where k numbers the bends 0, 1, −1, 2, −2, …
/// as 0, 1, 2, 3, 4, … so each tie of the pair has a loop of its own. With radii and
/// spread 0 that is a zero-length curve at the point.
pub fn curve(a: (i32, i32), b: (i32, i32), bend: i8, spread: i32, r0: i32, r1: i32) -> Curve {
    let (ax, ay) = (f64::from(a.0), f64::from(a.1));
    let (bx, by) = (f64::from(b.0), f64::from(b.1));
    let (r0, r1) = (f64::from(r0.max(0)), f64::from(r1.max(0)));
    let (dx, dy) = (bx - ax, by - ay);
    let len = (dx * dx + dy * dy).sqrt();
    if len == 0.0 {
        let k = if bend > 0 {
            2 * i32::from(bend) - 1
        } else {
            -2 * i32::from(bend)
        };
        let h = r0.max(r1) + f64::from(spread).abs() * f64::from(1 + k);
        let s = std::f64::consts::FRAC_1_SQRT_2;
        return Curve {
            x0: px(ax - r0 * s),
            y0: px(ay - r0 * s),
            cx: a.0,
            cy: px(ay - h),
            x1: px(ax + r1 * s),
            y1: px(ay - r1 * s),
        };
    }
    // The left normal of a → b on screen (y downwards): (uy, -ux).
    let off = f64::from(bend) * f64::from(spread);
    let (cx, cy) = (
        (ax + bx) / 2.0 + off * dy / len,
        (ay + by) / 2.0 - off * dx / len,
    );
    // Pull each end towards the control point along its tangent, at most up to it.
    let pull = |(x, y): (f64, f64), r: f64| {
        let (tx, ty) = (cx - x, cy - y);
        let t = (tx * tx + ty * ty).sqrt();
        if t == 0.0 {
            (x, y)
        } else {
            let f = r.min(t) / t;
            (x + tx * f, y + ty * f)
        }
    };
    let (s, e) = (pull((ax, ay), r0), pull((bx, by), r1));
    let (cx, cy) = if off == 0.0 {
        ((s.0 + e.0) / 2.0, (s.1 + e.1) / 2.0)
    } else {
        (cx, cy)
    };
    Curve {
        x0: px(s.0),
        y0: px(s.1),
        cx: px(cx),
        cy: px(cy),
        x1: px(e.0),
        y1: px(e.1),
    }
}

// ---- Keyboard: the nearest actor in a direction -------------------------------------

/// A direction on screen (y downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Towards smaller x.
    Left,
    /// Towards larger x.
    Right,
    /// Towards smaller y.
    Up,
    /// Towards larger y.
    Down,
}

/// The point an arrow key moves to from `points[from]`: the nearest other point in the
/// 90° cone about `dir` (its distance ahead positive and at least its distance off the
/// axis, so a point exactly diagonal is in two cones). Nearest means the smallest
/// `distance + 2 × off-axis distance`, so a point straight ahead beats one as far away
/// but off to the side; equal scores go to the lower index. Points at `from`'s very
/// position are skipped. `None` when nothing lies in the cone or `from` is out of range.
pub fn nearest(points: &[(i32, i32)], from: usize, dir: Dir) -> Option<usize> {
    let &(x0, y0) = points.get(from)?;
    let mut best: Option<(f64, usize)> = None;
    for (i, &(x, y)) in points.iter().enumerate() {
        let (dx, dy) = (i64::from(x) - i64::from(x0), i64::from(y) - i64::from(y0));
        let (ahead, off) = match dir {
            Dir::Right => (dx, dy.abs()),
            Dir::Left => (-dx, dy.abs()),
            Dir::Down => (dy, dx.abs()),
            Dir::Up => (-dy, dx.abs()),
        };
        if ahead <= 0 || off > ahead {
            continue; // behind, beside, at the same spot, or outside the cone
        }
        let (ahead, off) = (ahead as f64, off as f64);
        let score = (ahead * ahead + off * off).sqrt() + 2.0 * off;
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

// ---- Pan and zoom -------------------------------------------------------------------

/// The zoom factor of one button or key press.
pub const ZOOM_STEP: f64 = 1.25;
/// How far a [`Viewport`] zooms in: this many times the fit scale.
pub const MAX_ZOOM: f64 = 8.0;

/// A content box `w × h` (viewBox units) shown in a screen box `sw × sh` (px): screen =
/// content × scale + translation.
///
/// Clamps: the scale stays between the fit scale (the whole content shown, as
/// [`Viewport::new`] gives) and [`MAX_ZOOM`] times it. On each axis where the scaled
/// content is no longer than the screen it is centred; where it is longer, it covers
/// the screen (no empty margin), so the content never leaves the screen and what is at
/// its edge can always be brought into view. At the fit scale the view is therefore
/// always the fitted one: panning changes nothing, and zooming out all the way returns
/// to it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    w: f64,
    h: f64,
    sw: f64,
    sh: f64,
    fit: f64,
    scale: f64,
    tx: f64,
    ty: f64,
}

/// The box a view frames around `points` (content units; a point given k times weighs
/// k): around the nearest `share` of their weight (1: all of them) to their weighted
/// median, near meaning within the least distance on either axis (in proportion to
/// `bounds`), so that a dense cluster fills the view and the few far points are left
/// out, to be drawn at its edge. The box of those points gets `margin` on every side,
/// grows about its centre to at least `min` (width, height), and moves (not shrinks) to
/// lie inside `0..bounds.0 × 0..bounds.1`; on an axis where it is as long as the bounds,
/// it is the bounds. `None` without points. As `(x0, y0, x1, y1)`, for
/// [`Viewport::framed`].
pub fn frame_box(
    points: &[(i32, i32)],
    share: f64,
    margin: i32,
    min: (i32, i32),
    bounds: (i32, i32),
) -> Option<(i32, i32, i32, i32)> {
    if points.is_empty() {
        return None;
    }
    // The k-th smallest of values in 0..=max (counted, not sorted: linear).
    let kth = |values: &mut dyn Iterator<Item = usize>, k: usize, max: usize| {
        let mut n = vec![0usize; max + 1];
        for v in values {
            n[v.min(max)] += 1;
        }
        let mut seen = 0;
        n.iter()
            .position(|&c| {
                seen += c;
                seen > k
            })
            .unwrap_or(max)
    };
    let half = points.len() / 2;
    let at = |v: i32, end: i32| v.clamp(0, end.max(0)) as usize;
    let (ex, ey) = (bounds.0.max(0) as usize, bounds.1.max(0) as usize);
    let mx = kth(&mut points.iter().map(|p| at(p.0, bounds.0)), half, ex) as i32;
    let my = kth(&mut points.iter().map(|p| at(p.1, bounds.1)), half, ey) as i32;
    // Distances in thousandths of the bounds, so that both axes count alike.
    let (bw, bh) = (i64::from(bounds.0.max(1)), i64::from(bounds.1.max(1)));
    let far = |&(x, y): &(i32, i32)| {
        let dx = i64::from((x - mx).abs()) * 1000 / bw;
        let dy = i64::from((y - my).abs()) * 1000 / bh;
        dx.max(dy).min(1000) as usize
    };
    let keep = ((points.len() as f64) * share.clamp(0.0, 1.0)).ceil() as usize;
    // Every point as near as the last one kept is kept too.
    let edge = kth(
        &mut points.iter().map(far),
        keep.clamp(1, points.len()) - 1,
        1000,
    );
    let near: Vec<(i32, i32)> = points.iter().copied().filter(|p| far(p) <= edge).collect();
    let (&(x, y), rest) = near.split_first()?;
    let (mut x0, mut y0, mut x1, mut y1) = (x, y, x, y);
    for &(x, y) in rest {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let axis = |lo: i32, hi: i32, min: i32, end: i32| {
        let (mut lo, mut hi) = (lo - margin, hi + margin);
        let short = min - (hi - lo);
        if short > 0 {
            lo -= short / 2;
            hi += short - short / 2;
        }
        // Inside 0..end: the whole of it when it is as long, else slid in.
        if hi - lo >= end {
            return (0, end);
        }
        if hi > end {
            (lo, hi) = (lo - (hi - end), end);
        }
        if lo < 0 {
            (lo, hi) = (0, hi - lo);
        }
        (lo, hi)
    };
    let (x0, x1) = axis(x0, x1, min.0, bounds.0);
    let (y0, y1) = axis(y0, y1, min.1, bounds.1);
    Some((x0, y0, x1, y1))
}

/// Moves the points outside the box `(x0, y0, x1, y1)` onto its border, where the line
/// from its centre to each meets it, then spreads those along the border, in the order
/// they lie around it (clockwise from the top left corner), at least `gap` apart where
/// the border is long enough: the actors beyond the view drawn at its edge, where their
/// ties lead. Points inside are left alone. Returns which points moved.
pub fn pin_to_edge(points: &mut [(i32, i32)], rect: (i32, i32, i32, i32), gap: i32) -> Vec<bool> {
    let (x0, y0, x1, y1) = rect;
    let (w, h) = ((x1 - x0).max(0), (y1 - y0).max(0));
    let (cx, cy) = (f64::from(x0 + x1) / 2.0, f64::from(y0 + y1) / 2.0);
    let inside = |&(x, y): &(i32, i32)| x >= x0 && x <= x1 && y >= y0 && y <= y1;
    let moved: Vec<bool> = points.iter().map(|p| !inside(p)).collect();
    // Each moved point as its distance along the border.
    let mut along: Vec<(i32, usize)> = Vec::new();
    for (i, p) in points.iter_mut().enumerate().filter(|(i, _)| moved[*i]) {
        let (dx, dy) = (f64::from(p.0) - cx, f64::from(p.1) - cy);
        let tx = if dx == 0.0 {
            f64::INFINITY
        } else {
            f64::from(w) / 2.0 / dx.abs()
        };
        let ty = if dy == 0.0 {
            f64::INFINITY
        } else {
            f64::from(h) / 2.0 / dy.abs()
        };
        let t = tx.min(ty).min(1.0);
        let (x, y) = (
            ((cx + dx * t).round() as i32).clamp(x0, x1),
            ((cy + dy * t).round() as i32).clamp(y0, y1),
        );
        let s = if y == y0 {
            x - x0
        } else if x == x1 {
            w + (y - y0)
        } else if y == y1 {
            w + h + (x1 - x)
        } else {
            2 * w + h + (y1 - y)
        };
        along.push((s, i));
    }
    let perimeter = 2 * (w + h);
    crate::small_sort::sort_by_key(&mut along, |a| a.0);
    let n = along.len() as i32;
    let gap = if n > 0 { gap.min(perimeter / n) } else { gap };
    for k in 1..along.len() {
        along[k].0 = along[k].0.max(along[k - 1].0 + gap);
    }
    for (s, i) in along {
        let s = s.rem_euclid(perimeter.max(1));
        points[i] = if s <= w {
            (x0 + s, y0)
        } else if s <= w + h {
            (x1, y0 + s - w)
        } else if s <= 2 * w + h {
            (x1 - (s - w - h), y1)
        } else {
            (x0, y1 - (s - 2 * w - h))
        };
    }
    moved
}

impl Viewport {
    /// The content fitted to the screen: scale `min(sw / w, sh / h)`, centred. Sizes
    /// under 1 count as 1 (a hidden element has no size).
    pub fn new(w: i32, h: i32, sw: i32, sh: i32) -> Self {
        let [w, h, sw, sh] = [w, h, sw, sh].map(|v| f64::from(v.max(1)));
        let fit = (sw / w).min(sh / h);
        Viewport {
            w,
            h,
            sw,
            sh,
            fit,
            scale: fit,
            tx: 0.0,
            ty: 0.0,
        }
        .clamped()
    }

    /// The box from `(x0, y0)` to `(x1, y1)` shown as large as the screen holds it,
    /// centred (within the clamps: never smaller than the fit, nor past [`MAX_ZOOM`]):
    /// the framing a view opens at and "Reset view" returns to.
    pub fn framed(self, x0: i32, y0: i32, x1: i32, y1: i32) -> Self {
        let (bw, bh) = (
            f64::from((x1 - x0).abs().max(1)),
            f64::from((y1 - y0).abs().max(1)),
        );
        let scale = (self.sw / bw).min(self.sh / bh);
        let scale = scale.max(self.fit).min(self.fit * MAX_ZOOM);
        Viewport { scale, ..self }.centred_on((x0 + x1) / 2, (y0 + y1) / 2)
    }

    /// The translation kept within the clamps (see the type's doc).
    fn clamped(mut self) -> Self {
        let axis = |t: f64, content: f64, screen: f64| {
            if content <= screen {
                (screen - content) / 2.0
            } else {
                t.max(screen - content).min(0.0)
            }
        };
        self.tx = axis(self.tx, self.w * self.scale, self.sw);
        self.ty = axis(self.ty, self.h * self.scale, self.sh);
        self
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping the content under the screen point
    /// `(at_x, at_y)` there, unless a clamp moves it. A factor that is not > 0 changes
    /// nothing.
    pub fn zoom(self, factor: f64, at_x: i32, at_y: i32) -> Self {
        if factor.is_nan() || factor <= 0.0 {
            return self;
        }
        let scale = (self.scale * factor).max(self.fit).min(self.fit * MAX_ZOOM);
        let (ax, ay) = (f64::from(at_x), f64::from(at_y));
        let k = scale / self.scale;
        Viewport {
            scale,
            tx: ax - (ax - self.tx) * k,
            ty: ay - (ay - self.ty) * k,
            ..self
        }
        .clamped()
    }

    /// One [`ZOOM_STEP`] in, about the centre of the screen.
    pub fn zoom_in(self) -> Self {
        let (x, y) = self.centre();
        self.zoom(ZOOM_STEP, x, y)
    }

    /// One [`ZOOM_STEP`] out, about the centre of the screen.
    pub fn zoom_out(self) -> Self {
        let (x, y) = self.centre();
        self.zoom(1.0 / ZOOM_STEP, x, y)
    }

    /// Panned as when dragging: the content moves `dx`, `dy` screen px (within the
    /// clamps).
    pub fn pan(self, dx: i32, dy: i32) -> Self {
        Viewport {
            tx: self.tx + f64::from(dx),
            ty: self.ty + f64::from(dy),
            ..self
        }
        .clamped()
    }

    /// The same scale with the content point `(x, y)` as near the centre of the screen
    /// as the clamps allow (to bring a focused actor into view).
    pub fn centred_on(self, x: i32, y: i32) -> Self {
        Viewport {
            tx: self.sw / 2.0 - f64::from(x) * self.scale,
            ty: self.sh / 2.0 - f64::from(y) * self.scale,
            ..self
        }
        .clamped()
    }

    /// The same view on a screen resized to `sw × sh`: the same zoom relative to the
    /// fit scale, about the content point that was at the centre.
    pub fn resized(self, sw: i32, sh: i32) -> Self {
        let fitted = Viewport::new(self.w as i32, self.h as i32, sw, sh);
        let zoom = self.scale / self.fit;
        let (x, y) = self.centre();
        let (cx, cy) = self.to_content(x, y);
        Viewport {
            scale: fitted.fit * zoom,
            ..fitted
        }
        .centred_on(cx, cy)
    }

    /// The centre of the screen, in px.
    fn centre(&self) -> (i32, i32) {
        (px(self.sw / 2.0), px(self.sh / 2.0))
    }

    /// The screen px of the content point `(x, y)`.
    pub fn to_screen(&self, x: i32, y: i32) -> (i32, i32) {
        (
            px(f64::from(x) * self.scale + self.tx),
            px(f64::from(y) * self.scale + self.ty),
        )
    }

    /// The content point under the screen px `(sx, sy)`.
    pub fn to_content(&self, sx: i32, sy: i32) -> (i32, i32) {
        (
            px((f64::from(sx) - self.tx) / self.scale),
            px((f64::from(sy) - self.ty) / self.scale),
        )
    }

    /// Screen px per content unit.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// The screen box, in px.
    pub fn screen(&self) -> (i32, i32) {
        (px(self.sw), px(self.sh))
    }

    /// Whether `other` shows the same content box on the same screen, so a view kept
    /// from an earlier draw still applies (a resize or another layout gives a new one).
    pub fn same_frame(&self, other: &Viewport) -> bool {
        (self.w, self.h, self.sw, self.sh) == (other.w, other.h, other.sw, other.sh)
    }

    /// Whether this is the fitted view (nothing to zoom out or reset).
    pub fn is_fit(&self) -> bool {
        self.scale <= self.fit * (1.0 + 1e-9)
    }

    /// Whether zooming in would change anything (to disable the button).
    pub fn can_zoom_in(&self) -> bool {
        self.scale < self.fit * MAX_ZOOM * (1.0 - 1e-9)
    }

    /// The view as integers for the SVG: `(translate x px, translate y px, scale ×
    /// 1000)`, for a group drawn in content units, written as
    /// `translate(tx ty) scale(s / 1000)` in an SVG whose user units are screen px.
    pub fn svg_transform(&self) -> (i32, i32, i32) {
        (px(self.tx), px(self.ty), px(self.scale * 1000.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_toward_keeps_the_order_and_moves_by_its_budget() {
        let id = |t: &(u8, char)| usize::from(t.0);
        const ALL: (usize, usize) = (99, 99);
        // (previous, next, budget (add, remove), shown, going indices, done): items are
        // (index, value).
        type Items = &'static [(u8, char)];
        type Case = (Items, Items, (usize, usize), Items, &'static [usize], bool);
        let cases: &[Case] = &[
            (
                &[],
                &[(2, 'a'), (0, 'b')],
                ALL,
                &[(2, 'a'), (0, 'b')],
                &[],
                true,
            ),
            (
                &[(0, 'a'), (1, 'b'), (2, 'c')],
                &[(0, 'a'), (2, 'c')],
                ALL,
                &[(0, 'a'), (2, 'c')],
                &[],
                true,
            ),
            // New items go last, whatever their place in `next`.
            (
                &[(2, 'c'), (5, 'e')],
                &[(1, 'a'), (2, 'c'), (3, 'd'), (5, 'e')],
                ALL,
                &[(2, 'c'), (5, 'e'), (1, 'a'), (3, 'd')],
                &[],
                true,
            ),
            // The previous order wins over `next`'s; the values are `next`'s.
            (
                &[(3, 'x'), (1, 'y'), (4, 'w')],
                &[(1, 'Y'), (4, 'w'), (3, 'x'), (0, 'z')],
                ALL,
                &[(3, 'x'), (1, 'Y'), (4, 'w'), (0, 'z')],
                &[],
                true,
            ),
            // Indices out of range are appended as new; repeats in `prev` count once.
            (
                &[(1, 'a'), (1, 'a'), (9, 'q')],
                &[(9, 'q'), (1, 'a')],
                ALL,
                &[(1, 'a'), (9, 'q')],
                &[],
                true,
            ),
            (&[(0, 'a')], &[], ALL, &[], &[], true),
            // A few a step: the first two new ones appended, not yet done.
            (
                &[(0, 'a')],
                &[(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd')],
                (2, 0),
                &[(0, 'a'), (1, 'b'), (2, 'c')],
                &[],
                false,
            ),
            // Removing within the budget: the first one gone, the others hidden in place.
            (
                &[(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd')],
                &[(3, 'd')],
                (0, 1),
                &[(1, 'b'), (2, 'c'), (3, 'd')],
                &[1, 2],
                false,
            ),
            // The next step removes the hidden ones it can, and appends.
            (
                &[(1, 'b'), (2, 'c'), (3, 'd')],
                &[(3, 'd'), (4, 'e')],
                (1, 1),
                &[(2, 'c'), (3, 'd'), (4, 'e')],
                &[2],
                false,
            ),
            (
                &[(2, 'c'), (3, 'd'), (4, 'e')],
                &[(3, 'd'), (4, 'e')],
                (1, 1),
                &[(3, 'd'), (4, 'e')],
                &[],
                true,
            ),
            // A hidden item that `next` has again is shown again, where it was.
            (
                &[(1, 'b'), (2, 'c'), (3, 'd')],
                &[(3, 'd'), (1, 'b')],
                (0, 0),
                &[(1, 'b'), (2, 'c'), (3, 'd')],
                &[2],
                false,
            ),
            // An index with another value takes it in place, within the add budget...
            (
                &[(1, 'b'), (2, 'c')],
                &[(1, 'B')],
                (1, 0),
                &[(1, 'B'), (2, 'c')],
                &[2],
                false,
            ),
            // ...first come first: the others keep their value for a next step, and
            // what is new waits for the budget left.
            (
                &[(1, 'b'), (2, 'c'), (3, 'd')],
                &[(3, 'D'), (1, 'B'), (2, 'C'), (4, 'e')],
                (2, 0),
                &[(1, 'B'), (2, 'C'), (3, 'd')],
                &[],
                false,
            ),
            (
                &[(1, 'B'), (2, 'C'), (3, 'd')],
                &[(3, 'D'), (1, 'B'), (2, 'C'), (4, 'e')],
                (2, 0),
                &[(1, 'B'), (2, 'C'), (3, 'D'), (4, 'e')],
                &[],
                true,
            ),
            (
                &[(1, 'b'), (2, 'c')],
                &[(1, 'B'), (2, 'c')],
                (0, 0),
                &[(1, 'b'), (2, 'c')],
                &[],
                false,
            ),
        ];
        for (prev, next, budget, want, going, done) in cases {
            let s = step_toward(prev, next, 6, id, *budget);
            assert_eq!(s.items, *want, "{prev:?} -> {next:?} by {budget:?}");
            let g: Vec<usize> = (0..6).filter(|&i| s.is_going(i)).collect();
            assert_eq!(g, *going, "{prev:?} -> {next:?}: going");
            assert_eq!(s.done, *done, "{prev:?} -> {next:?}: done");
        }
    }

    #[test]
    fn step_toward_arrives_in_steps_of_its_budget() {
        // From 40 items to 30 others and 10 of them: each step adds at most 7 and removes
        // at most 5, never moves an item shown before another, and arrives.
        let id = |t: &u16| usize::from(*t);
        let prev: Vec<u16> = (0..40).collect();
        let next: Vec<u16> = (30..70).rev().collect();
        let mut shown = prev.clone();
        let mut steps = 0;
        loop {
            let s = step_toward(&shown, &next, 80, id, (7, 5));
            let kept: Vec<u16> = shown
                .iter()
                .copied()
                .filter(|t| s.items.contains(t))
                .collect();
            assert_eq!(
                &s.items[..kept.len()],
                &kept[..],
                "only removes and appends"
            );
            assert!(s.items.len() <= shown.len() + 7);
            assert!(shown.iter().filter(|t| !s.items.contains(t)).count() <= 5);
            shown = s.items;
            steps += 1;
            if s.done {
                break;
            }
            assert!(steps < 20);
        }
        let mut got = shown.clone();
        got.sort_unstable();
        assert_eq!(got, (30..70).collect::<Vec<_>>());
        assert_eq!(steps, 6, "30 to add, 7 a step");
        // Forty items each with a new value, and five new ones: at most 7 drawn (again)
        // a step, in place, and the new ones after them.
        let id = |t: &(u16, u8)| usize::from(t.0);
        let mut shown: Vec<(u16, u8)> = (0..40).map(|i| (i, 0)).collect();
        let next: Vec<(u16, u8)> = (0..45).map(|i| (i, 1)).collect();
        let mut steps = 0;
        loop {
            let s = step_toward(&shown, &next, 80, id, (7, 0));
            let redrawn = s.items.iter().filter(|t| !shown.contains(t)).count();
            assert!(redrawn <= 7, "{redrawn} drawn in a step");
            assert_eq!(
                s.items.iter().take(40).map(|t| t.0).collect::<Vec<_>>(),
                (0..40).collect::<Vec<_>>(),
                "in place"
            );
            shown = s.items;
            steps += 1;
            if s.done {
                break;
            }
            assert!(steps < 20);
        }
        assert_eq!(shown, next);
        assert_eq!(steps, 7, "45 to draw, 7 a step");
    }

    #[test]
    fn busiest_first_keeps_equal_counts_in_order() {
        // Table: tie counts → order.
        let cases: [(&[u16], &[usize]); 5] = [
            (&[], &[]),
            (&[3], &[0]),
            (&[1, 5, 2, 5], &[1, 3, 2, 0]),
            (&[2, 2, 2], &[0, 1, 2]),
            (&[0, u16::MAX, 7], &[1, 2, 0]),
        ];
        for (ties, order) in cases {
            assert_eq!(busiest_first(ties), order, "{ties:?}");
        }
    }

    #[test]
    fn step_of_finds_the_step_a_date_falls_in() {
        let (y, m, d) = (Date::year, Date::month, Date::day);
        let steps = [y(1991), y(2014), m(2024, 1), m(2024, 2), m(2024, 3)];
        // Table: date → step.
        let cases = [
            (None, 5),
            (Some(y(1991)), 0),
            (Some(y(1980)), 0),
            (Some(y(2000)), 0),
            (Some(y(2015)), 1),
            (Some(m(2024, 1)), 2),
            (Some(d(2024, 2, 14)), 3),
            (Some(y(2024)), 2),
            (Some(y(2030)), 4),
        ];
        for (asof, expected) in cases {
            assert_eq!(step_of(&steps, asof), expected, "{asof:?}");
        }
        assert_eq!(step_of(&[], Some(y(2024))), 0);
        assert_eq!(step_of(&[], None), 0);
    }

    #[test]
    fn gather_counts_ends_and_who_is_drawn_with_whom() {
        let g = |at: u16, ties: u16, with: &[u16]| Gathered {
            at,
            ties,
            with: with.to_vec(),
        };
        type Case = (&'static [[(u16, u16); 2]], Vec<Gathered>, Vec<u16>);
        // Table: ties' ends → nodes, slots (n = 4).
        let cases: [Case; 5] = [
            (&[], vec![], vec![u16::MAX; 4]),
            (
                &[[(0, 0), (1, 1)]],
                vec![g(0, 1, &[]), g(1, 1, &[])],
                vec![0, 1, u16::MAX, u16::MAX],
            ),
            // A person (3) drawn at their state (1), twice: named once.
            (
                &[[(1, 3), (0, 0)], [(2, 2), (1, 3)], [(1, 1), (2, 2)]],
                vec![g(1, 3, &[3]), g(0, 1, &[]), g(2, 2, &[])],
                vec![1, 0, 2, u16::MAX],
            ),
            // A self-tie counts both ends.
            (
                &[[(2, 2), (2, 2)]],
                vec![g(2, 2, &[])],
                vec![u16::MAX, u16::MAX, 0, u16::MAX],
            ),
            // A node beyond `n` is gathered, not indexed.
            (
                &[[(9, 9), (0, 0)], [(0, 0), (9, 9)]],
                vec![g(9, 2, &[]), g(0, 2, &[])],
                vec![1, u16::MAX, u16::MAX, u16::MAX],
            ),
        ];
        for (ends, nodes, slots) in cases {
            assert_eq!(gather(ends, 4), (nodes, slots), "{ends:?}");
        }
    }

    #[test]
    fn force_follows_the_precision_of_both_dates() {
        let (y, m, d) = (Date::year, Date::month, Date::day);
        use Force::*;
        // Table: from, to, at → force.
        let cases = [
            // "Since 2024": in force during all of 2024, at any precision.
            (Some(y(2024)), None, m(2024, 6), InForce),
            (Some(y(2024)), None, d(2024, 1, 1), InForce),
            (Some(y(2024)), None, y(2024), InForce),
            (Some(y(2024)), None, d(2023, 12, 31), NotYet),
            (Some(y(2024)), None, y(2023), NotYet),
            // "To 1991": in force to the end of 1991.
            (None, Some(y(1991)), m(1991, 12), InForce),
            (None, Some(y(1991)), d(1991, 12, 31), InForce),
            (None, Some(y(1991)), y(1992), Ended),
            (None, Some(y(1991)), d(1992, 1, 1), Ended),
            // Months at both ends.
            (Some(m(2024, 6)), Some(m(2024, 12)), y(2024), InForce),
            (Some(m(2024, 6)), Some(m(2024, 12)), m(2024, 5), NotYet),
            (
                Some(m(2024, 6)),
                Some(m(2024, 12)),
                d(2024, 12, 31),
                InForce,
            ),
            (Some(m(2024, 6)), Some(m(2024, 12)), m(2025, 1), Ended),
            // A day-exact start is begun by the end of its month, not before its day.
            (Some(d(2024, 6, 19)), None, m(2024, 6), InForce),
            (Some(d(2024, 6, 19)), None, d(2024, 6, 18), NotYet),
            (Some(d(2024, 6, 19)), None, d(2024, 6, 19), InForce),
            // A one-day tie.
            (
                Some(d(2024, 6, 19)),
                Some(d(2024, 6, 19)),
                d(2024, 6, 20),
                Ended,
            ),
            // A leap day inside a month-exact end.
            (None, Some(m(2024, 2)), d(2024, 2, 29), InForce),
            // Undated at both ends: always.
            (None, None, y(1900), InForce),
            // A year-exact date overlapping a tie that ended within it.
            (Some(y(2022)), Some(m(2024, 6)), y(2024), InForce),
            // Reversed (the compiler rejects these): NotYet wins.
            (Some(y(2025)), Some(y(2020)), y(2022), NotYet),
        ];
        for (from, to, at, expected) in cases {
            assert_eq!(force(from, to, at), expected, "{from:?} {to:?} at {at}");
        }
    }

    #[test]
    fn bends_number_the_ties_of_each_pair() {
        let many: Vec<(u16, u16)> = vec![(3, 4); 300];
        let many_bends = bends(&many);
        // Table: ties → bends.
        type Case = (&'static [(u16, u16)], Vec<i8>);
        let cases: [Case; 7] = [
            (&[], vec![]),
            (&[(0, 1)], vec![0]),
            (&[(0, 1); 5], vec![0, 1, -1, 2, -2]),
            // Drawn b → a, the same sides take the opposite sign.
            (&[(1, 0); 3], vec![0, -1, 1]),
            (&[(0, 1), (1, 0)], vec![0, -1]),
            // Pairs interleaved, self-ties, indices at both ends of u16.
            (
                &[(0, 1), (2, 3), (1, 0), (3, 2), (0, 1), (5, 5), (5, 5)],
                vec![0, 0, -1, -1, -1, 0, 1],
            ),
            (&[(65535, 0), (0, 65535), (65535, 65535)], vec![0, 1, 0]),
        ];
        for (pairs, expected) in cases {
            assert_eq!(bends(pairs), expected, "{pairs:?}");
        }
        // Past ±127 the bends stop growing.
        assert_eq!(&many_bends[251..256], &[126, -126, 127, -127, 127]);
        assert_eq!(many_bends[299], 127);
    }

    /// Ties of one pair, whichever way each points, never share a control point.
    #[test]
    fn bent_ties_of_a_pair_never_coincide() {
        let pos = [(0, 0), (100, 40)];
        let ties: [(u16, u16); 7] = [(0, 1), (1, 0), (1, 0), (0, 1), (1, 0), (0, 1), (0, 1)];
        let controls: Vec<(i32, i32)> = ties
            .iter()
            .zip(bends(&ties))
            .map(|(&(a, b), k)| {
                let c = curve(pos[usize::from(a)], pos[usize::from(b)], k, 20, 0, 0);
                (c.cx, c.cy)
            })
            .collect();
        for (i, p) in controls.iter().enumerate() {
            assert!(!controls[..i].contains(p), "{controls:?}");
        }
    }

    fn c(x0: i32, y0: i32, cx: i32, cy: i32, x1: i32, y1: i32) -> Curve {
        Curve {
            x0,
            y0,
            cx,
            cy,
            x1,
            y1,
        }
    }

    #[test]
    fn curves_bend_to_the_left_and_stop_at_the_circles() {
        // Table: a, b, bend, spread, r0, r1 → curve.
        let cases = [
            // Straight, shortened by each radius; control at the middle of the new ends.
            ((0, 0), (100, 0), 0, 20, 10, 5, c(10, 0, 53, 0, 95, 0)),
            ((0, 0), (30, 40), 0, 20, 5, 10, c(3, 4, 14, 18, 24, 32)),
            ((0, 0), (0, 0), 0, 0, 0, 0, c(0, 0, 0, 0, 0, 0)),
            // Bend +1 is left of a → b on screen: up when going right, right going down.
            ((0, 0), (100, 0), 1, 20, 0, 0, c(0, 0, 50, -20, 100, 0)),
            ((0, 0), (100, 0), -1, 20, 0, 0, c(0, 0, 50, 20, 100, 0)),
            ((0, 0), (0, 100), 1, 20, 0, 0, c(0, 0, 20, 50, 0, 100)),
            ((0, 0), (0, 100), 2, 20, 0, 0, c(0, 0, 40, 50, 0, 100)),
            // Bent and shortened along the end tangents (45° here).
            ((0, 0), (100, 0), 1, 50, 10, 10, c(7, -7, 50, -50, 93, -7)),
            // Overlapping nodes: the ends stop at the control point, never cross.
            ((0, 0), (10, 0), 0, 20, 20, 20, c(5, 0, 5, 0, 5, 0)),
            ((0, 0), (100, 0), 1, 50, 500, 0, c(50, -50, 50, -50, 100, 0)),
            // Negative radii count as none.
            ((0, 0), (100, 0), 0, 20, -5, -5, c(0, 0, 50, 0, 100, 0)),
            // One spot: a loop above it, one size per bend, arrow end on the right.
            ((0, 0), (0, 0), 0, 20, 10, 10, c(-7, -7, 0, -30, 7, -7)),
            ((5, 5), (5, 5), 1, 20, 10, 10, c(-2, -2, 5, -45, 12, -2)),
            ((0, 0), (0, 0), -1, 20, 10, 10, c(-7, -7, 0, -70, 7, -7)),
            ((0, 0), (0, 0), 2, -20, 0, 10, c(0, 0, 0, -90, 7, -7)),
        ];
        for (a, b, bend, spread, r0, r1, expected) in cases {
            assert_eq!(
                curve(a, b, bend, spread, r0, r1),
                expected,
                "{a:?} → {b:?} bend {bend} spread {spread} r {r0} {r1}"
            );
        }
    }

    /// The same tie drawn the other way (with the opposite bend and radii swapped) is
    /// the same curve reversed.
    #[test]
    fn curves_are_symmetric() {
        let points = [(0, 0), (100, 0), (-37, 81), (250, -13), (5, 5)];
        for &a in &points {
            for &b in &points {
                if a == b {
                    continue;
                }
                for bend in [-3, -1, 0, 1, 2] {
                    let f = curve(a, b, bend, 17, 6, 9);
                    let r = curve(b, a, -bend, 17, 9, 6);
                    // Rounding the halves up may differ by a unit between directions.
                    let near = |p: i32, q: i32| (p - q).abs() <= 1;
                    assert!(
                        near(f.x0, r.x1)
                            && near(f.y0, r.y1)
                            && near(f.x1, r.x0)
                            && near(f.y1, r.y0)
                            && near(f.cx, r.cx)
                            && near(f.cy, r.cy),
                        "{a:?} {b:?} {bend}: {f:?} vs {r:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn extreme_curves_do_not_panic() {
        let (lo, hi) = (i32::MIN, i32::MAX);
        for (a, b) in [
            ((lo, lo), (hi, hi)),
            ((hi, 0), (lo, 0)),
            ((lo, hi), (lo, hi)),
        ] {
            for bend in [i8::MIN, 0, i8::MAX] {
                let _ = curve(a, b, bend, hi, hi, lo);
                let _ = curve(a, b, bend, lo, 0, hi);
            }
        }
    }

    #[test]
    fn nearest_prefers_points_straight_ahead() {
        let points = [
            (0, 0),    // 0
            (10, 0),   // 1: right, straight ahead
            (8, 6),    // 2: right, off the axis
            (0, -20),  // 3: up
            (-5, -30), // 4: up from 3
            (-30, 0),  // 5: left
            (0, 0),    // 6: at 0's spot
            (20, 25),  // 7: down, far
            (15, 15),  // 8: exactly diagonal: right and down
        ];
        use Dir::*;
        // Table: from, direction → nearest.
        let cases = [
            (0, Right, Some(1)),
            (0, Up, Some(3)),
            (0, Left, Some(5)),
            (0, Down, Some(8)),
            // The point at the same spot is skipped, whichever is the start.
            (6, Right, Some(1)),
            // 0 and 6 tie: the lower index.
            (1, Left, Some(0)),
            (3, Up, Some(4)),
            (5, Left, None),
            (4, Up, None),
            (8, Right, None),
            (8, Up, Some(2)),
            (7, Up, Some(8)),
            (9, Up, None),
        ];
        for (from, dir, expected) in cases {
            assert_eq!(nearest(&points, from, dir), expected, "{from} {dir:?}");
        }
        // Distance + 2 × off-axis: (30, 0) scores 30, (12, 9) 15 + 18, (10, 4) 10.8 + 8.
        let scored = [(0, 0), (30, 0), (12, 9)];
        assert_eq!(nearest(&scored, 0, Right), Some(1));
        assert_eq!(
            nearest(&[(0, 0), (30, 0), (12, 9), (10, 4)], 0, Right),
            Some(3)
        );
        // Mirror images tie: the lower index.
        assert_eq!(nearest(&[(0, 0), (10, 3), (10, -3)], 0, Right), Some(1));
        assert_eq!(nearest(&[(0, 0), (10, -3), (10, 3)], 0, Right), Some(1));
        assert_eq!(nearest(&[], 0, Right), None);
        assert_eq!(
            nearest(&[(i32::MIN, i32::MIN), (i32::MAX, i32::MAX)], 0, Down),
            Some(1)
        );
    }

    /// The map's viewBox (1000 × 500) on a square screen: it fits across.
    fn map() -> Viewport {
        Viewport::new(1000, 500, 800, 800)
    }

    /// The screen box the content covers: (left, top, right, bottom).
    fn drawn(v: &Viewport) -> (i32, i32, i32, i32) {
        let (l, t) = v.to_screen(0, 0);
        let (r, b) = v.to_screen(v.w as i32, v.h as i32);
        (l, t, r, b)
    }

    #[test]
    fn new_fits_and_centres_the_content() {
        // Table: content, screen → scale × 1000 and the box drawn.
        let cases = [
            ((1000, 500), (800, 800), (800, (0, 200, 800, 600))),
            ((1000, 500), (1000, 500), (1000, (0, 0, 1000, 500))),
            ((1000, 500), (2000, 500), (1000, (500, 0, 1500, 500))),
            ((400, 400), (1200, 600), (1500, (300, 0, 900, 600))),
            // No size yet: counted as 1 px, never a division by zero.
            ((1000, 500), (0, 0), (1, (0, 0, 1, 1))),
        ];
        for ((w, h), (sw, sh), (scale, rect)) in cases {
            let v = Viewport::new(w, h, sw, sh);
            assert_eq!(
                v.svg_transform(),
                (rect.0, rect.1, scale),
                "{w}×{h} on {sw}×{sh}"
            );
            assert_eq!(drawn(&v), rect, "{w}×{h} on {sw}×{sh}");
            assert!(v.is_fit() && v.can_zoom_in());
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        // ×4: 3200 × 1600 px over 800 × 800, far enough in that none of these zooms
        // reaches a clamp (zooming out from ×2 would: the map centres vertically).
        let start = map().zoom(4.0, 400, 400);
        for (sx, sy) in [(0, 0), (400, 400), (123, 456), (799, 799), (640, 210)] {
            for factor in [ZOOM_STEP, 2.0, 1.0 / ZOOM_STEP, 0.7] {
                let z = start.zoom(factor, sx, sy);
                let exact = |v: &Viewport| {
                    (
                        (f64::from(sx) - v.tx) / v.scale,
                        (f64::from(sy) - v.ty) / v.scale,
                    )
                };
                let (before, after) = (exact(&start), exact(&z));
                // In screen px: well within 1 px.
                let moved = (
                    (after.0 - before.0) * z.scale,
                    (after.1 - before.1) * z.scale,
                );
                assert!(
                    moved.0.abs() < 1.0 && moved.1.abs() < 1.0,
                    "({sx}, {sy}) × {factor}: {moved:?}"
                );
                let (a, b) = (start.to_content(sx, sy), z.to_content(sx, sy));
                assert!((a.0 - b.0).abs() <= 1 && (a.1 - b.1).abs() <= 1);
                assert!((z.scale() - start.scale() * factor).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn zoom_is_clamped_between_fit_and_eight_times() {
        let fit = map();
        let max = fit.zoom(1000.0, 100, 300);
        assert_eq!(max.svg_transform().2, 6400);
        assert!(!max.can_zoom_in() && !max.is_fit());
        let mut v = fit;
        for _ in 0..20 {
            v = v.zoom_in();
        }
        assert_eq!(v.scale(), fit.scale() * MAX_ZOOM);
        // Zooming out all the way, anywhere, is the fitted view again.
        assert_eq!(max.zoom(0.001, 17, 700), fit);
        for _ in 0..20 {
            v = v.zoom_out();
        }
        assert_eq!(v, fit);
        // Factors that are not > 0 change nothing.
        for f in [0.0, -2.0, f64::NAN] {
            assert_eq!(max.zoom(f, 10, 10), max);
        }
        // One step is ZOOM_STEP.
        assert!((fit.zoom_in().scale() - 0.8 * ZOOM_STEP).abs() < 1e-12);
    }

    #[test]
    fn pan_never_loses_the_content() {
        let fit = map();
        // At the fit scale there is nothing to pan.
        assert_eq!(fit.pan(300, -200), fit);
        // ×2: the content is 1600 × 800 px on 800 × 800, covering the screen.
        let z = fit.zoom(2.0, 400, 400);
        assert_eq!(drawn(&z), (-400, 0, 1200, 800));
        // Table: pan → the box drawn.
        let cases = [
            ((100, 0), (-300, 0, 1300, 800)),
            ((10_000, 0), (0, 0, 1600, 800)),
            ((-10_000, 0), (-800, 0, 800, 800)),
            // Vertically it just fills the screen: no room to move.
            ((0, 50), (-400, 0, 1200, 800)),
            ((-50, -10_000), (-450, 0, 1150, 800)),
            ((i32::MIN, i32::MAX), (-800, 0, 800, 800)),
        ];
        for ((dx, dy), expected) in cases {
            assert_eq!(drawn(&z.pan(dx, dy)), expected, "pan {dx} {dy}");
        }
        // A little zoom (×1.25): 1000 × 500 px, still shorter than the screen vertically,
        // so centred there while it pans across.
        let small = fit.zoom_in();
        assert_eq!(drawn(&small.pan(-1000, 300)), (-200, 150, 800, 650));
        // Whatever is done, each axis is centred or covers the screen.
        let mut v = fit;
        let steps: [(f64, i32, i32); 8] = [
            (3.0, 10, 10),
            (1.0, 500, -90),
            (0.5, 790, 790),
            (9.0, 0, 799),
            (1.0, -3000, 2000),
            (0.9, 400, 0),
            (1.0, 77, 77),
            (0.2, 0, 0),
        ];
        for (factor, a, b) in steps {
            v = v.zoom(factor, a, b).pan(a, b);
            let (l, t, r, bot) = drawn(&v);
            for (lo, hi) in [(l, r), (t, bot)] {
                let centred = lo >= 0 && hi <= 800 && (lo - (800 - hi)).abs() <= 1;
                assert!(centred || (lo <= 0 && hi >= 800), "{:?}", drawn(&v));
            }
        }
    }

    #[test]
    fn screen_and_content_round_trip() {
        // Scales below, at and above one px a unit.
        for v in [map(), map().zoom(1.25, 0, 0), map().zoom(5.0, 300, 500)] {
            let s = v.scale();
            for (x, y) in [(0, 0), (1000, 500), (333, 251), (999, 1), (500, 250)] {
                let (bx, by) = v.to_content(v.to_screen(x, y).0, v.to_screen(x, y).1);
                // A px is 1 / s units: rounding to it loses up to half of one.
                let tol = (0.5 / s + 0.5).floor() as i32;
                assert!(
                    (bx - x).abs() <= tol && (by - y).abs() <= tol,
                    "{x} {y} at {s}"
                );
            }
            for (sx, sy) in [(0, 0), (799, 799), (400, 401), (17, 613)] {
                let (cx, cy) = v.to_content(sx, sy);
                let (bx, by) = v.to_screen(cx, cy);
                let tol = (0.5 * s + 0.5).floor() as i32;
                assert!(
                    (bx - sx).abs() <= tol && (by - sy).abs() <= tol,
                    "{sx} {sy} at {s}"
                );
            }
            // The SVG transform draws content where to_screen says.
            let (tx, ty, k) = v.svg_transform();
            for (x, y) in [(0, 0), (1000, 500), (123, 321)] {
                let (sx, sy) = v.to_screen(x, y);
                assert!((tx + x * k / 1000 - sx).abs() <= 2, "{x}");
                assert!((ty + y * k / 1000 - sy).abs() <= 2, "{y}");
            }
        }
    }

    #[test]
    fn centred_on_and_resized() {
        let z = map().zoom(4.0, 400, 400);
        // The middle of the map can be centred; a corner only as far as the clamp goes.
        assert_eq!(z.centred_on(500, 250).to_screen(500, 250), (400, 400));
        assert_eq!(z.centred_on(0, 0).to_screen(0, 0), (0, 0));
        assert_eq!(z.centred_on(1000, 500).to_screen(1000, 500), (800, 800));
        // At the fit scale it stays fitted.
        assert_eq!(map().centred_on(0, 0), map());
        // A resize keeps the zoom relative to the fit and the point at the centre.
        let focus = z.centred_on(600, 300);
        let r = focus.resized(400, 400);
        assert!((r.scale() / r.fit - 4.0).abs() < 1e-9);
        assert_eq!(r.to_content(200, 200), (600, 300));
        assert_eq!(
            map().resized(1000, 500),
            Viewport::new(1000, 500, 1000, 500)
        );
    }

    fn years(a: i16, b: i16) -> Vec<Date> {
        (a..=b).map(Date::year).collect()
    }

    /// Months from `(y, m)` to `(y2, m2)`, both included.
    fn months((y, m): (i16, u8), (y2, m2): (i16, u8)) -> Vec<Date> {
        let mut v = Vec::new();
        let (mut y, mut m) = (y, m);
        while (y, m) <= (y2, m2) {
            v.push(Date::month(y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        v
    }

    /// The dates of the real corpus: seven at 1991, one each at 2014 and 2016, four at
    /// 2022-10, eighteen across 2024-06..2024-12, four in early 2025.
    fn corpus_dates() -> Vec<Date> {
        let mut v = vec![Date::year(1991); 7];
        v.extend([Date::year(2014), Date::year(2016)]);
        v.extend([Date::month(2022, 10); 4]);
        for i in 0..18u8 {
            v.push(match i % 3 {
                0 => Date::month(2024, 6 + i % 7),
                1 => Date::day(2024, 6 + i % 7, 1 + i),
                _ => Date::month(2024, 12),
            });
        }
        v.extend([Date::year(2025), Date::month(2025, 2), Date::month(2025, 2)]);
        v.push(Date::day(2025, 2, 28));
        v
    }

    #[test]
    fn play_steps_by_year_then_by_month() {
        let real = corpus_dates();
        let mut shuffled = real.clone();
        shuffled.reverse();
        shuffled.swap(3, 20);
        let cat = |a: Vec<Date>, b: Vec<Date>| [a, b].concat();
        // Four at 2000, ten in 2024, twenty in 2025: 2024 holds over a quarter.
        let across_new_year = cat(
            cat(vec![Date::year(2000); 4], vec![Date::month(2024, 3); 10]),
            vec![Date::day(2025, 3, 9); 20],
        );
        // The same with five in 2024: a year step for it.
        let quiet_year = cat(
            cat(vec![Date::year(2000); 4], vec![Date::month(2024, 3); 5]),
            vec![Date::day(2025, 3, 9); 20],
        );
        // One a year 1900..=2000: the median is 1950, but months only over three years.
        let even = years(1900, 2000);
        // Table: dates → steps.
        let cases: [(&[Date], Vec<Date>); 9] = [
            (&[], vec![]),
            (&real, cat(years(1991, 2023), months((2024, 1), (2025, 2)))),
            (
                &shuffled,
                cat(years(1991, 2023), months((2024, 1), (2025, 2))),
            ),
            (
                &across_new_year,
                cat(years(2000, 2023), months((2024, 1), (2025, 3))),
            ),
            (
                &quiet_year,
                cat(years(2000, 2024), months((2025, 1), (2025, 3))),
            ),
            (&even, cat(years(1900, 1997), months((1998, 1), (2000, 1)))),
            (&[Date::day(2024, 6, 19)], months((2024, 1), (2024, 6))),
            (&[Date::year(1991)], vec![Date::month(1991, 1)]),
            // Half the dates at each end: the later year is the median year.
            (
                &[Date::year(1991), Date::month(2024, 2)],
                cat(years(1991, 2023), months((2024, 1), (2024, 2))),
            ),
        ];
        for (dates, expected) in cases {
            assert_eq!(play_steps(dates), expected, "{dates:?}");
        }
        // Far-apart years do not overflow.
        let wide = play_steps(&[Date::year(i16::MIN), Date::year(i16::MAX)]);
        assert_eq!(wide.len(), 65_536);
        assert_eq!(wide.last(), Some(&Date::month(i16::MAX, 1)));
    }

    #[test]
    fn same_frame_only_for_the_same_content_and_screen() {
        let v = Viewport::new(1000, 842, 800, 600);
        // Table: other viewport → whether a kept view still applies.
        let cases = [
            (v.zoom_in().pan(30, -20), true),
            (Viewport::new(1000, 842, 800, 600), true),
            (Viewport::new(1000, 842, 801, 600), false),
            (Viewport::new(1000, 700, 800, 600), false),
            (v.resized(390, 400), false),
        ];
        for (other, same) in cases {
            assert_eq!(v.same_frame(&other), same, "{other:?}");
        }
        assert_eq!(v.screen(), (800, 600));
        assert_eq!(v.resized(390, 400).screen(), (390, 400));
    }

    #[test]
    fn a_person_is_drawn_at_their_state() {
        static SPOTS: [Spot; 4] = [
            Spot {
                x: 1,
                y: 2,
                how: Placed::Point,
                angle: 0,
            },
            Spot {
                x: 1,
                y: 2,
                how: Placed::WithState,
                angle: 0,
            },
            Spot::ABSENT,
            Spot {
                x: 1,
                y: 2,
                how: Placed::Outside,
                angle: 90,
            },
        ];
        let l = Layout {
            width: 10,
            height: 10,
            spots: &SPOTS,
        };
        // (entity, its state) → the node it is drawn at.
        let cases = [
            (0, None, Some(0)),
            (3, None, Some(3)),
            (1, Some(0), Some(0)),
            (1, Some(2), None),
            (1, None, None),
            (2, Some(0), None),
            (9, None, None),
        ];
        for (e, state, want) in cases {
            assert_eq!(anchor(&l, e, state), want, "{e} {state:?}");
        }
    }

    #[test]
    fn edges_draw_one_per_pair_or_every_tie() {
        let t = |id: u16, a: u16, b: u16, kind: u8, status: u8, ended: bool| TieEnds {
            id,
            a,
            b,
            kind,
            status,
            ended,
        };
        // (ties, every) → edges as (id, a, b, n, kinds, status, ended, bend).
        type Want = (
            u16,
            u16,
            u16,
            u16,
            &'static [(u8, u16)],
            Option<u8>,
            bool,
            i8,
        );
        let cases: Vec<(Vec<TieEnds>, bool, Vec<Want>)> = vec![
            (vec![], false, vec![]),
            (vec![], true, vec![]),
            // Both directions of a pair are one edge, its ends the smaller first; the
            // pairs come in the order of their first tie.
            (
                vec![
                    t(0, 5, 2, 1, 0, false),
                    t(1, 1, 3, 4, 0, false),
                    t(2, 2, 5, 1, 0, true),
                ],
                false,
                vec![
                    (0, 2, 5, 2, &[(1, 2)], Some(0), false, 0),
                    (1, 1, 3, 1, &[(4, 1)], Some(0), false, 0),
                ],
            ),
            // Counts per type, the most first, equals in type order; the dominant type is
            // the first; a mixed status is none; ended only when every tie has.
            (
                vec![
                    t(7, 0, 1, 6, 1, true),
                    t(8, 1, 0, 3, 2, true),
                    t(9, 0, 1, 6, 1, true),
                    t(10, 0, 1, 2, 1, true),
                    t(11, 0, 1, 3, 1, false),
                ],
                false,
                vec![(7, 0, 1, 5, &[(3, 2), (6, 2), (2, 1)], None, false, 0)],
            ),
            (
                vec![t(3, 4, 2, 0, 3, true), t(4, 2, 4, 0, 3, true)],
                false,
                vec![(3, 2, 4, 2, &[(0, 2)], Some(3), true, 0)],
            ),
            // Every relation: one edge per tie, in its own direction, bent apart.
            (
                vec![
                    t(0, 5, 2, 1, 0, false),
                    t(1, 1, 3, 4, 2, false),
                    t(2, 2, 5, 1, 1, true),
                ],
                true,
                vec![
                    (0, 5, 2, 1, &[(1, 1)], Some(0), false, 0),
                    (1, 1, 3, 1, &[(4, 1)], Some(2), false, 0),
                    (2, 2, 5, 1, &[(1, 1)], Some(1), true, 1),
                ],
            ),
        ];
        for (ties, every, want) in cases {
            let got: Vec<Want> = edges(&ties, every)
                .iter()
                .map(|e| {
                    let kinds: &'static [(u8, u16)] = Box::leak(e.kinds.clone().into_boxed_slice());
                    (e.id, e.a, e.b, e.n, kinds, e.status, e.ended, e.bend)
                })
                .collect();
            assert_eq!(got, want, "{ties:?} every={every}");
        }
        let e = &edges(&[t(0, 0, 1, 6, 1, true), t(1, 0, 1, 3, 1, true)], false)[0];
        assert_eq!(e.dominant(), 3, "equal counts: the first type");
    }

    #[test]
    fn a_frame_fits_the_points_with_margins_inside_the_layout() {
        // (points, margin, min, bounds) → box.
        type Case = (
            &'static [(i32, i32)],
            i32,
            (i32, i32),
            (i32, i32),
            Option<(i32, i32, i32, i32)>,
        );
        let cases: [Case; 6] = [
            (&[], 10, (0, 0), (1000, 800), None),
            // Bounds and margins.
            (
                &[(600, 300), (800, 500)],
                20,
                (0, 0),
                (1000, 800),
                Some((580, 280, 820, 520)),
            ),
            // Too small: grown about its centre to the minimum.
            (
                &[(500, 400)],
                10,
                (200, 100),
                (1000, 800),
                Some((400, 350, 600, 450)),
            ),
            // Past an edge: slid inside, not shrunk.
            (
                &[(990, 5), (900, 100)],
                20,
                (0, 0),
                (1000, 800),
                Some((870, 0, 1000, 135)),
            ),
            (
                &[(0, 790)],
                30,
                (100, 100),
                (1000, 800),
                Some((0, 700, 100, 800)),
            ),
            // As long as the layout: the layout.
            (
                &[(0, 0), (1000, 10)],
                10,
                (0, 0),
                (1000, 800),
                Some((0, 0, 1000, 30)),
            ),
        ];
        for (points, margin, min, bounds, want) in cases {
            assert_eq!(
                frame_box(points, 1.0, margin, min, bounds),
                want,
                "{points:?}"
            );
        }
        // A share: the cluster around the median, the far few left out; repeats weigh.
        let busy = [(500, 400), (520, 420), (540, 380), (510, 410)];
        let mut points: Vec<(i32, i32)> = busy.iter().flat_map(|&p| [p; 5]).collect();
        points.extend([(10, 400), (990, 790), (700, 600)]);
        // (share) → box: 20 of the 23 points in the cluster.
        let cases = [
            (0.5, (500, 400, 520, 420)),
            (0.8, (500, 380, 540, 420)),
            (0.86, (500, 380, 540, 420)),
            (0.9, (500, 380, 700, 600)),
            (1.0, (10, 380, 990, 790)),
            (0.0, (510, 410, 510, 410)),
        ];
        for (share, want) in cases {
            assert_eq!(
                frame_box(&points, share, 0, (0, 0), (1000, 800)),
                Some(want),
                "{share}"
            );
        }
    }

    #[test]
    fn points_beyond_the_view_are_pinned_to_its_edge_apart() {
        let rect = (0, 0, 100, 50);
        // (points) → where they are drawn.
        type Case = (&'static [(i32, i32)], &'static [(i32, i32)]);
        let cases: [Case; 5] = [
            // Inside: unchanged.
            (&[(10, 10), (100, 50)], &[(10, 10), (100, 50)]),
            // Along the line from the centre (50, 25).
            (
                &[(250, 25), (50, -100), (-50, 75)],
                &[(100, 25), (50, 0), (0, 50)],
            ),
            // At a corner.
            (&[(-100, -50)], &[(0, 0)]),
            // Two at the same place: spread along the border, in its clockwise order.
            (&[(-500, -10), (-500, -10)], &[(0, 22), (0, 2)]),
            (
                &[(300, 0), (300, 0), (20, 20)],
                &[(100, 20), (100, 40), (20, 20)],
            ),
        ];
        for (points, want) in cases {
            let mut got = points.to_vec();
            let moved = pin_to_edge(&mut got, rect, 20);
            assert_eq!(got, want, "{points:?}");
            let inside = |p: &(i32, i32)| p.0 >= 0 && p.0 <= 100 && p.1 >= 0 && p.1 <= 50;
            assert!(got.iter().all(inside));
            let expect: Vec<bool> = points.iter().map(|p| !inside(p)).collect();
            assert_eq!(moved, expect);
        }
    }

    #[test]
    fn a_framed_viewport_shows_its_box_as_large_as_it_fits() {
        // A 1000 × 800 layout on a 400 × 400 screen (fit 0.4).
        let whole = Viewport::new(1000, 800, 400, 400);
        // (box) → its corners on screen.
        type Case = ((i32, i32, i32, i32), (i32, i32), (i32, i32));
        let cases: [Case; 4] = [
            // Square: scale 2, its corners at the screen's.
            ((600, 300, 800, 500), (0, 0), (400, 400)),
            // Wide: as wide as the screen, centred across.
            ((400, 300, 800, 500), (0, 100), (400, 300)),
            // The whole layout: the fit.
            ((0, 0, 1000, 800), (0, 40), (400, 360)),
            // Tiny: no more than `MAX_ZOOM` times the fit (3.2 px a unit), centred.
            ((500, 400, 510, 410), (184, 184), (216, 216)),
        ];
        for ((x0, y0, x1, y1), a, b) in cases {
            let v = whole.framed(x0, y0, x1, y1);
            assert_eq!(
                (v.to_screen(x0, y0), v.to_screen(x1, y1)),
                (a, b),
                "{x0} {y0} {x1} {y1}"
            );
        }
        // Zooming out from the framing goes on to the whole layout.
        let v = whole.framed(600, 300, 800, 500);
        assert!(!v.is_fit());
        let out = (0..10).fold(v, |v, _| v.zoom_out());
        assert!(out.is_fit());
        assert_eq!(out, whole);
    }

    #[test]
    fn ticks_mark_the_steps_with_an_event() {
        let (y, m, d) = (Date::year, Date::month, Date::day);
        // Table: spans, events → steps, ticks.
        type Case<'a> = (
            &'a [(Option<Date>, Option<Date>)],
            &'a [Option<Date>],
            usize,
            &'a [u16],
        );
        let cases: [Case; 3] = [
            (&[], &[], 0, &[]),
            // 1991..=2021 by year, 2022-01..=2024-06 by month: the event of June 2024
            // is the last step, the one of 1991 the first; an undated one marks none.
            (
                &[(Some(y(1991)), None)],
                &[Some(d(2024, 6, 19)), Some(y(1991)), None],
                31 + 30,
                &[0, 60],
            ),
            // A tie's dates make steps but no ticks.
            (
                &[(Some(m(2024, 1)), Some(m(2024, 3)))],
                &[Some(m(2024, 2))],
                3,
                &[1],
            ),
        ];
        for (spans, events, n, ticks) in cases {
            let (steps, t) = steps_and_ticks(spans, events);
            assert_eq!((steps.len(), &t[..]), (n, ticks), "{spans:?} {events:?}");
        }
    }

    #[test]
    fn undated_ties_count_from_when_their_sources_were_written() {
        let (y, m, d) = (Date::year, Date::month, Date::day);
        // Table: published, reported dates → written by.
        let written: [(Option<Date>, &[Date], Option<Date>); 4] = [
            (Some(y(2025)), &[d(2025, 3, 1)], Some(y(2025))),
            (
                None,
                &[y(1991), m(2024, 6), d(2024, 11, 5), m(2024, 10)],
                Some(d(2024, 11, 5)),
            ),
            // A year ends after a day in it.
            (None, &[d(2024, 11, 5), y(2024)], Some(y(2024))),
            (None, &[], None),
        ];
        for (published, reported, want) in written {
            assert_eq!(
                written_by(published, reported),
                want,
                "{published:?} {reported:?}"
            );
        }
        // Table: from, historical, its sources' dates → from when it is drawn.
        type Case<'a> = (Option<Date>, bool, &'a [Option<Date>], Option<Date>);
        let cases: [Case; 5] = [
            (Some(m(2024, 6)), false, &[Some(y(2025))], Some(m(2024, 6))),
            (
                None,
                false,
                &[Some(y(2025)), Some(m(2024, 11)), None],
                Some(m(2024, 11)),
            ),
            (None, false, &[None], None),
            (None, true, &[Some(y(2025))], None),
            (Some(y(1961)), true, &[Some(y(2025))], Some(y(1961))),
        ];
        for (from, historical, sources, want) in cases {
            assert_eq!(
                attested_from(from, historical, sources),
                want,
                "{from:?} {historical} {sources:?}"
            );
        }
    }
}
