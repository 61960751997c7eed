//! A fast, non-cryptographic hasher for maps keyed by ids from our own files.
//!
//! std's SipHash resists hash flooding from hostile network input; account files are
//! local and a flooded map only slows one load, so the FxHash mix (as in rustc) is the
//! better trade: validation and indexing of a 10,000-person account spend most of their
//! time hashing ids.

use std::hash::{BuildHasherDefault, Hasher};

/// The FxHash word mix.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The word mix leaves the low bits depending only on the low bits of the last
        // words (a multiply carries upwards only), and `str` ends every key with the
        // same 0xff byte; std's map picks buckets by the low bits, so our ids (`p-` and
        // hex digits) used half the buckets random keys would, and lookups on a large
        // account probed long runs (the org chart of 10,000 people took twice as long).
        // A final avalanche (murmur3's fmix64) brings every bit down.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Ids shaped like ours (`p-` and ten hex digits) land in as many different
    /// low-bit buckets as random numbers would; with the bare word mix they used about
    /// half as many (3,700 of 16,384), and lookups on a large account probed long runs.
    #[test]
    fn ids_spread_over_the_low_bits_that_pick_a_bucket() {
        let build = BuildHasherDefault::<FxHasher>::default();
        let mut x: u64 = 7;
        let buckets: FxHashSet<u64> = (0..10_000)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                build.hash_one(format!("p-{:010x}", x >> 24)) & 0x3fff
            })
            .collect();
        // 10,000 random keys fill about 7,100 of 16,384 buckets.
        assert!(buckets.len() > 6_500, "only {} of 16,384 buckets used", buckets.len());
    }
}
