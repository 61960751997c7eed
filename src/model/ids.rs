//! New record ids that do not collide when two copies of a file are edited apart and
//! merged: a prefix, then random hex.

use std::hash::{BuildHasher, Hasher};

/// A fresh id such as `p-3f9a2c71d0`: `prefix`, a dash and ten random hex digits.
///
/// The randomness comes from std's per-process random hasher keys mixed with the clock
/// and a counter, which is plenty for ids (they need to be unlikely to collide, not
/// unpredictable).
pub fn new_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    format!("{prefix}-{:010x}", h.finish() & 0xff_ffff_ffff)
}

/// A fresh id that is not in `taken` (tried until one is free; a clash is already
/// one in a trillion).
pub fn new_id_avoiding<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    loop {
        let id = new_id(prefix);
        if !taken.clone().any(|t| t == id) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_have_the_prefix_and_differ() {
        let a = super::new_id("p");
        let b = super::new_id("p");
        assert!(a.starts_with("p-") && a.len() == 12, "{a}");
        assert_ne!(a, b);
    }
}
