//! Timing pairs and printing the table, so that each row in `scale.rs` is a few lines.
//!
//! Every row compares two things measured in the same run, interleaved, because these
//! machines are shared and noisy: a slow second hits both sides alike, and the ratio of
//! the two medians stays put while each median wanders.

pub mod baselines;
pub mod memory;
pub mod tui;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Which statistic of the samples a row reports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stat {
    Median,
    /// The 99th percentile: for interactions, where the slow keystroke is what people feel.
    P99,
}

/// The clock a row is timed with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Elapsed time: for rows that wait for the disk (the save, with `sync_all`).
    Wall,
    /// The process's CPU time, user and system, all threads (so work moved to another
    /// thread still counts): for rows that compute, or read files the benchmark has
    /// just written (from the page cache, which is system time of the reader). On a shared machine a sample that loses the core waits out
    /// another process's time slice (milliseconds); that lands more often on the
    /// longer side of a pair and makes up most of a p99. CPU time leaves it out, on
    /// both sides alike.
    Cpu,
}

/// How a row samples: the statistic it reports, the clock, and how many samples.
#[derive(Clone, Copy)]
pub struct Sampling {
    pub stat: Stat,
    pub clock: Clock,
    pub reps: usize,
}

/// A measured figure: a time, or a size (for the memory row).
#[derive(Clone, Copy)]
pub enum Amount {
    Time(Duration, Stat, Clock),
    Bytes(u64),
}

impl Amount {
    fn value(self) -> f64 {
        match self {
            Amount::Time(d, _, _) => d.as_secs_f64(),
            Amount::Bytes(b) => b as f64,
        }
    }

    fn show(self) -> String {
        match self {
            Amount::Time(d, stat, clock) => {
                let s = d.as_secs_f64();
                let text = if s >= 1.0 {
                    format!("{s:.2} s")
                } else if s >= 1e-3 {
                    format!("{:.2} ms", s * 1e3)
                } else {
                    format!("{:.1} µs", s * 1e6)
                };
                let stat = if stat == Stat::P99 { " p99" } else { "" };
                let clock = if clock == Clock::Cpu { " cpu" } else { "" };
                format!("{text}{stat}{clock}")
            }
            Amount::Bytes(b) => format!("{:.1} MB", b as f64 / 1e6),
        }
    }
}

struct Row {
    what: String,
    /// `None` while the thing measured is still to come.
    a: Option<Amount>,
    vs: String,
    b: Option<Amount>,
    target: f64,
}

/// The rows of one run, and whether it is a quick smoke run.
pub struct Bench {
    quick: bool,
    /// `--only TEXT`: measure only the rows whose description holds TEXT.
    only: Option<String>,
    rows: Vec<Row>,
}

impl Bench {
    /// Reads `--quick` from the command line (`cargo bench --bench scale -- --quick`);
    /// other arguments, such as the `--bench` cargo adds, are ignored.
    pub fn from_args() -> Bench {
        let args: Vec<String> = std::env::args().collect();
        let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
        Bench { quick: args.iter().any(|a| a == "--quick"), only, rows: Vec::new() }
    }

    /// Whether a row is left out of this run (`--only`).
    pub fn skips(&self, what: &str) -> bool {
        self.only.as_ref().is_some_and(|o| !what.contains(o.as_str()))
    }

    /// The repetitions for a row: `full` normally, a fifth (at least 3) with `--quick`.
    pub fn reps(&self, full: usize) -> usize {
        if self.quick { (full / 5).max(3) } else { full }
    }

    /// How a row samples, with `full` repetitions in a full run.
    pub fn sampling(&self, stat: Stat, clock: Clock, full: usize) -> Sampling {
        Sampling { stat, clock, reps: self.reps(full) }
    }

    /// Measures `a` against `b`, interleaved, and adds the row. Results are dropped
    /// outside the timed part, so freeing memory is not counted on either side.
    pub fn pair<A, B>(
        &mut self,
        what: &str,
        vs: &str,
        target: f64,
        how: Sampling,
        mut a: impl FnMut() -> A,
        mut b: impl FnMut() -> B,
    ) {
        if self.skips(what) {
            return;
        }
        progress(what);
        // One untimed call each warms caches, the allocator and lazy statics.
        drop(black_box(a()));
        drop(black_box(b()));
        let (mut ta, mut tb) = (Vec::with_capacity(how.reps), Vec::with_capacity(how.reps));
        for i in 0..how.reps {
            // A B, then B A: whichever side runs second gets a warmer allocator, so
            // alternating the order cancels that too.
            if i % 2 == 0 {
                ta.push(timed(&mut a, how.clock));
                tb.push(timed(&mut b, how.clock));
            } else {
                tb.push(timed(&mut b, how.clock));
                ta.push(timed(&mut a, how.clock));
            }
        }
        let (a, b) = (amount(ta, how), amount(tb, how));
        self.rows.push(Row { what: what.into(), a: Some(a), vs: vs.into(), b: Some(b), target });
    }

    /// Times `f` alone (for a row compared with a fixed budget rather than a baseline).
    pub fn measure<A>(&mut self, what: &str, how: Sampling, mut f: impl FnMut() -> A) -> Amount {
        progress(what);
        drop(black_box(f()));
        amount((0..how.reps).map(|_| timed(&mut f, how.clock)).collect(), how)
    }

    /// Adds a row from two figures measured elsewhere (the memory row).
    pub fn amounts(&mut self, what: &str, a: Amount, vs: &str, b: Amount, target: f64) {
        self.rows.push(Row { what: what.into(), a: Some(a), vs: vs.into(), b: Some(b), target });
    }

    /// A row whose measured side is still to come; the baseline is timed when given, so
    /// its figure is on record already.
    pub fn pending<B>(
        &mut self,
        what: &str,
        vs: &str,
        target: f64,
        baseline: Option<(Sampling, &mut dyn FnMut() -> B)>,
    ) {
        if self.skips(what) {
            return;
        }
        let b = baseline.map(|(how, mut f)| {
            progress(vs);
            drop(black_box(f()));
            amount((0..how.reps).map(|_| timed(&mut f, how.clock)).collect(), how)
        });
        self.rows.push(Row { what: what.into(), a: None, vs: vs.into(), b, target });
    }

    /// Prints the table; fails when a measured ratio misses its target.
    pub fn finish(self) -> ExitCode {
        let header = ["what", "median", "compared with", "its median", "ratio", "target", "ok"];
        let cells: Vec<[String; 7]> = self
            .rows
            .iter()
            .map(|r| {
                let ratio = r.a.zip(r.b).map(|(a, b)| a.value() / b.value());
                [
                    r.what.clone(),
                    r.a.map_or("to come".into(), Amount::show),
                    r.vs.clone(),
                    r.b.map_or("-".into(), Amount::show),
                    ratio.map_or("-".into(), |x| format!("{x:.2}x")),
                    format!("<= {}x", r.target),
                    match ratio {
                        Some(x) if x <= r.target => "ok".into(),
                        Some(_) => "MISSED".into(),
                        None => "to come".into(),
                    },
                ]
            })
            .collect();
        let mut widths = header.map(|h| h.chars().count());
        for row in &cells {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |row: &[String]| {
            let parts: Vec<String> = row.iter().zip(&widths).map(|(c, &w)| format!("{c:<w$}")).collect();
            println!("| {} |", parts.join(" | "));
        };
        eprintln!();
        println!(
            "{}",
            if self.quick { "quick run (--quick): fewer repetitions, rougher figures" } else { "" }
        );
        line(&header.map(String::from));
        line(&widths.map(|w| "-".repeat(w)));
        cells.iter().for_each(|r| line(r));
        let missed = cells.iter().filter(|r| r[6] == "MISSED").count();
        let to_come = cells.iter().filter(|r| r[6] == "to come").count();
        println!(
            "\n{} rows: {} ok, {missed} missed, {to_come} still to come",
            cells.len(),
            cells.len() - missed - to_come
        );
        if missed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
    }
}

fn progress(what: &str) {
    eprintln!("measuring: {what}");
}

fn timed<R>(f: &mut impl FnMut() -> R, clock: Clock) -> Duration {
    if clock == Clock::Cpu {
        let start = cpu_time();
        let out = black_box(f());
        let took = cpu_time().saturating_sub(start);
        drop(out);
        return took;
    }
    let start = Instant::now();
    let out = black_box(f());
    let took = start.elapsed();
    drop(out);
    took
}

/// The CPU time this process has used (nanosecond resolution on Linux).
fn cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration, and
    // CLOCK_PROCESS_CPUTIME_ID is a clock every supported Unix provides.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "the process CPU clock is readable");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn amount(samples: Vec<Duration>, how: Sampling) -> Amount {
    Amount::Time(summary(samples, how.stat), how.stat, how.clock)
}

fn summary(mut samples: Vec<Duration>, stat: Stat) -> Duration {
    samples.sort_unstable();
    let at = match stat {
        Stat::Median => samples.len() / 2,
        Stat::P99 => (samples.len() * 99).div_ceil(100).saturating_sub(1),
    };
    samples.get(at).copied().unwrap_or_default()
}
