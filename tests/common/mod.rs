//! Helpers shared by the TUI test files (each test file uses only some of them).
#![allow(dead_code)]

pub mod cli;
pub mod deals_fixture;
pub mod doubles;
pub mod drive;
pub mod faults;
pub mod git_team;
pub mod portfolio_fixture;
pub mod pty;
pub mod russian;
