//! wasm-streams 0.5.0's `ReadableStream` conversions, as leptos's server-function client
//! uses them, without the original's exported `#[wasm_bindgen]` classes (see Cargo.toml):
//! `ReadableStream::from_stream(..).into_raw()` and
//! `ReadableStream::from_raw(..).into_stream()`. The stream a Rust stream becomes is
//! driven by `pull` and `cancel` closures handed to the JS garbage collector instead of
//! by an exported class.
use core::cell::RefCell;
use core::future::poll_fn;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::rc::Rc;

use futures_util::stream::{FusedStream, Stream};
use futures_util::FutureExt;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub mod readable {
    pub use super::{IntoStream, ReadableStream};

    /// The raw JavaScript types, re-exported from web-sys.
    pub mod sys {
        pub use web_sys::{ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult};
    }
}

/// A [`ReadableStream`](https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream).
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

type Source = Rc<RefCell<Option<Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>>>>;

impl ReadableStream {
    /// Wraps a JavaScript stream.
    #[inline]
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A JavaScript stream whose chunks are the items of `stream`; an `Err` item errors
    /// it. The JS stream asks for each chunk (`pull`, high-water mark 0: no queue of its
    /// own, as in the original).
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let source: Source = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pulled = source.clone();
        let pull = Closure::<dyn FnMut(web_sys::ReadableStreamDefaultController) -> Promise>::new(
            move |controller: web_sys::ReadableStreamDefaultController| {
                let source = pulled.clone();
                wasm_bindgen_futures::future_to_promise(async move {
                    let next = poll_fn(|cx| match source.borrow_mut().as_mut() {
                        Some(stream) => stream.as_mut().poll_next(cx),
                        None => Poll::Ready(None),
                    })
                    .await;
                    match next {
                        Some(Ok(chunk)) => controller.enqueue_with_chunk(&chunk)?,
                        Some(Err(err)) => {
                            source.borrow_mut().take();
                            return Err(err);
                        }
                        None => {
                            source.borrow_mut().take();
                            controller.close()?;
                        }
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let cancel = Closure::<dyn FnMut(JsValue)>::new(move |_reason: JsValue| {
            source.borrow_mut().take();
        });
        let underlying = web_sys::UnderlyingSource::new();
        underlying.set_pull(pull.into_js_value().unchecked_ref());
        underlying.set_cancel(cancel.into_js_value().unchecked_ref());
        let strategy = web_sys::QueuingStrategy::new();
        strategy.set_high_water_mark(0.0);
        let raw = web_sys::ReadableStream::new_with_underlying_source_and_strategy(
            &underlying,
            &strategy,
        )
        .unwrap_throw();
        Self::from_raw(raw)
    }

    /// The underlying JavaScript stream.
    #[inline]
    pub fn as_raw(&self) -> &web_sys::ReadableStream {
        &self.raw
    }

    /// Consumes this `ReadableStream`, returning the underlying JavaScript stream.
    #[inline]
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A Rust stream of the chunks (and error) of this stream, which it locks. **Panics**
    /// if the stream is already locked to a reader.
    pub fn into_stream(self) -> IntoStream<'static> {
        let reader = self
            .raw
            .get_reader()
            .unchecked_into::<web_sys::ReadableStreamDefaultReader>();
        IntoStream {
            reader: Some(reader),
            fut: None,
            _stream: core::marker::PhantomData,
        }
    }
}

/// The [`Stream`] of [`ReadableStream::into_stream`]. Dropped before the end, it cancels
/// the JS stream.
#[must_use = "streams do nothing unless polled"]
#[derive(Debug)]
pub struct IntoStream<'reader> {
    reader: Option<web_sys::ReadableStreamDefaultReader>,
    fut: Option<JsFuture>,
    _stream: core::marker::PhantomData<&'reader mut ReadableStream>,
}

impl FusedStream for IntoStream<'_> {
    fn is_terminated(&self) -> bool {
        self.reader.is_none() && self.fut.is_none()
    }
}

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let read = match (&mut this.fut, &this.reader) {
            (Some(fut), _) => fut,
            (None, Some(reader)) => this.fut.insert(JsFuture::from(reader.read())),
            (None, None) => return Poll::Ready(None),
        };
        let result = match read.poll_unpin(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        this.fut = None;
        Poll::Ready(match result {
            Ok(value) => {
                let result = web_sys::ReadableStreamReadResult::from(value);
                if result.get_done().unwrap_or_default() {
                    this.reader = None;
                    None
                } else {
                    Some(Ok(result.get_value()))
                }
            }
            Err(err) => {
                this.reader = None;
                Some(Err(err))
            }
        })
    }
}

impl Drop for IntoStream<'_> {
    fn drop(&mut self) {
        if let Some(reader) = self.reader.take() {
            let on_rejected = Closure::once(|_| {});
            let _ = reader.cancel().catch(&on_rejected);
            on_rejected.forget();
        }
    }
}
