//! Everything that knows about ratatui and crossterm.

pub mod views;
