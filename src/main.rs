// lol_alloc's free-list allocator measures 0.8 KB brotli smaller than the default
// dlmalloc (talc 0.3 KB larger); see docs/size.md.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the explorer runs on the browser's main thread only, without wasm threads.
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    alliance_explorer::ui::start();
}
