//! The Russian keyboard layout (ЙЦУКЕН) read as the Latin one (QWERTY) it sits on.
//!
//! With the Russian layout active, the key where `q` is types `й`. Outside text fields
//! dmu reads such a key as the Latin key of the same place, so every command works
//! without switching the layout. Text fields keep what was typed.

/// The Latin character on the same key as a character of the Russian layout, with
/// shift as it was (`й` → `q`, `Й` → `Q`, `.` → `/`, `,` → `?`); `None` for a character
/// the Russian layout does not put on a letter or punctuation key of QWERTY.
pub fn latin_for(c: char) -> Option<char> {
    const LOWER: &[(char, char)] = &[
        ('й', 'q'),
        ('ц', 'w'),
        ('у', 'e'),
        ('к', 'r'),
        ('е', 't'),
        ('н', 'y'),
        ('г', 'u'),
        ('ш', 'i'),
        ('щ', 'o'),
        ('з', 'p'),
        ('х', '['),
        ('ъ', ']'),
        ('ф', 'a'),
        ('ы', 's'),
        ('в', 'd'),
        ('а', 'f'),
        ('п', 'g'),
        ('р', 'h'),
        ('о', 'j'),
        ('л', 'k'),
        ('д', 'l'),
        ('ж', ';'),
        ('э', '\''),
        ('я', 'z'),
        ('ч', 'x'),
        ('с', 'c'),
        ('м', 'v'),
        ('и', 'b'),
        ('т', 'n'),
        ('ь', 'm'),
        ('б', ','),
        ('ю', '.'),
        ('ё', '`'),
    ];
    const UPPER: &[(char, char)] = &[
        ('Й', 'Q'),
        ('Ц', 'W'),
        ('У', 'E'),
        ('К', 'R'),
        ('Е', 'T'),
        ('Н', 'Y'),
        ('Г', 'U'),
        ('Ш', 'I'),
        ('Щ', 'O'),
        ('З', 'P'),
        ('Х', '{'),
        ('Ъ', '}'),
        ('Ф', 'A'),
        ('Ы', 'S'),
        ('В', 'D'),
        ('А', 'F'),
        ('П', 'G'),
        ('Р', 'H'),
        ('О', 'J'),
        ('Л', 'K'),
        ('Д', 'L'),
        ('Ж', ':'),
        ('Э', '"'),
        ('Я', 'Z'),
        ('Ч', 'X'),
        ('С', 'C'),
        ('М', 'V'),
        ('И', 'B'),
        ('Т', 'N'),
        ('Ь', 'M'),
        ('Б', '<'),
        ('Ю', '>'),
        ('Ё', '~'),
        // The punctuation the Russian layout moves: `.` sits where `/` is and `,` is
        // its shifted form (where `?` is); `"` is on 2, `№` on 3, `;` on 4, `:` on 6
        // and `?` on 7.
        ('.', '/'),
        (',', '?'),
        ('№', '#'),
    ];
    LOWER.iter().chain(UPPER).find(|(ru, _)| *ru == c).map(|(_, la)| *la)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_russian_letter_has_its_latin_key() {
        let ru = "йцукенгшщзхъфывапролджэячсмитьбюё";
        let en = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
        for (r, e) in ru.chars().zip(en.chars()) {
            assert_eq!(latin_for(r), Some(e), "{r}");
            assert_eq!(latin_for(r.to_uppercase().next().unwrap()).map(|c| c.is_ascii()), Some(true));
        }
        assert_eq!(latin_for('Й'), Some('Q'));
        assert_eq!(latin_for('.'), Some('/'));
        assert_eq!(latin_for(','), Some('?'));
        assert_eq!(latin_for('q'), None);
        assert_eq!(latin_for('1'), None);
    }
}
