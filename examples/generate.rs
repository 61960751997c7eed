//! Writes a data folder of generated accounts, for trying `dmu` at scale:
//!
//! ```text
//! cargo run --release --example generate -- --people 10000 --accounts 1 --seed 7 --out DIR
//! dmu --data-dir DIR
//! ```

use clap::Parser;
use std::path::PathBuf;

/// Generate realistic accounts (people, reports-to tree, influence links, our team).
#[derive(Parser)]
struct Args {
    /// People in each account.
    #[arg(long, default_value_t = 1000)]
    people: usize,
    /// How many accounts to write.
    #[arg(long, default_value_t = 1)]
    accounts: usize,
    /// The same seed always gives the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The data folder to write into (its `accounts/` subfolder is created).
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let paths = dmu::generate::portfolio(&args.out, args.accounts, args.people, args.seed)?;
    let bytes: u64 = paths.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum();
    println!(
        "wrote {} account(s) of {} people ({:.1} MB) to {}",
        paths.len(),
        args.people,
        bytes as f64 / 1e6,
        args.out.join("accounts").display()
    );
    println!("open them with: dmu --data-dir {}", args.out.display());
    Ok(())
}
