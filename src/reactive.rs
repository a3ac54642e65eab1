//! Reactive helpers the views share that are logic, not drawing: tested natively with
//! an `Owner`, no browser needed.

use leptos::prelude::*;

/// A value that follows `source`, except while `hold` is true, when it keeps what it
/// was: the search words a view marks wait for a pause in typing, while the filter
/// applies at every keystroke.
pub fn held<T>(
    hold: impl Fn() -> bool + Send + Sync + 'static,
    source: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |prev: Option<&T>| match prev {
        Some(p) if hold() => p.clone(),
        _ => source(),
    })
}

/// How many rows of a long list are drawn: the first `page`, and a page more each time
/// the user asks for more; never more than the list has.
pub fn shown(len: usize, pages: usize, page: usize) -> usize {
    len.min(pages.max(1).saturating_mul(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_keeps_its_value_while_holding_and_follows_after() {
        let owner = Owner::new();
        owner.with(|| {
            let hold = RwSignal::new(false);
            let q = RwSignal::new("k".to_string());
            let marks = held(move || hold.get(), move || q.get());
            // (holding, typed, what is marked)
            for (holding, typed, want) in [
                (false, "k", "k"),
                (true, "ku", "k"),
                (true, "kur", "k"),
                (false, "kur", "kur"),
                (false, "kursk", "kursk"),
                (true, "", "kursk"),
                (false, "", ""),
            ] {
                hold.set(holding);
                q.set(typed.to_string());
                assert_eq!(marks.get(), want, "holding {holding}, typed {typed:?}");
            }
        });
    }

    #[test]
    fn shown_grows_by_pages_up_to_the_list() {
        // (len, pages, page, shown)
        for (len, pages, page, want) in [
            (0, 1, 100, 0),
            (5, 1, 100, 5),
            (250, 1, 100, 100),
            (250, 2, 100, 200),
            (250, 3, 100, 250),
            (250, 9, 100, 250),
            (250, 0, 100, 100),
            (usize::MAX, usize::MAX, 100, usize::MAX),
        ] {
            assert_eq!(shown(len, pages, page), want, "{len} {pages} {page}");
        }
    }
}
