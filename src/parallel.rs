//! Many articles on all cores, results in input order: shared by the CLI's `extract --jsonl`
//! and the Python package's `extract_many`.
//!
//! Takes a slice and a function; gives the function's result for every item, in the slice's
//! order ([`map_in_order`]) or as each is ready ([`for_each_done`]). The threads take items
//! by an atomic counter (articles differ in length by 100×, so fixed shares would leave a
//! core idle), and the order never depends on timing. std threads only; nothing in the
//! WebAssembly package calls this, so none of it is linked into the wasm.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// The threads to use when the caller names none: every core the process may use.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `work` applied to every item of `items` on at most `threads` threads (at least one), in
/// the order of `items`. A panic in `work` is raised again here, once every thread has stopped.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for_each_done(items, threads, work, |i, result| slots[i] = Some(result));
    // Every slot is filled: a panic would have been raised again above.
    slots.into_iter().flatten().collect()
}

/// `work` applied to every item of `items` on `threads` threads (at least one), with `done`
/// called on the calling thread with each item's index and result as soon as it is ready, so
/// the caller can turn results into its own objects while the threads analyse the rest (the
/// Python package builds its dicts there). With one thread no thread is started: each item
/// is worked and done in turn. A panic in `work` is raised again here, once every thread has
/// stopped.
pub fn for_each_done<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, R),
) {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        for (i, item) in items.iter().enumerate() {
            done(i, work(item));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (sender, results) = mpsc::channel();
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let sender = sender.clone();
                let (next, work) = (&next, &work);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if sender.send((i, work(item))).is_err() {
                        break;
                    }
                })
            })
            .collect();
        // The channel closes when the last worker ends (a panic included).
        drop(sender);
        for (i, result) in results {
            done(i, result);
        }
        for worker in workers {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_on_any_number_of_threads() {
        let items: Vec<u64> = (0..1000).collect();
        for threads in [0, 1, 2, 7, 5000] {
            let squares = map_in_order(&items, threads, |n| n * n);
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
        assert!(map_in_order(&[] as &[u8], 4, |b| *b).is_empty());
    }

    #[test]
    fn done_sees_every_index_once_on_the_calling_thread() {
        let items: Vec<usize> = (0..500).collect();
        let caller = std::thread::current().id();
        for threads in [1, 2, 3] {
            let mut seen = vec![0; items.len()];
            for_each_done(
                &items,
                threads,
                |n| n + 1,
                |i, r| {
                    assert_eq!(std::thread::current().id(), caller);
                    assert_eq!(r, i + 1);
                    seen[i] += 1;
                },
            );
            assert!(seen.iter().all(|&n| n == 1), "{threads} threads");
        }
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let items: Vec<u32> = (0..100).collect();
        let caught = std::panic::catch_unwind(|| {
            map_in_order(&items, 2, |&n| {
                assert!(n != 57, "item 57");
                n
            })
        });
        assert!(caught.is_err());
    }
}
