//! The `dmu` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    dmu::cli::main()
}
