//! The files of a corpus opened in the browser (the `open` build), kept in the browser's
//! IndexedDB (through `rexie`) until the corpus is closed, so that a reload opens it
//! again. Nothing leaves the browser. Where the browser refuses storage (a private
//! window, a cross-site frame with storage blocked) nothing is kept: the corpus holds
//! for the visit, and every call here says so by its result instead of failing.

use rexie::{ObjectStore, Rexie, Store, Transaction, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

const DATABASE: &str = "alliance-explorer";
const STORE: &str = "opened";
const KEY: &str = "corpus";

pub use corpus_compiler::page::Files;

/// The database's store in a transaction of `mode` (none: the browser refused).
async fn store(mode: TransactionMode) -> Option<(Transaction, Store)> {
    let db = Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await
        .ok()?;
    let tx = db.transaction(&[STORE], mode).ok()?;
    let store = tx.store(STORE).ok()?;
    Some((tx, store))
}

/// Keeps the files; false when the browser refused.
pub async fn save(files: &Files) -> bool {
    let (dir, files) = files;
    let value = js_sys::Array::new();
    value.push(&JsValue::from_str(dir));
    for (name, bytes) in files {
        let pair = js_sys::Array::of2(
            &JsValue::from_str(name),
            &js_sys::Uint8Array::from(bytes.as_slice()),
        );
        value.push(&pair);
    }
    let Some((tx, store)) = store(TransactionMode::ReadWrite).await else {
        return false;
    };
    let put = store.put(&value, Some(&JsValue::from_str(KEY))).await;
    put.is_ok() && tx.done().await.is_ok()
}

/// The files kept, if any (and the browser lets us read them).
pub async fn load() -> Option<Files> {
    let (_tx, store) = store(TransactionMode::ReadOnly).await?;
    let value = store.get(JsValue::from_str(KEY)).await.ok()??;
    let items: js_sys::Array = value.dyn_into().ok()?;
    let dir = items.get(0).as_string()?;
    let mut files = Vec::new();
    for pair in items.iter().skip(1) {
        let pair: js_sys::Array = pair.dyn_into().ok()?;
        let name = pair.get(0).as_string()?;
        let bytes: js_sys::Uint8Array = pair.get(1).dyn_into().ok()?;
        files.push((name, bytes.to_vec()));
    }
    Some((dir, files))
}

/// Forgets the files (closing the corpus).
pub async fn clear() {
    if let Some((tx, store)) = store(TransactionMode::ReadWrite).await {
        let _ = store.delete(JsValue::from_str(KEY)).await;
        let _ = tx.done().await;
    }
}
