//! A long list drawn a few new items a frame, in its own order: what stays and what
//! goes changes at once, and the items it gains arrive over the next frames, the first
//! in the list's order first. A filter change that brings back a whole list below the
//! first screen then builds a frame's worth of it, not all of it, in the input's task.

/// What a list draws on its way to `next`: the items `prev` draws that `next` has, and
/// the first `add` items of `next` that `prev` lacks, all in `next`'s order; and whether
/// that is all of `next`. Items are matched by `index` (below `n`; an item beyond it
/// counts as new each time).
pub fn step_in_order<T: Copy>(
    prev: &[T],
    next: &[T],
    n: usize,
    index: impl Fn(&T) -> usize,
    add: usize,
) -> (Vec<T>, bool) {
    let mut drawn = vec![false; n];
    for t in prev {
        if let Some(d) = drawn.get_mut(index(t)) {
            *d = true;
        }
    }
    let mut left = add;
    let mut done = true;
    let mut items = Vec::with_capacity(next.len());
    for t in next {
        if drawn.get(index(t)).copied().unwrap_or(false) {
            items.push(*t);
        } else if left > 0 {
            left -= 1;
            items.push(*t);
        } else {
            done = false;
        }
    }
    (items, done)
}

#[cfg(test)]
mod tests {
    use super::step_in_order;

    #[test]
    fn steps_keep_the_order_and_add_by_the_budget() {
        // (drawn, should be drawn, budget, drawn next, all there)
        type Case = (&'static [u8], &'static [u8], usize, &'static [u8], bool);
        let cases: &[Case] = &[
            // First drawing: the first items, then the rest.
            (&[], &[1, 2, 3, 4, 5], 2, &[1, 2], false),
            (&[1, 2], &[1, 2, 3, 4, 5], 2, &[1, 2, 3, 4], false),
            (&[1, 2, 3, 4], &[1, 2, 3, 4, 5], 2, &[1, 2, 3, 4, 5], true),
            // Items brought back in the middle come in order, kept ones stay.
            (&[1, 5, 9], &[1, 2, 3, 5, 6, 9], 2, &[1, 2, 3, 5, 9], false),
            (
                &[1, 2, 3, 5, 9],
                &[1, 2, 3, 5, 6, 9],
                2,
                &[1, 2, 3, 5, 6, 9],
                true,
            ),
            // What goes goes at once, whatever the budget.
            (&[1, 2, 3, 4, 5], &[2, 4], 0, &[2, 4], true),
            (&[1, 2, 3], &[3, 7, 8, 9], 1, &[3, 7], false),
            // A new order is followed at once.
            (&[1, 2, 3], &[3, 2, 1], 0, &[3, 2, 1], true),
            // Nothing to draw.
            (&[1, 2], &[], 5, &[], true),
            (&[], &[], 5, &[], true),
            // A budget as large as the list arrives in one step.
            (&[], &[4, 3, 2, 1], usize::MAX, &[4, 3, 2, 1], true),
            // An item beyond `n` is new every time.
            (&[1, 20], &[1, 20], 0, &[1], false),
        ];
        for &(prev, next, add, want, done) in cases {
            let got = step_in_order(prev, next, 10, |&t| usize::from(t), add);
            assert_eq!(got, (want.to_vec(), done), "{prev:?} -> {next:?} by {add}");
        }
    }

    #[test]
    fn steps_arrive() {
        // From any list to any other, a step at a time, the list arrives within
        // ceil(new / budget) steps and never draws what should not be drawn.
        let lists: [&[u8]; 5] = [
            &[],
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            &[9, 7, 5, 3, 1],
            &[2, 3, 5, 7],
            &[0, 9],
        ];
        for from in lists {
            for to in lists {
                for add in 1..4 {
                    let mut drawn = from.to_vec();
                    let new = to.iter().filter(|t| !from.contains(t)).count();
                    let mut steps = 0;
                    loop {
                        let (next, done) = step_in_order(&drawn, to, 10, |&t| usize::from(t), add);
                        assert!(next.iter().all(|t| to.contains(t)));
                        steps += 1;
                        drawn = next;
                        if done {
                            break;
                        }
                    }
                    assert_eq!(drawn, to);
                    assert!(
                        steps <= new.div_ceil(add).max(1),
                        "{from:?} -> {to:?} by {add}: {steps}"
                    );
                }
            }
        }
    }
}
