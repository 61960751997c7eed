//! The import's mapping editor: one line per column of the file (its header, a sample
//! value from the first rows, the field it holds or "not used"); ↑ ↓ choose a column,
//! ← → step its field through "not used" and [`Field::ALL`], Enter picks one from a
//! list. Leaving plans the file again with the mapping as it is then (see
//! `app/import_flow.rs`).

use crate::import::{Field, Mapping, Table};
use crate::tui::action::Action;
use crate::tui::app::import_texts as words;
use crate::tui::widgets::picker::{PickItem, PickOutcome, Picker};

/// How many rows are looked at for a column's sample.
const SAMPLE_ROWS: usize = 20;

/// The picker's key for "not used".
const UNUSED: &str = "-";

/// The editor's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingEditor {
    /// The field of each column, as edited.
    pub fields: Vec<Option<Field>>,
    /// The column selected.
    pub selected: usize,
    /// The first value of each column among the first rows.
    pub samples: Vec<String>,
    /// The field picker, while open.
    pub picker: Option<Picker>,
}

impl MappingEditor {
    /// The editor on a table's columns as `mapping` reads them.
    pub fn new(table: &Table, mapping: &Mapping) -> MappingEditor {
        let samples = (0..table.headers.len())
            .map(|i| {
                let first = table.rows.iter().take(SAMPLE_ROWS).map(|r| r.cell(i)).find(|c| !c.is_empty());
                crate::text::one_line(first.unwrap_or(""))
            })
            .collect();
        let mut fields = mapping.fields.clone();
        fields.resize(table.headers.len(), None);
        MappingEditor { fields, selected: 0, samples, picker: None }
    }

    /// Moves the selection; `page` columns a page.
    pub fn move_by(&mut self, action: Action, page: usize) {
        let Some(delta) = action.list_step(page) else { return };
        self.selected = self.selected.saturating_add_signed(delta).min(self.fields.len().saturating_sub(1));
    }

    /// Steps the selected column's field: "not used", then [`Field::ALL`] in order.
    pub fn cycle(&mut self, forward: bool) {
        let Some(slot) = self.fields.get_mut(self.selected) else { return };
        let n = Field::ALL.len() + 1;
        // 0 is "not used", i + 1 the field at i.
        let at = slot.and_then(|f| Field::ALL.iter().position(|x| *x == f)).map_or(0, |i| i + 1);
        let next = if forward { (at + 1) % n } else { (at + n - 1) % n };
        *slot = next.checked_sub(1).map(|i| Field::ALL[i]);
    }

    /// Opens the field picker for the selected column.
    pub fn open_picker(&mut self, header: &str) {
        let mut items =
            vec![PickItem { key: UNUSED.into(), label: words::not_used(), detail: String::new() }];
        // The detail is the word a profile writes, where it is not the label's.
        items.extend(Field::ALL.iter().map(|f| PickItem {
            key: f.key().into(),
            label: f.label(),
            detail: if f.key().replace('_', " ") == f.label() { String::new() } else { f.key().into() },
        }));
        self.picker = Some(Picker::new(words::picker_title(header), items));
    }

    /// Carries out an action on the open picker.
    pub fn pick(&mut self, action: Action) {
        let Some(picker) = &mut self.picker else { return };
        match picker.handle(action) {
            PickOutcome::Choosing => {}
            PickOutcome::Cancel => self.picker = None,
            PickOutcome::Picked(key) => {
                if let Some(slot) = self.fields.get_mut(self.selected) {
                    *slot = Field::from_key(&key);
                }
                self.picker = None;
            }
        }
    }

    /// Whether the column at `i` holds a field an earlier column holds already (the
    /// import reads the first one).
    pub fn shadowed(&self, i: usize) -> bool {
        let Some(Some(f)) = self.fields.get(i) else { return false };
        self.fields[..i].contains(&Some(*f))
    }

    /// The mapping as edited, from `before` (its system and where it came from).
    pub fn mapping(&self, before: &Mapping) -> Mapping {
        Mapping { fields: self.fields.clone(), ..before.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Format, Row};

    fn table() -> Table {
        let row = |line, cells: &[&str]| Row { line, cells: csv::StringRecord::from(cells.to_vec()) };
        Table {
            format: Format::Csv,
            encoding: "UTF-8",
            delimiter: Some(b','),
            headers: vec!["Name".into(), "Mail".into()],
            header_line: 1,
            preamble: Vec::new(),
            footer: Vec::new(),
            rows: vec![row(2, &["Ann Lee", ""]), row(3, &["Bo Chen", "bo@x.com"])],
        }
    }

    #[test]
    fn fields_step_round_through_not_used_and_samples_skip_empty_cells() {
        let m = Mapping { fields: vec![Some(Field::FullName), None], ..Mapping::default() };
        let mut e = MappingEditor::new(&table(), &m);
        assert_eq!(e.samples, ["Ann Lee", "bo@x.com"]);
        e.move_by(Action::Down, 10);
        e.cycle(true);
        assert_eq!(e.fields[1], Some(Field::ALL[0]));
        e.cycle(false);
        e.cycle(false);
        assert_eq!(e.fields[1], Some(*Field::ALL.last().unwrap()), "back past not used to the last");
        e.open_picker("Mail");
        for c in "email".chars() {
            e.pick(Action::Insert(c));
        }
        e.pick(Action::Submit);
        assert_eq!((e.fields[1], e.picker.is_none()), (Some(Field::Email), true));
        assert!(!e.shadowed(1));
        e.fields[1] = Some(Field::FullName);
        assert!(e.shadowed(1), "the first column with a field is the one read");
    }
}
