//! Peak memory of opening an account, measured in a fresh child process so that the
//! benchmark's own data (and its allocator's leftovers) do not count.
//!
//! The parent re-runs its own executable with [`CHILD_FLAG`] and a file path; the child
//! notes its peak resident size (`VmHWM` in `/proc/self/status`), opens the file, and
//! prints how far the peak rose.

use std::path::Path;
use std::process::Command;

/// The argument that turns the bench binary into the measuring child.
pub const CHILD_FLAG: &str = "--peak-memory-of";

/// The process's peak resident size so far, in bytes (Linux only).
pub fn peak_resident() -> Result<u64, String> {
    let status =
        std::fs::read_to_string("/proc/self/status").map_err(|e| format!("/proc/self/status: {e}"))?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).ok_or("no VmHWM in /proc/self/status")?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .map_err(|e| format!("{line}: {e}"))?;
    Ok(kb * 1024)
}

/// In the child: how much the peak rose while `open` ran, printed for the parent.
/// `open`'s result is kept until after the second reading, as an open account is.
pub fn report_rise<R>(open: impl FnOnce() -> R) -> Result<(), String> {
    let before = peak_resident()?;
    let opened = open();
    let after = peak_resident()?;
    std::hint::black_box(&opened);
    println!("{}", after.saturating_sub(before));
    Ok(())
}

/// In the parent: the median rise over `runs` fresh children opening `file`.
pub fn peak_rise_in_child(file: &Path, runs: usize) -> Result<u64, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the bench binary: {e}"))?;
    let mut rises = Vec::with_capacity(runs);
    for _ in 0..runs {
        let out = Command::new(&exe)
            .arg(CHILD_FLAG)
            .arg(file)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
        let text = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            return Err(format!("the memory child failed: {}", String::from_utf8_lossy(&out.stderr)));
        }
        rises.push(text.trim().parse::<u64>().map_err(|e| format!("the memory child said {text:?}: {e}"))?);
    }
    rises.sort_unstable();
    rises.get(rises.len() / 2).copied().ok_or_else(|| "no runs".into())
}
