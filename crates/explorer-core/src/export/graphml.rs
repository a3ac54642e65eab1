//! The relations that pass the filter as a GraphML network
//! (<http://graphml.graphdrawing.org/>), for Gephi, yEd, Cytoscape or networkx.
//!
//! A node per actor at an end of a relation that passes (in corpus order; its id is the
//! entity's id) with its `kind`, `label` (its name) and `x`, `y`: where the map's
//! network layout draws it, in that layout's units, y downwards. An edge per relation
//! that passes (its id is the relation's id) with its `type`, `status`, `from`, `to`
//! (dates as in corpus.json, left out when open), `summary` and `directed`. The graph is
//! undirected and a directed tie says so in `directed` (its source first), not in
//! GraphML's own per-edge attribute: networkx and igraph refuse or ignore graphs that
//! mix the two. The map's "as of" date is not applied: the dates are there to filter by.

use super::{in_corpus_order, xml_escape};
use crate::filter::Matches;
use crate::map::Layout;
use crate::model::*;
use crate::Date;

/// The keys: (id, for, type).
const KEYS: [(&str, &str, &str); 10] = [
    ("kind", "node", "string"),
    ("label", "node", "string"),
    ("x", "node", "double"),
    ("y", "node", "double"),
    ("type", "edge", "string"),
    ("status", "edge", "string"),
    ("from", "edge", "string"),
    ("to", "edge", "string"),
    ("summary", "edge", "string"),
    ("directed", "edge", "boolean"),
];

/// The network of the relations that pass, laid out as `network` (the map's network
/// layout) places the actors.
pub fn network(c: &Corpus, m: &Matches, network: &Layout) -> String {
    let relations = in_corpus_order(c.relation_ids(), &m.relations);
    let mut at_end = vec![false; c.entity_ids().len()];
    for &r in &relations {
        let r = c.relation(r);
        for e in [r.source, r.target] {
            if let Some(x) = at_end.get_mut(e.index()) {
                *x = true;
            }
        }
    }
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, of, ty) in KEYS {
        s += &format!("  <key id=\"{id}\" for=\"{of}\" attr.name=\"{id}\" attr.type=\"{ty}\"/>\n");
    }
    s += "  <graph id=\"actors\" edgedefault=\"undirected\">\n";
    for e in c.entity_ids().filter(|e| at_end[e.index()]) {
        let ent = c.entity(e);
        s += "    <node id=\"";
        xml_escape(&mut s, ent.id);
        s += "\">";
        data(&mut s, "kind", ent.kind.id());
        data(&mut s, "label", ent.name);
        let spot = network.spot(e.index());
        if spot.is_drawn() {
            data(&mut s, "x", &spot.x.to_string());
            data(&mut s, "y", &spot.y.to_string());
        }
        s += "</node>\n";
    }
    for r in relations {
        let r = c.relation(r);
        s += "    <edge id=\"";
        xml_escape(&mut s, r.id);
        s += "\" source=\"";
        xml_escape(&mut s, c.entity(r.source).id);
        s += "\" target=\"";
        xml_escape(&mut s, c.entity(r.target).id);
        s += "\">";
        data(&mut s, "type", r.kind.id());
        data(&mut s, "status", r.status.id());
        data(&mut s, "from", &date(r.from));
        data(&mut s, "to", &date(r.to));
        data(&mut s, "summary", r.summary);
        data(
            &mut s,
            "directed",
            if r.directed { "true" } else { "false" },
        );
        s += "</edge>\n";
    }
    s += "  </graph>\n</graphml>\n";
    s
}

/// `<data key="…">value</data>`; nothing for an empty value.
fn data(s: &mut String, key: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    s.push_str("<data key=\"");
    s.push_str(key);
    s.push_str("\">");
    xml_escape(s, value);
    s.push_str("</data>");
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Filter, Kind};
    use crate::fixture::CORPUS;
    use crate::map::{Placed, Spot};

    static SPOTS: [Spot; 4] = [
        Spot {
            x: 10,
            y: 20,
            how: Placed::Point,
            angle: 0,
        },
        Spot {
            x: 300,
            y: -5,
            how: Placed::Point,
            angle: 0,
        },
        Spot {
            x: 7,
            y: 8,
            how: Placed::Point,
            angle: 0,
        },
        Spot::ABSENT,
    ];
    const NET: Layout = Layout {
        width: 400,
        height: 300,
        spots: &SPOTS,
    };

    /// A node's id, x and y.
    type Node = (&'static str, &'static str, &'static str);

    fn data<'a>(n: roxmltree::Node<'a, 'a>, key: &str) -> Option<&'a str> {
        n.children()
            .find(|d| d.has_tag_name("data") && d.attribute("key") == Some(key))
            .and_then(|d| d.text())
    }

    #[test]
    fn one_edge_per_relation_that_passes_between_nodes_with_coordinates() {
        let c: &Corpus = &CORPUS;
        let japan = c.entity_by_id("japan").unwrap();
        // (filter, edges, nodes with their x, y)
        let table: [(Filter, &[&str], &[Node]); 4] = [
            (
                Filter::default(),
                &["mutual-defence", "japan-fears"],
                &[
                    ("russia", "10", "20"),
                    ("north-korea", "300", "-5"),
                    ("japan", "7", "8"),
                ],
            ),
            (
                Filter {
                    actors: vec![japan],
                    ..Default::default()
                },
                &["japan-fears"],
                &[("north-korea", "300", "-5"), ("japan", "7", "8")],
            ),
            (
                Filter {
                    kinds: vec![Kind::Relation(RelationType::MutualDefence)],
                    ..Default::default()
                },
                &["mutual-defence"],
                &[("russia", "10", "20"), ("north-korea", "300", "-5")],
            ),
            (
                Filter {
                    q: "no such words".into(),
                    ..Default::default()
                },
                &[],
                &[],
            ),
        ];
        for (f, edges, nodes) in table {
            let m = f.apply(c);
            let text = network(c, &m, &NET);
            let doc = roxmltree::Document::parse(&text).expect("well-formed");
            let root = doc.root_element();
            assert_eq!(root.tag_name().name(), "graphml");
            assert_eq!(
                root.tag_name().namespace(),
                Some("http://graphml.graphdrawing.org/xmlns")
            );
            let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
            let got_edges: Vec<&str> = graph
                .children()
                .filter(|n| n.has_tag_name("edge"))
                .map(|n| n.attribute("id").unwrap())
                .collect();
            assert_eq!(got_edges, edges, "{f:?}");
            assert_eq!(got_edges.len(), m.relations.len());
            let got_nodes: Vec<(&str, &str, &str)> = graph
                .children()
                .filter(|n| n.has_tag_name("node"))
                .map(|n| {
                    (
                        n.attribute("id").unwrap(),
                        data(n, "x").unwrap(),
                        data(n, "y").unwrap(),
                    )
                })
                .collect();
            assert_eq!(got_nodes, nodes, "{f:?}");
            // Every edge's ends are nodes.
            for e in graph.children().filter(|n| n.has_tag_name("edge")) {
                for end in ["source", "target"] {
                    let id = e.attribute(end).unwrap();
                    assert!(nodes.iter().any(|n| n.0 == id), "{id}");
                }
            }
        }
    }

    #[test]
    fn edges_carry_type_status_dates_and_direction() {
        let c: &Corpus = &CORPUS;
        let m = Filter::default().apply(c);
        let text = network(c, &m, &NET);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let edge = |id: &str| {
            doc.descendants()
                .find(|n| n.has_tag_name("edge") && n.attribute("id") == Some(id))
                .unwrap()
        };
        let defence = edge("mutual-defence");
        assert_eq!(data(defence, "directed"), Some("false"));
        assert_eq!(data(defence, "type"), Some("mutual-defence"));
        assert_eq!(data(defence, "status"), Some("asserted"));
        assert_eq!(data(defence, "from"), Some("2024-06"));
        assert_eq!(data(defence, "to"), None);
        let fears = edge("japan-fears");
        assert_eq!(data(fears, "directed"), Some("true"));
        assert_eq!(
            fears.attribute("source"),
            Some("japan"),
            "a directed tie's source first"
        );
        // One kind of graph: no edge overrides the graph's edgedefault.
        assert!(doc.descendants().all(|n| n.attribute("directed").is_none()));
        assert_eq!(data(fears, "summary"), Some("Japan fears the treaty"));
        let russia = doc
            .descendants()
            .find(|n| n.has_tag_name("node") && n.attribute("id") == Some("russia"))
            .unwrap();
        assert_eq!(data(russia, "kind"), Some("state"));
        assert_eq!(data(russia, "label"), Some("Russia"));
        // Keys are declared for what the data uses.
        let keys: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
            assert!(keys.contains(&d.attribute("key").unwrap()));
        }
    }
}
