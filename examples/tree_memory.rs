//! How much memory a manifest takes once read: the engine's own JSON tree
//! (`teams_update_check::json::Json`) against `serde_json::Value`, the tree it
//! replaced. Prints the bytes in use, the number of allocations and the time to
//! read and to free a document, for a typical manifest and one at the 4 MiB limit.
//! Both are read by the same `serde_json` parser, so only the trees differ.
//!
//! Run: `cargo run --release --example tree_memory` (figures in BENCHMARKS.md).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use teams_update_check::json::Json;

/// The system allocator, counting what is in use and how many allocations were made.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system allocator; the counters are
// only statistics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        IN_USE.fetch_add(new_size, Ordering::Relaxed);
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What reading one document cost.
struct Cost {
    bytes: usize,
    allocations: usize,
    read: Duration,
    free: Duration,
}

/// Reads `text` with `read` (best of `runs`), measuring memory, allocations and times.
fn measure<T>(text: &str, runs: usize, read: impl Fn(&str) -> T) -> Cost {
    let mut best: Option<Cost> = None;
    for _ in 0..runs {
        let (before, allocations) = (
            IN_USE.load(Ordering::Relaxed),
            ALLOCATIONS.load(Ordering::Relaxed),
        );
        let start = Instant::now();
        let tree = black_box(read(text));
        let read_time = start.elapsed();
        let cost = Cost {
            bytes: IN_USE.load(Ordering::Relaxed) - before,
            allocations: ALLOCATIONS.load(Ordering::Relaxed) - allocations,
            read: read_time,
            free: Duration::ZERO,
        };
        let start = Instant::now();
        drop(tree);
        let cost = Cost {
            free: start.elapsed(),
            ..cost
        };
        best = Some(match best {
            Some(best) if best.read + best.free <= cost.read + cost.free => best,
            _ => cost,
        });
    }
    best.unwrap_or(Cost {
        bytes: 0,
        allocations: 0,
        read: Duration::ZERO,
        free: Duration::ZERO,
    })
}

/// A manifest of about `size` bytes made of small three-field objects (as in `benches/check.rs`).
fn sized(size: usize) -> String {
    let entry = r#"{"id":"x","title":"A typical command title","value":12345}"#;
    let count = size / (entry.len() + 1);
    let commands = vec![entry; count].join(",");
    format!(
        r#"{{"id":"4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a","version":"1.0.0","commands":[{commands}]}}"#
    )
}

fn report(name: &str, text: &str, runs: usize) {
    let serde = measure(text, runs, |text| {
        serde_json::from_str::<serde_json::Value>(text).ok()
    });
    let ours = measure(text, runs, |text| serde_json::from_str::<Json>(text).ok());
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{name} ({} bytes of JSON):", text.len());
    for (label, cost) in [("serde_json::Value", &serde), ("json::Json", &ours)] {
        println!(
            "  {label:<18} {:>11} bytes in use, {:>7} allocations, read {:>7.2} ms, free {:>6.2} ms",
            cost.bytes,
            cost.allocations,
            ms(cost.read),
            ms(cost.free)
        );
    }
    println!(
        "  ratio              {:.2}x the memory, {:.2}x the allocations, {:.2}x the time (read + free)",
        ours.bytes as f64 / serde.bytes.max(1) as f64,
        ours.allocations as f64 / serde.allocations.max(1) as f64,
        (ms(ours.read) + ms(ours.free)) / (ms(serde.read) + ms(serde.free)).max(f64::MIN_POSITIVE)
    );
}

fn main() {
    let typical = include_str!("../assets/examples/contoso-tasks-new.json");
    report("typical manifest", typical, 200);
    report("4 MiB manifest", &sized((4 << 20) - 4096), 10);
}
