//! Reusable pieces the views are drawn with: text fields, the person form, dialogs,
//! the help overlay, and column fitting for tables.

pub mod columns;
pub mod dialog;
pub mod field;
pub mod form;
pub mod grid;
pub mod help;
pub mod picker;
pub mod record_form;
