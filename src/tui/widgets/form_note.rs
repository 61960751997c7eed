//! The person form's last field, "Note for the history": a line that goes with the
//! edit's history entries (why the stance moved, say), never into the person. Empty by
//! default; an edit that records nothing keeps no note. Its label is longer than the
//! form's label column, so its row gives the label the room it needs.

use super::field::TextField;
use crate::t;

/// The note typed with an edit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryNote(pub TextField);

impl HistoryNote {
    /// The label in front of the field (the form's own message: it is a label of the
    /// form, though the note goes to the history).
    pub fn label() -> String {
        t!("tui-forms-history-note")
    }

    /// What the form says under the field while it has the focus.
    pub fn explained() -> String {
        t!("tui-forms-history-note-explained")
    }

    /// The columns its label takes: the label and a space, at least the form's `label`.
    pub fn label_width(label: u16) -> u16 {
        (crate::tui::fit::width(&Self::label()) as u16 + 1).max(label)
    }

    /// The note to record, if one was typed.
    pub fn value(&self) -> Option<String> {
        Some(self.0.text().trim().to_string()).filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_no_note_and_the_label_fits_its_row() {
        assert_eq!(HistoryNote::default().value(), None);
        assert_eq!(HistoryNote(TextField::new("  ")).value(), None);
        assert_eq!(HistoryNote(TextField::new(" backed us ")).value().as_deref(), Some("backed us"));
        assert_eq!(HistoryNote::label_width(14), 21);
        assert_eq!(HistoryNote::label_width(30), 30);
    }
}
