//! Lane packing for the timeline: each item is a mark `[x0, x1]` (px) with its label to
//! the right; items go to the first lane where neither mark nor label touches another.
//! A label that does not fit on one line goes on two, within its lane's height, when the
//! rules allow it (`wrap`) and two lines of the room hold it; otherwise (with a lane
//! limit, or at the right edge) it is shortened or hidden (the view then shows the full
//! title on hover and focus), never allowed to overlap.

use crate::small_sort::sort_by_key;

/// One item to pack: its mark from `x0` to `x1` (inclusive px; a point of radius r at x
/// is `x - r ..= x + r`), the width its full label needs, and its group (only
/// [`pack_groups`] looks at it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneItem {
    /// Left end of the mark.
    pub x0: i32,
    /// Right end of the mark.
    pub x1: i32,
    /// Width of the full label (0: none).
    pub label: i32,
    /// The band it belongs to in [`pack_groups`].
    pub group: u16,
}

/// How to pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneRules {
    /// Lanes per band at most (at least one is used).
    pub max_lanes: u16,
    /// Least px between anything and the next thing in its lane.
    pub gap: i32,
    /// Px between a mark's end and its label's start.
    pub label_pad: i32,
    /// A label shortened to less than this is hidden instead.
    pub min_label: i32,
    /// No label runs past this x (the right edge of the view).
    pub right: i32,
    /// What a label on two lines needs beyond half its width per line (for the words
    /// that do not break evenly); 0: labels are never put on two lines.
    pub wrap: i32,
}

impl Default for LaneRules {
    /// Six lanes, 4 px gaps, 4 px before a label, labels shortened down to 32 px, no edge,
    /// one line.
    fn default() -> Self {
        LaneRules {
            max_lanes: 6,
            gap: 4,
            label_pad: 4,
            min_label: 32,
            right: i32::MAX,
            wrap: 0,
        }
    }
}

/// Where an item went: its lane (counted from the top, over all bands for
/// [`pack_groups`]), the label width it may use (its full width, less when shortened or
/// on two lines, 0 when hidden), whether it is on two lines, and `crowded` when its mark
/// had to overlap another mark because every lane was taken at its start (only possible
/// with a lane limit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The lane, from 0 at the top.
    pub lane: u16,
    /// The label width it may use: full, shortened, or 0 (hidden); on two lines, each
    /// line's.
    pub label: i32,
    /// The label is on two lines (each at most `label` wide), whole.
    pub two: bool,
    /// Whether its mark overlaps another mark.
    pub crowded: bool,
}

/// The lanes of one group's band: `first_lane .. first_lane + lanes` (0 lanes if empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    /// Its top lane.
    pub first_lane: u16,
    /// How many lanes it has.
    pub lanes: u16,
}

/// Packs all items into one band, ignoring groups: a slot for each item (in input
/// order) and the number of lanes used.
pub fn pack(items: &[LaneItem], rules: &LaneRules) -> (Vec<Slot>, u16) {
    let mut slots = vec![EMPTY; items.len()];
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_by_key(&mut order, |&i| ends(&items[i]).0);
    let lanes = pack_into(items, &order, rules, 0, &mut slots);
    (slots, lanes)
}

/// Packs each group into its own band, bands stacked in group order (0, 1, …, the
/// largest group present): a slot for each item and a band for each group.
pub fn pack_groups(items: &[LaneItem], rules: &LaneRules) -> (Vec<Slot>, Vec<Band>) {
    let mut slots = vec![EMPTY; items.len()];
    let groups = items
        .iter()
        .map(|it| u32::from(it.group) + 1)
        .max()
        .unwrap_or(0);
    let mut bands = Vec::new();
    let mut first_lane: u16 = 0;
    let mut order = Vec::new();
    for g in 0..groups {
        order.clear();
        order.extend((0..items.len()).filter(|&i| u32::from(items[i].group) == g));
        // Items come in time order, so this insertion sort has little to do.
        sort_by_key(&mut order, |&i| ends(&items[i]).0);
        let lanes = pack_into(items, &order, rules, first_lane, &mut slots);
        bands.push(Band { first_lane, lanes });
        first_lane = first_lane.saturating_add(lanes);
    }
    (slots, bands)
}

const EMPTY: Slot = Slot {
    lane: 0,
    label: 0,
    two: false,
    crowded: false,
};

/// A lane while packing: the end of its marks, the end of everything in it, and the
/// item whose label is last in it (the only one that can still be shortened).
struct Lane {
    mark_end: i32,
    end: i32,
    last: usize,
}

/// The mark's ends, left first whatever the order given.
fn ends(it: &LaneItem) -> (i32, i32) {
    (it.x0.min(it.x1), it.x0.max(it.x1))
}

/// A label of width `full` in `room`: whole on one line if it fits; else whole on two
/// lines, as even as `wrap` allows, if two lines of the room hold it (and `wrap` > 0);
/// else shortened to the room if that is at least `min`; else hidden (0). As (width,
/// two lines).
fn fit(full: i32, room: i32, min: i32, wrap: i32) -> (i32, bool) {
    if full <= room {
        (full, false)
    } else if wrap > 0 && room >= min && full + 2 * wrap <= 2 * room {
        ((full + 1) / 2 + wrap, true)
    } else if room >= min {
        (room, false)
    } else {
        (0, false)
    }
}

/// Packs `order` (indices into `items`, by `x0`) into lanes numbered from `first_lane`,
/// writing `slots`; returns the number of lanes used.
fn pack_into(
    items: &[LaneItem],
    order: &[usize],
    rules: &LaneRules,
    first_lane: u16,
    slots: &mut [Slot],
) -> u16 {
    let (gap, pad) = (rules.gap, rules.label_pad);
    let max = usize::from(rules.max_lanes.max(1));
    let mut lanes: Vec<Lane> = Vec::new();
    for &i in order {
        let (x0, x1) = ends(&items[i]);
        let edge = |x1: i32| rules.right.saturating_sub(x1 + pad);
        let own = fit(items[i].label.max(0), edge(x1), rules.min_label, rules.wrap);
        let mut crowded = false;
        // 1. The first lane free from x0 on, or a new one.
        let lane = match lanes.iter().position(|l| l.end + gap <= x0) {
            Some(l) => l,
            None if lanes.len() < max => {
                lanes.push(Lane {
                    mark_end: i32::MIN,
                    end: i32::MIN,
                    last: i,
                });
                lanes.len() - 1
            }
            None => {
                // 2. A lane whose marks end before x0, shortening its last label: the one
                // leaving that label the most room (its mark ends first). 3. Otherwise
                // the lane whose marks end first, with overlapping marks.
                let last_x1 = |l: usize| ends(&items[lanes[l].last]).1;
                let l = match (0..lanes.len())
                    .filter(|&l| lanes[l].mark_end + gap <= x0)
                    .min_by_key(|&l| (last_x1(l), l))
                {
                    Some(l) => l,
                    None => {
                        crowded = true;
                        (0..lanes.len())
                            .min_by_key(|&l| (lanes[l].mark_end, l))
                            .unwrap_or(0)
                    }
                };
                let last = lanes[l].last;
                let room = (x0 - gap - (last_x1(l) + pad)).min(edge(last_x1(l)));
                let s = &mut slots[last];
                if !s.crowded {
                    (s.label, s.two) =
                        fit(items[last].label.max(0), room, rules.min_label, rules.wrap);
                }
                l
            }
        };
        // A crowded mark sits on another: its label would too.
        let (label, two) = if crowded { (0, false) } else { own };
        let l = &mut lanes[lane];
        l.mark_end = l.mark_end.max(x1);
        l.end = l
            .mark_end
            .max(if label > 0 { x1 + pad + label } else { x1 });
        l.last = i;
        slots[i] = Slot {
            lane: first_lane.saturating_add(lane as u16),
            label,
            two,
            crowded,
        };
    }
    lanes.len() as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(x0: i32, x1: i32, label: i32) -> LaneItem {
        LaneItem {
            x0,
            x1,
            label,
            group: 0,
        }
    }

    fn rules(max_lanes: u16) -> LaneRules {
        LaneRules {
            max_lanes,
            ..LaneRules::default()
        }
    }

    fn slot(lane: u16, label: i32) -> Slot {
        Slot {
            lane,
            label,
            two: false,
            crowded: false,
        }
    }

    #[test]
    fn table_cases() {
        let crowded = Slot {
            lane: 0,
            label: 0,
            two: false,
            crowded: true,
        };
        // Table: (items, max lanes) → slots. Default rules: gap 4, pad 4, min label 32.
        let cases: Vec<(Vec<LaneItem>, u16, Vec<Slot>)> = vec![
            // Far apart: one lane, full labels.
            (
                vec![item(0, 0, 50), item(100, 110, 50), item(200, 200, 50)],
                6,
                vec![slot(0, 50), slot(0, 50), slot(0, 50)],
            ),
            // The second starts inside the first's label: next lane; the third fits
            // back in lane 0, whose label ends at 0 + 4 + 50 = 54, 4 px before 58.
            (
                vec![item(0, 0, 50), item(30, 30, 50), item(58, 58, 10)],
                6,
                vec![slot(0, 50), slot(1, 50), slot(0, 10)],
            ),
            // Marks closer than the 4 px gap collide: 12 and 13 are too close to 0..10,
            // 14 is not.
            (
                vec![
                    item(0, 10, 0),
                    item(12, 20, 0),
                    item(13, 20, 0),
                    item(14, 15, 0),
                ],
                6,
                vec![slot(0, 0), slot(1, 0), slot(2, 0), slot(0, 0)],
            ),
            // One lane: the first label is shortened to 60 - 4 - (0 + 4) = 52.
            (
                vec![item(0, 0, 100), item(60, 60, 40)],
                1,
                vec![slot(0, 52), slot(0, 40)],
            ),
            // One lane, too little room (20 - 4 - 4 = 12 < 32): the first label is hidden.
            (
                vec![item(0, 0, 100), item(20, 20, 40)],
                1,
                vec![slot(0, 0), slot(0, 40)],
            ),
            // Two lanes taken: the label keeping the most room is shortened: lane 0's
            // last mark ends at 5 (lane 1's at 10), so it keeps 80 - 4 - (5 + 4) = 67.
            (
                vec![item(0, 5, 100), item(10, 10, 100), item(80, 80, 20)],
                2,
                vec![slot(0, 67), slot(1, 100), slot(0, 20)],
            ),
            // One lane, the same point twice: the second is crowded, the first loses its label.
            (
                vec![item(50, 50, 30), item(50, 50, 30)],
                1,
                vec![slot(0, 0), crowded],
            ),
            // Unsorted input is packed by x0 and answered in input order.
            (
                vec![item(100, 100, 20), item(0, 0, 20)],
                6,
                vec![slot(0, 20), slot(0, 20)],
            ),
        ];
        for (items, max, expected) in cases {
            assert_eq!(pack(&items, &rules(max)).0, expected, "{items:?} max {max}");
        }
    }

    #[test]
    fn labels_stop_at_the_right_edge() {
        let r = LaneRules {
            right: 200,
            ..LaneRules::default()
        };
        // Table: (mark end, full label) → label used.
        for (x1, full, used) in [(100, 50, 50), (150, 50, 46), (170, 50, 0), (196, 0, 0)] {
            assert_eq!(
                pack(&[item(x1 - 5, x1, full)], &r).0[0].label,
                used,
                "{x1} {full}"
            );
        }
    }

    #[test]
    fn a_label_goes_on_two_lines_where_two_lines_of_its_room_hold_it() {
        let two = |lane: u16, label: i32| Slot {
            two: true,
            ..slot(lane, label)
        };
        // Table: (items, right edge) → slots, with 10 px of wrap allowance.
        let cases: Vec<(Vec<LaneItem>, i32, Vec<Slot>)> = vec![
            // Room for it on one line: one line.
            (vec![item(0, 10, 100)], 200, vec![slot(0, 100)]),
            // At the right edge: 86 px of room, two lines of 50 + 10.
            (vec![item(0, 10, 100)], 100, vec![two(0, 60)]),
            // Too long for two lines of the room: shortened to it.
            (vec![item(0, 10, 200)], 100, vec![slot(0, 86)]),
            // A neighbour in the only lane leaves 56 px: two lines of 40 + 10.
            (
                vec![item(0, 10, 80), item(74, 80, 20)],
                1000,
                vec![two(0, 50), slot(0, 20)],
            ),
        ];
        for (items, right, want) in cases {
            let r = LaneRules {
                max_lanes: 1,
                right,
                wrap: 10,
                ..LaneRules::default()
            };
            let (slots, _) = pack(&items, &r);
            assert_eq!(slots, want, "{items:?} right {right}");
        }
    }

    #[test]
    fn groups_get_stacked_bands() {
        let mut items = vec![
            item(0, 0, 50),
            item(10, 10, 50),
            item(0, 0, 50),
            item(20, 20, 50),
        ];
        items[2].group = 2;
        items[3].group = 2;
        let (slots, bands) = pack_groups(&items, &rules(6));
        assert_eq!(
            bands,
            [
                Band {
                    first_lane: 0,
                    lanes: 2
                },
                Band {
                    first_lane: 2,
                    lanes: 0
                },
                Band {
                    first_lane: 2,
                    lanes: 2
                },
            ]
        );
        assert_eq!(
            slots.iter().map(|s| s.lane).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
        assert_eq!(pack_groups(&[], &rules(6)), (vec![], vec![]));
    }

    /// A tiny xorshift, so the generated inputs need no dependency.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: i32) -> i32 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as i32
        }
    }

    fn generated(rng: &mut Rng, n: usize, groups: i32) -> Vec<LaneItem> {
        let mut x = rng.below(50) - 25;
        (0..n)
            .map(|_| {
                x += rng.below(40);
                let len = if rng.below(3) == 0 { rng.below(120) } else { 0 };
                let r = rng.below(5);
                LaneItem {
                    x0: x - r,
                    x1: x + len + r,
                    label: rng.below(160),
                    group: rng.below(groups) as u16,
                }
            })
            .collect()
    }

    /// Separated: `a` ends at least `gap` before `b` starts, or the other way round.
    fn apart(a: (i32, i32), b: (i32, i32), gap: i32) -> bool {
        a.1 + gap <= b.0 || b.1 + gap <= a.0
    }

    fn check(items: &[LaneItem], slots: &[Slot], bands: &[Band], r: &LaneRules) {
        for (i, (a, sa)) in items.iter().zip(slots).enumerate() {
            let band = bands[usize::from(a.group)];
            assert!(sa.lane >= band.first_lane && sa.lane < band.first_lane + band.lanes);
            assert!(band.lanes <= r.max_lanes);
            assert!(sa.label >= 0 && sa.label <= a.label.max(0));
            assert!(sa.label == 0 || sa.label == a.label || sa.label >= r.min_label || sa.two);
            // On two lines, whole: two lines of its width hold the label.
            assert!(!sa.two || (r.wrap > 0 && 2 * sa.label >= a.label));
            assert!(sa.label == 0 || a.x1 + r.label_pad + sa.label <= r.right);
            for (b, sb) in items.iter().zip(slots).skip(i + 1) {
                if sa.lane != sb.lane {
                    continue;
                }
                let (ma, mb) = ((a.x0, a.x1), (b.x0, b.x1));
                let la = (a.x1 + r.label_pad, a.x1 + r.label_pad + sa.label);
                let lb = (b.x1 + r.label_pad, b.x1 + r.label_pad + sb.label);
                let ctx = || format!("{a:?} {sa:?} / {b:?} {sb:?}");
                assert!(
                    sa.crowded || sb.crowded || apart(ma, mb, r.gap),
                    "marks {}",
                    ctx()
                );
                assert!(
                    sa.label == 0 || apart(la, mb, r.gap),
                    "label a on mark b {}",
                    ctx()
                );
                assert!(
                    sb.label == 0 || apart(lb, ma, r.gap),
                    "label b on mark a {}",
                    ctx()
                );
                assert!(
                    sa.label == 0 || sb.label == 0 || apart(la, lb, r.gap),
                    "labels {}",
                    ctx()
                );
            }
        }
    }

    #[test]
    fn generated_inputs_never_overlap() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut shortened, mut hidden, mut crowded) = (0, 0, 0);
        for round in 0..400 {
            let n = 1 + rng.below(60) as usize;
            let groups = 1 + rng.below(4);
            let items = generated(&mut rng, n, groups);
            let r = LaneRules {
                max_lanes: 1 + rng.below(5) as u16,
                gap: rng.below(6),
                label_pad: rng.below(6),
                min_label: rng.below(50),
                right: if round % 2 == 0 {
                    i32::MAX
                } else {
                    300 + rng.below(1500)
                },
                wrap: if round % 3 == 0 { rng.below(20) } else { 0 },
            };
            let (slots, bands) = pack_groups(&items, &r);
            check(&items, &slots, &bands, &r);
            for (it, sl) in items.iter().zip(&slots) {
                shortened += usize::from(sl.label > 0 && sl.label < it.label);
                hidden += usize::from(sl.label == 0 && it.label > 0);
                crowded += usize::from(sl.crowded);
            }
            // Deterministic.
            assert_eq!(pack_groups(&items, &r), (slots, bands));
            // One band: the same checks with everything in group 0.
            let flat: Vec<LaneItem> = items
                .iter()
                .map(|&it| LaneItem { group: 0, ..it })
                .collect();
            let (slots, lanes) = pack(&items, &r);
            check(
                &flat,
                &slots,
                &[Band {
                    first_lane: 0,
                    lanes,
                }],
                &r,
            );
        }
        // The inputs exercise every way out, not just the easy one.
        assert!(
            shortened > 100 && hidden > 100 && crowded > 10,
            "{shortened} {hidden} {crowded}"
        );
    }

    #[test]
    fn without_a_limit_nothing_is_crowded_or_shortened() {
        let mut rng = Rng(12345);
        for _ in 0..200 {
            let n = 1 + rng.below(80) as usize;
            let items = generated(&mut rng, n, 1);
            let (slots, _) = pack(&items, &rules(u16::MAX));
            for (it, s) in items.iter().zip(&slots) {
                assert!(!s.crowded && s.label == it.label, "{it:?} {s:?}");
            }
        }
    }

    #[test]
    fn stable_for_equal_items() {
        // Equal x0: input order decides, so the earlier item gets the upper lane.
        let items = [item(0, 0, 10), item(0, 0, 20), item(0, 0, 30)];
        let (slots, lanes) = pack(&items, &rules(6));
        assert_eq!(lanes, 3);
        assert_eq!(slots, [slot(0, 10), slot(1, 20), slot(2, 30)]);
    }
}
