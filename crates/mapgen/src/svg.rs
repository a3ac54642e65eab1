//! The static file the browser fetches: an SVG fragment of `<path>` elements.

use std::path::Path;

use crate::basemap::BaseMap;

/// What [`svg_fragment`] writes on each `<path>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvgOptions {
    /// The `class` of every path (the page styles it; no inline styles, for the CSP).
    pub class: String,
    /// Write `data-id="…"` (the ISO 3166-1 numeric code) where the country has one.
    pub ids: bool,
    /// Write `data-name="…"` (the Natural Earth name).
    pub names: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            class: "land".into(),
            ids: true,
            names: false,
        }
    }
}

/// The SVG fragment: one `<path class="land" data-id="392" d="…"/>` a line, in the base
/// map's order, to be placed inside an `<svg viewBox="0 0 {width} {height}">`.
pub fn svg_fragment(map: &BaseMap, opts: &SvgOptions) -> String {
    let mut out = String::new();
    for c in &map.countries {
        out.push_str("<path");
        if !opts.class.is_empty() {
            out.push_str(" class=\"");
            out.push_str(&escape(&opts.class));
            out.push('"');
        }
        if opts.ids && !c.id.is_empty() {
            out.push_str(" data-id=\"");
            out.push_str(&escape(&c.id));
            out.push('"');
        }
        if opts.names && !c.name.is_empty() {
            out.push_str(" data-name=\"");
            out.push_str(&escape(&c.name));
            out.push('"');
        }
        out.push_str(" d=\"");
        out.push_str(&c.d);
        out.push_str("\"/>\n");
    }
    out
}

/// Writes [`svg_fragment`] to `path`, creating its folder if needed.
pub fn write_svg_fragment(map: &BaseMap, path: &Path, opts: &SvgOptions) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, svg_fragment(map, opts))
}

/// The style of the outline file: it is shown as an image, which the page's stylesheet
/// does not reach, so it carries its own colours for light and dark (the page's
/// `--badge` and `--line`). Its strokes are thin because the map zooms the image.
pub const OUTLINE_STYLE: &str = "path{fill:#eef1f5;stroke:#c3c8d0;stroke-width:.5;\
stroke-linejoin:round}@media(prefers-color-scheme:dark){path{fill:#2a2f38;stroke:#4a505b}}";

/// The outline file of the build (`data/countries.svg`): a standalone SVG document, with
/// no XML declaration or doctype, holding its [`OUTLINE_STYLE`] and one `<path d="…"/>`
/// per country, in the base map's viewBox.
///
/// The page shows it as an SVG `<image>` in the geographic layout's units (the same
/// frame as the spots), so the outlines align with the actors and zoom with them; the
/// browser loads it from the same origin when the map first opens. It is about 13 KB
/// with `brotli -q 11`, under the 20,000 B budget that `scripts/size.sh check` and the
/// tests hold it to.
pub fn outline_file(map: &BaseMap) -> String {
    let opts = SvgOptions {
        class: String::new(),
        ids: false,
        names: false,
    };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\">\n<style>{}</style>\n{}</svg>\n",
        map.width,
        map.height,
        OUTLINE_STYLE,
        svg_fragment(map, &opts)
    )
}

/// Writes [`outline_file`] to `path`, creating its folder if needed.
pub fn write_outline_file(map: &BaseMap, path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, outline_file(map))
}

/// A whole SVG document around the fragment (for looking at the map outside the page).
/// `extra` is inserted after the outlines, e.g. circles for places; `style` goes into a
/// `<style>` element.
pub fn svg_document(map: &BaseMap, opts: &SvgOptions, style: &str, extra: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\n<style>{style}</style>\n{frag}{extra}</svg>\n",
        w = map.width,
        h = map.height,
        frag = svg_fragment(map, opts),
    )
}

/// Escapes text for an XML attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
