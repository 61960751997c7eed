//! Reusable pieces the views are drawn with: text fields, the person form, dialogs,
//! the help overlay, and column fitting for tables.

pub mod choice;
pub mod columns;
pub mod dialog;
pub mod discard;
pub mod field;
pub mod finder;
pub mod form;
pub mod form_note;
pub mod form_words;
pub mod grid;
pub mod help;
pub mod notice;
pub mod picker;
pub mod record_form;
pub mod wrap;
