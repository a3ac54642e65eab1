//! A stable insertion sort for the short lists of this corpus (a few hundred items).
//! The standard library's sorts are fast on large inputs but each instance adds
//! kilobytes of WebAssembly; this one adds a few hundred bytes (see `docs/size.md`).

/// Sorts `v` stably by the key `key` returns.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Sorts `v` stably with the comparator `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == std::cmp::Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(mut v in prop::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut v, |x| x.0);
            prop_assert_eq!(v, expected);
        }
    }
}
