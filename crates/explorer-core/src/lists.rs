//! Groupings the list views show.

use crate::model::*;
use crate::small_sort::sort_by;

/// Relations grouped by the actors they involve: each actor that has any of the given
/// relations, with those relations, actors with the most ties first (then by name).
pub fn relations_by_actor(
    c: &Corpus,
    relations: &[RelationId],
) -> Vec<(EntityId, Vec<RelationId>)> {
    let mut groups: Vec<(EntityId, Vec<RelationId>)> = Vec::new();
    for &r in relations {
        let rel = c.relation(r);
        for actor in [rel.source, rel.target] {
            match groups.iter_mut().find(|(a, _)| *a == actor) {
                Some((_, list)) => list.push(r),
                None => groups.push((actor, vec![r])),
            }
        }
    }
    sort_by(&mut groups, |(a, x), (b, y)| {
        y.len()
            .cmp(&x.len())
            .then_with(|| c.entity(*a).name.cmp(c.entity(*b).name))
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::CORPUS;

    #[test]
    fn groups_each_relation_under_both_actors() {
        let g = relations_by_actor(&CORPUS, &[RelationId(0), RelationId(1)]);
        let names: Vec<(&str, usize)> = g
            .iter()
            .map(|(a, l)| (CORPUS.entity(*a).id, l.len()))
            .collect();
        assert_eq!(names, vec![("north-korea", 2), ("japan", 1), ("russia", 1)]);
        assert!(relations_by_actor(&CORPUS, &[]).is_empty());
    }
}
