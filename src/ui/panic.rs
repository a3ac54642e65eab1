//! A panic shows a visible message with a way to reload, never a blank page.

use wasm_bindgen::JsCast;

/// Replaces the default panic behaviour: log to the console and show an alert box.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        show_fatal_error(&message);
    }));
}

/// Puts an error box with a reload button at the top of the page. Uses the DOM
/// directly: after a panic the reactive system cannot be trusted.
pub fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_id("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "fatal");
    let heading = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    let details = document.create_element("pre").ok();
    let button = document.create_element("button").ok();
    let afresh = document.create_element("button").ok();
    if let (Some(h), Some(p), Some(d), Some(b), Some(f)) = (heading, text, details, button, afresh)
    {
        let w = super::strings::w();
        h.set_text_content(Some(w.panic_title));
        p.set_text_content(Some(w.panic_text));
        d.set_text_content(Some(message));
        b.set_text_content(Some(w.panic_reload));
        let _ = b.set_attribute("type", "button");
        // The page's boot script acts on `data-go` (an `onclick` attribute would break
        // a strict CSP, and the wasm has stopped).
        let _ = b.set_attribute("data-go", "reload");
        f.set_text_content(Some(w.panic_afresh));
        let _ = f.set_attribute("type", "button");
        let _ = f.set_attribute("data-go", "afresh");
        let _ = panel.append_child(&h);
        let _ = panel.append_child(&p);
        let _ = panel.append_child(&b);
        let _ = panel.append_child(&f);
        let _ = panel.append_child(&d);
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
    if let Ok(el) = panel.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
