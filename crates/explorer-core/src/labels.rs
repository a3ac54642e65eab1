//! Label placement for point marks (the map, and any other scatter of dots): greedily,
//! in priority order, each label takes the first of eight positions around its marker
//! where it stays inside the bounds and covers no other label and no marker. A label
//! that fits nowhere is left out (the view shows the name on hover and focus).

/// An axis-aligned box: `x .. x + w` by `y .. y + h` (px, y downwards). Boxes that only
/// touch do not overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width.
    pub w: i32,
    /// Height.
    pub h: i32,
}

impl Rect {
    /// Whether the two boxes share any area.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// Whether `o` lies wholly inside this box.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x
            && o.y >= self.y
            && o.x + o.w <= self.x + self.w
            && o.y + o.h <= self.y + self.h
    }

    /// Whether the box reaches inside the circle of radius `r` about `(cx, cy)`
    /// (touching is not overlapping, so a radius of 0 or less never overlaps).
    pub fn hits_circle(&self, cx: i32, cy: i32, r: i32) -> bool {
        let r = r.max(0);
        let dx = i64::from(cx.clamp(self.x, self.x + self.w) - cx);
        let dy = i64::from(cy.clamp(self.y, self.y + self.h) - cy);
        dx * dx + dy * dy < i64::from(r) * i64::from(r)
    }
}

/// A point mark: a marker of radius `r` at `(x, y)` and its label's size `w` × `h`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelPoint {
    /// Marker centre, x.
    pub x: i32,
    /// Marker centre, y.
    pub y: i32,
    /// Marker radius.
    pub r: i32,
    /// Label width.
    pub w: i32,
    /// Label height.
    pub h: i32,
}

/// Where a label sits relative to its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Right of the marker, centred vertically.
    Right,
    /// Left of it, centred vertically.
    Left,
    /// Above it, centred horizontally.
    Above,
    /// Below it, centred horizontally.
    Below,
    /// Above and to the right, touching the marker at the box's corner.
    AboveRight,
    /// Above and to the left.
    AboveLeft,
    /// Below and to the right.
    BelowRight,
    /// Below and to the left.
    BelowLeft,
}

/// The positions tried, in order.
pub const ANCHORS: [Anchor; 8] = [
    Anchor::Right,
    Anchor::Left,
    Anchor::Above,
    Anchor::Below,
    Anchor::AboveRight,
    Anchor::AboveLeft,
    Anchor::BelowRight,
    Anchor::BelowLeft,
];

/// A placed label: its position relative to the marker and its box (the view draws
/// the text inside the box; `anchor` tells it which side to align to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    /// Which side of the marker.
    pub anchor: Anchor,
    /// The label's box.
    pub rect: Rect,
}

/// The label box of `p` at `anchor`, `pad` px clear of the marker.
pub fn candidate(p: &LabelPoint, anchor: Anchor, pad: i32) -> Rect {
    let o = p.r + pad;
    // Diagonal boxes touch the marker at their corner: √2·od ≥ r.
    let od = (f64::from(p.r) * std::f64::consts::FRAC_1_SQRT_2).ceil() as i32 + pad;
    let (x, y) = match anchor {
        Anchor::Right => (p.x + o, p.y - p.h / 2),
        Anchor::Left => (p.x - o - p.w, p.y - p.h / 2),
        Anchor::Above => (p.x - p.w / 2, p.y - o - p.h),
        Anchor::Below => (p.x - p.w / 2, p.y + o),
        Anchor::AboveRight => (p.x + od, p.y - od - p.h),
        Anchor::AboveLeft => (p.x - od - p.w, p.y - od - p.h),
        Anchor::BelowRight => (p.x + od, p.y + od),
        Anchor::BelowLeft => (p.x - od - p.w, p.y + od),
    };
    Rect {
        x,
        y,
        w: p.w,
        h: p.h,
    }
}

/// Places labels for `points` in priority `order` (indices into `points`, most
/// important first; points not listed get no label), each `pad` px from its marker,
/// inside `bounds`, covering no other label and no marker of any point. The answer is
/// indexed like `points`.
#[inline(never)]
pub fn place_labels(
    points: &[LabelPoint],
    order: &[usize],
    bounds: Rect,
    pad: i32,
) -> Vec<Option<Placed>> {
    let mut out = vec![None; points.len()];
    if points.is_empty() || bounds.w <= 0 || bounds.h <= 0 {
        return out;
    }
    // A grid of buckets keeps each test local: 150 map points need none, but the cost
    // stays near linear when a view shows thousands.
    let n = points.len();
    let mean = points
        .iter()
        .map(|p| i64::from(p.w.max(2 * p.r).max(p.h)))
        .sum::<i64>()
        / n as i64;
    let mut grid = Grid::new(bounds, mean.clamp(16, 1 << 20) as i32);
    for (i, p) in points.iter().enumerate() {
        let r = p.r.max(0);
        let disc = Rect {
            x: p.x - r,
            y: p.y - r,
            w: 2 * r,
            h: 2 * r,
        };
        grid.insert(&disc, i as u32);
    }
    for &i in order {
        let Some(p) = points.get(i) else { continue };
        if out[i].is_some() {
            continue; // listed twice
        }
        for anchor in ANCHORS {
            let rect = candidate(p, anchor, pad);
            let blocked = !bounds.contains(&rect)
                || grid.any(&rect, |id| {
                    let id = id as usize;
                    if id < n {
                        let q = &points[id];
                        rect.hits_circle(q.x, q.y, q.r)
                    } else {
                        out[id - n].is_some_and(|o: Placed| o.rect.overlaps(&rect))
                    }
                });
            if !blocked {
                out[i] = Some(Placed { anchor, rect });
                grid.insert(&rect, (n + i) as u32);
                break;
            }
        }
    }
    out
}

/// Buckets of square cells over the bounds, each a linked list in flat vectors (no
/// vector per cell). Ids: markers `0..n`, labels `n + i`. Things outside the bounds go
/// to the edge cells.
struct Grid {
    x: i32,
    y: i32,
    cell: i32,
    cols: i32,
    rows: i32,
    head: Vec<u32>,
    next: Vec<u32>,
    id: Vec<u32>,
}

const NIL: u32 = u32::MAX;

impl Grid {
    fn new(b: Rect, cell: i32) -> Grid {
        let mut cell = cell;
        // At most 4096 cells, whatever the bounds.
        while i64::from(b.w / cell + 1) * i64::from(b.h / cell + 1) > 4096 {
            cell *= 2;
        }
        let (cols, rows) = (b.w / cell + 1, b.h / cell + 1);
        Grid {
            x: b.x,
            y: b.y,
            cell,
            cols,
            rows,
            head: vec![NIL; (cols * rows) as usize],
            next: Vec::new(),
            id: Vec::new(),
        }
    }

    /// The cells `r` covers: columns `c0..=c1`, rows `r0..=r1`.
    fn span(&self, r: &Rect) -> (i32, i32, i32, i32) {
        let col = |x: i32| ((x - self.x) / self.cell).clamp(0, self.cols - 1);
        let row = |y: i32| ((y - self.y) / self.cell).clamp(0, self.rows - 1);
        (col(r.x), col(r.x + r.w), row(r.y), row(r.y + r.h))
    }

    fn insert(&mut self, r: &Rect, id: u32) {
        let (c0, c1, r0, r1) = self.span(r);
        for row in r0..=r1 {
            for col in c0..=c1 {
                let c = (row * self.cols + col) as usize;
                self.next.push(self.head[c]);
                self.id.push(id);
                self.head[c] = (self.id.len() - 1) as u32;
            }
        }
    }

    /// Whether `hit` holds for anything in the cells `r` covers (some may be tried twice).
    fn any(&self, r: &Rect, mut hit: impl FnMut(u32) -> bool) -> bool {
        let (c0, c1, r0, r1) = self.span(r);
        for row in r0..=r1 {
            for col in c0..=c1 {
                let mut e = self.head[(row * self.cols + col) as usize];
                while e != NIL {
                    if hit(self.id[e as usize]) {
                        return true;
                    }
                    e = self.next[e as usize];
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: Rect = Rect {
        x: 0,
        y: 0,
        w: 400,
        h: 300,
    };

    fn pt(x: i32, y: i32) -> LabelPoint {
        LabelPoint {
            x,
            y,
            r: 4,
            w: 60,
            h: 14,
        }
    }

    fn anchors(points: &[LabelPoint], order: &[usize]) -> Vec<Option<Anchor>> {
        place_labels(points, order, B, 2)
            .into_iter()
            .map(|p| p.map(|p| p.anchor))
            .collect()
    }

    #[test]
    fn candidates_clear_their_marker_by_the_pad() {
        let p = LabelPoint {
            x: 100,
            y: 100,
            r: 5,
            w: 40,
            h: 10,
        };
        // Table: anchor → box.
        let cases = [
            (Anchor::Right, (107, 95)),
            (Anchor::Left, (53, 95)),
            (Anchor::Above, (80, 83)),
            (Anchor::Below, (80, 107)),
            (Anchor::AboveRight, (106, 84)),
            (Anchor::AboveLeft, (54, 84)),
            (Anchor::BelowRight, (106, 106)),
            (Anchor::BelowLeft, (54, 106)),
        ];
        for (anchor, (x, y)) in cases {
            let r = candidate(&p, anchor, 2);
            assert_eq!((r.x, r.y, r.w, r.h), (x, y, 40, 10), "{anchor:?}");
            assert!(!r.hits_circle(p.x, p.y, p.r + 1), "{anchor:?}");
        }
    }

    #[test]
    fn table_cases() {
        use Anchor::*;
        // Table: points, priority order → anchors.
        type Case = (Vec<LabelPoint>, Vec<usize>, Vec<Option<Anchor>>);
        let cases: Vec<Case> = vec![
            // Alone in the middle: right.
            (vec![pt(200, 150)], vec![0], vec![Some(Right)]),
            // At the right edge: left; in the top-right corner (left would stick out
            // above): below-left.
            (vec![pt(380, 150)], vec![0], vec![Some(Left)]),
            (vec![pt(380, 5)], vec![0], vec![Some(BelowLeft)]),
            // Two side by side: a label right of the first would cover the second's
            // marker (206..266 holds 230), so it goes left; the second goes right.
            (
                vec![pt(200, 150), pt(230, 150)],
                vec![0, 1],
                vec![Some(Left), Some(Right)],
            ),
            // Between two markers at the bottom edge: above.
            (
                vec![pt(200, 292), pt(170, 292), pt(230, 292)],
                vec![0, 1, 2],
                vec![Some(Above), Some(Left), Some(Right)],
            ),
            // Priority decides: two points 10 px apart vertically want the same place
            // on the right; the first listed gets it, the other goes left.
            (
                vec![pt(200, 150), pt(200, 160)],
                vec![0, 1],
                vec![Some(Right), Some(Left)],
            ),
            (
                vec![pt(200, 150), pt(200, 160)],
                vec![1, 0],
                vec![Some(Left), Some(Right)],
            ),
            // Not listed: no label.
            (
                vec![pt(200, 150), pt(100, 100)],
                vec![1],
                vec![None, Some(Right)],
            ),
            // Out-of-range and repeated indices are ignored.
            (vec![pt(200, 150)], vec![7, 0, 0], vec![Some(Right)]),
        ];
        for (points, order, expected) in cases {
            assert_eq!(anchors(&points, &order), expected, "{points:?} {order:?}");
        }
    }

    #[test]
    fn a_label_too_big_for_the_bounds_is_left_out() {
        let big = LabelPoint {
            x: 200,
            y: 150,
            r: 4,
            w: 500,
            h: 14,
        };
        assert_eq!(place_labels(&[big], &[0], B, 2), vec![None]);
        let empty = Rect { w: 0, ..B };
        assert_eq!(place_labels(&[pt(0, 0)], &[0], empty, 2), vec![None]);
    }

    #[test]
    fn a_cluster_labels_some_and_leaves_out_the_rest() {
        // Nine markers 12 px apart: the middle ones are boxed in.
        let points: Vec<LabelPoint> = (0..9)
            .map(|i| pt(150 + 12 * (i % 3), 120 + 12 * (i / 3)))
            .collect();
        let order: Vec<usize> = (0..9).collect();
        let got = anchors(&points, &order);
        assert_eq!(got[4], None, "{got:?}");
        assert!(got.iter().filter(|a| a.is_some()).count() >= 4, "{got:?}");
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

    /// The same greedy rule without the grid: every candidate against everything.
    fn reference(
        points: &[LabelPoint],
        order: &[usize],
        bounds: Rect,
        pad: i32,
    ) -> Vec<Option<Placed>> {
        let mut out: Vec<Option<Placed>> = vec![None; points.len()];
        for &i in order {
            if i >= points.len() || out[i].is_some() {
                continue;
            }
            out[i] = ANCHORS.into_iter().find_map(|anchor| {
                let rect = candidate(&points[i], anchor, pad);
                let free = bounds.contains(&rect)
                    && points.iter().all(|q| !rect.hits_circle(q.x, q.y, q.r))
                    && out.iter().flatten().all(|o| !o.rect.overlaps(&rect));
                free.then_some(Placed { anchor, rect })
            });
        }
        out
    }

    #[test]
    fn random_inputs_never_overlap_and_match_the_plain_rule() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut placed = 0;
        let mut left_out = 0;
        for round in 0..300 {
            let bounds = Rect {
                x: rng.below(50) - 25,
                y: rng.below(50) - 25,
                w: 100 + rng.below(900),
                h: 80 + rng.below(500),
            };
            let n = 1 + rng.below(if round % 10 == 0 { 600 } else { 150 }) as usize;
            let points: Vec<LabelPoint> = (0..n)
                .map(|_| LabelPoint {
                    // Some markers a little outside the bounds.
                    x: bounds.x - 10 + rng.below(bounds.w + 20),
                    y: bounds.y - 10 + rng.below(bounds.h + 20),
                    r: rng.below(8),
                    w: 10 + rng.below(110),
                    h: 8 + rng.below(12),
                })
                .collect();
            let mut order: Vec<usize> = (0..n).collect();
            for k in (1..n).rev() {
                order.swap(k, rng.below(k as i32 + 1) as usize);
            }
            let pad = rng.below(4);
            let got = place_labels(&points, &order, bounds, pad);
            // Deterministic, and the same as checking everything against everything.
            assert_eq!(got, place_labels(&points, &order, bounds, pad));
            assert_eq!(
                got,
                reference(&points, &order, bounds, pad),
                "round {round}"
            );
            for (i, p) in got.iter().enumerate() {
                let Some(p) = p else {
                    left_out += 1;
                    continue;
                };
                placed += 1;
                assert!(bounds.contains(&p.rect));
                assert_eq!(p.rect, candidate(&points[i], p.anchor, pad));
                for q in &points {
                    assert!(!p.rect.hits_circle(q.x, q.y, q.r), "{p:?} on {q:?}");
                }
                for o in got.iter().skip(i + 1).flatten() {
                    assert!(!p.rect.overlaps(&o.rect), "{p:?} on {o:?}");
                }
            }
        }
        assert!(placed > 1000 && left_out > 1000, "{placed} {left_out}");
    }

    #[test]
    fn rect_tests() {
        let a = Rect {
            x: 0,
            y: 0,
            w: 10,
            h: 10,
        };
        // Table: other box → (overlaps, contained).
        let cases = [
            (
                Rect {
                    x: 10,
                    y: 0,
                    w: 5,
                    h: 5,
                },
                false,
                false,
            ),
            (
                Rect {
                    x: 9,
                    y: 9,
                    w: 5,
                    h: 5,
                },
                true,
                false,
            ),
            (
                Rect {
                    x: 2,
                    y: 2,
                    w: 8,
                    h: 8,
                },
                true,
                true,
            ),
            (
                Rect {
                    x: -1,
                    y: 2,
                    w: 3,
                    h: 3,
                },
                true,
                false,
            ),
        ];
        for (o, overlaps, contained) in cases {
            assert_eq!(
                (a.overlaps(&o), a.contains(&o)),
                (overlaps, contained),
                "{o:?}"
            );
        }
        // Circle: touching the edge is not overlapping.
        assert!(!a.hits_circle(15, 5, 5));
        assert!(a.hits_circle(14, 5, 5));
        assert!(a.hits_circle(5, 5, 1));
        assert!(!a.hits_circle(13, 13, 4)); // 3² + 3² = 18 > 16
        assert!(a.hits_circle(12, 12, 3)); // 2² + 2² = 8 < 9
    }
}
