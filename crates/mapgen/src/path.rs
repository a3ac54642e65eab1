//! Compact SVG path data for integer rings, and a parser for it.

use std::fmt::Write;

/// Encodes closed integer rings as SVG path data: `M x y` for the first ring, `m dx dy`
/// (relative to the previous ring's start, where `z` leaves the current point) for the
/// others, then `l` with relative pairs, and `z`. Numbers are separated by a space only
/// where the next one has no minus sign.
pub fn encode_path(rings: &[Vec<(i32, i32)>]) -> String {
    let mut d = String::new();
    let mut start = (0, 0);
    for (k, ring) in rings.iter().enumerate() {
        let Some(&first) = ring.first() else {
            continue;
        };
        if k == 0 {
            d.push('M');
            push_pair(&mut d, first.0, first.1);
        } else {
            d.push('m');
            push_pair(&mut d, first.0 - start.0, first.1 - start.1);
        }
        start = first;
        let mut at = first;
        for (i, &p) in ring.iter().enumerate().skip(1) {
            if i == 1 {
                d.push('l');
            } else if p.0 - at.0 >= 0 {
                d.push(' ');
            }
            push_pair(&mut d, p.0 - at.0, p.1 - at.1);
            at = p;
        }
        d.push('z');
    }
    d
}

fn push_pair(d: &mut String, a: i32, b: i32) {
    let _ = write!(d, "{a}");
    if b >= 0 {
        d.push(' ');
    }
    let _ = write!(d, "{b}");
}

/// Parses path data of the form [`encode_path`] writes (the commands `M m L l z Z`, integer
/// numbers, implicit repetition) back into absolute rings. Anything else is an error, never
/// a panic.
pub fn parse_path(d: &str) -> Result<Vec<Vec<(i32, i32)>>, String> {
    let mut rings: Vec<Vec<(i32, i32)>> = Vec::new();
    let mut ring: Vec<(i32, i32)> = Vec::new();
    let mut cur = (0i32, 0i32);
    let mut start = (0i32, 0i32);
    let mut cmd = ' ';
    let mut nums: Vec<i32> = Vec::new();
    let bytes = d.as_bytes();
    let mut i = 0;
    let flush = |cmd: char,
                 nums: &mut Vec<i32>,
                 cur: &mut (i32, i32),
                 start: &mut (i32, i32),
                 ring: &mut Vec<(i32, i32)>|
     -> Result<(), String> {
        if !nums.is_empty() && !matches!(cmd, 'M' | 'm' | 'L' | 'l') {
            return Err(format!(
                "numbers where no command takes them (after {cmd:?})"
            ));
        }
        if !nums.len().is_multiple_of(2) {
            return Err(format!("odd number count after '{cmd}'"));
        }
        for (k, pair) in nums.chunks(2).enumerate() {
            let (a, b) = (pair[0], pair[1]);
            let relative = cmd.is_ascii_lowercase();
            *cur = if relative {
                match (cur.0.checked_add(a), cur.1.checked_add(b)) {
                    (Some(x), Some(y)) => (x, y),
                    _ => return Err(format!("'{cmd}' {a} {b} goes beyond 32-bit coordinates")),
                }
            } else {
                (a, b)
            };
            if k == 0 && (cmd == 'M' || cmd == 'm') {
                *start = *cur;
            }
            ring.push(*cur);
        }
        nums.clear();
        Ok(())
    };
    while i < bytes.len() {
        let c = bytes[i] as char;
        match c {
            'M' | 'm' | 'L' | 'l' | 'z' | 'Z' => {
                flush(cmd, &mut nums, &mut cur, &mut start, &mut ring)?;
                if c == 'M' || c == 'm' {
                    if !ring.is_empty() {
                        rings.push(std::mem::take(&mut ring));
                    }
                } else if c == 'z' || c == 'Z' {
                    if !ring.is_empty() {
                        rings.push(std::mem::take(&mut ring));
                    }
                    cur = start;
                }
                cmd = c;
                i += 1;
            }
            ' ' | ',' | '\n' | '\t' => i += 1,
            '-' | '0'..='9' => {
                let j0 = i;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let n = d[j0..i]
                    .parse::<i32>()
                    .map_err(|e| format!("bad number {:?}: {e}", &d[j0..i]))?;
                nums.push(n);
            }
            _ => {
                let c = d[i..].chars().next().unwrap_or(c);
                return Err(format!("unexpected {c:?} in path data"));
            }
        }
    }
    flush(cmd, &mut nums, &mut cur, &mut start, &mut ring)?;
    if !ring.is_empty() {
        rings.push(ring);
    }
    Ok(rings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_relative_and_round_trips() {
        let rings = vec![
            vec![(12, 34), (17, 28), (20, 32), (18, 31)],
            vec![(100, 5), (101, 5), (101, 7)],
        ];
        let d = encode_path(&rings);
        assert_eq!(d, "M12 34l5-6 3 4-2-1zm88-29l1 0 0 2z");
        assert_eq!(parse_path(&d).unwrap(), rings);
    }

    #[test]
    fn rejects_what_it_does_not_write() {
        assert!(parse_path("M1 2C3 4").is_err());
        assert!(parse_path("M1 2l3").is_err());
        assert!(parse_path("M2147483647 0l1 0z").is_err());
        assert!(parse_path("M1 2l-").is_err());
        assert!(parse_path("M1 2l3 4é").is_err());
        assert!(parse_path("1 2l3 4z").is_err());
        assert!(parse_path("M1 2l3 4z5 6").is_err());
    }
}
