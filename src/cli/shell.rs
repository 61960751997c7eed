//! `dmu completions SHELL` and `dmu man`, generated from the command definitions in
//! [`super::Cli`], so they always list the commands and options there are.

use super::{Cli, emit_bytes};
use clap::CommandFactory;
use clap_mangen::Man;

/// Shown under `dmu --help`.
pub const AFTER_HELP: &str = "Keys, colours, your currency and name are set in a settings file: `dmu config` shows \
where it is and what is in force, `dmu config --init` writes an example.";

/// Prints the completion script for a shell.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "dmu", &mut buf);
    emit_bytes(&buf)
}

/// Prints the manual page: one page with every command, so that `man dmu` is all there is
/// to install.
pub fn man() -> anyhow::Result<()> {
    emit_bytes(man_page()?.as_bytes())
}

/// The roff source of `dmu(1)`: clap's sections for `dmu` itself, then a COMMANDS
/// section with each command's synopsis, description and options.
pub fn man_page() -> std::io::Result<String> {
    let mut cmd = Cli::command();
    cmd.build();
    let page = Man::new(cmd.clone());
    let mut out = PREAMBLE.to_string();
    for render in [Man::render_title, Man::render_name_section, Man::render_synopsis_section] {
        out.push_str(&section(&page, render, true)?);
    }
    for render in [Man::render_description_section, Man::render_options_section] {
        out.push_str(&section(&page, render, true)?);
    }
    out.push_str(".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        // The options every command shares are on the page once, under OPTIONS.
        let own = sub
            .clone()
            .mut_args(|a| if a.is_global_set() || a.get_id() == "help" { a.hide(true) } else { a });
        let sub_page = Man::new(own);
        out.push_str(&format!(".SS \"dmu {}\"\n", sub.get_name()));
        out.push_str(&section(&sub_page, Man::render_synopsis_section, false)?);
        for render in [Man::render_description_section, Man::render_options_section] {
            let body = section(&sub_page, render, false)?;
            if !body.is_empty() {
                out.push_str(".PP\n");
                out.push_str(&body);
            }
        }
    }
    out.push_str(EXTRA_SECTIONS);
    out.push_str(&section(&page, Man::render_version_section, true)?);
    Ok(out)
}

/// roff's apostrophe preamble, which every rendered section repeats; the page has it once.
const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

type Render = fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>;

/// One rendered section without the preamble, and without its `.SH` heading unless kept.
fn section(page: &Man, render: Render, heading: bool) -> std::io::Result<String> {
    let mut buf = Vec::new();
    render(page, &mut buf)?;
    let text = String::from_utf8_lossy(&buf);
    let text = text.strip_prefix(PREAMBLE).unwrap_or(&text);
    let mut out = String::new();
    for line in text.lines().filter(|l| heading || !l.starts_with(".SH")) {
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// The sections clap does not know about: the environment, the files, and where to read on.
const EXTRA_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBDMU_DATA_DIR\fR
The data folder, unless \fB\-\-data\-dir\fR is given.
.TP
\fBDMU_CONFIG\fR
The settings file, unless \fB\-\-config\fR is given.
.TP
\fBNO_COLOR\fR
Set to anything but the empty string, dmu draws without colours, whatever the settings say.
.SH FILES
.TP
\fI~/.config/dmu/settings.toml\fR
The settings file on Linux (macOS: \fI~/Library/Application Support/dmu/settings.toml\fR;
Windows: \fI%APPDATA%\\dmu\\config\\settings.toml\fR).
\fBdmu config\fR shows where it is and every setting in force; \fBdmu config \-\-init\fR writes an example.
.TP
\fI~/.local/share/dmu/accounts/\fR
The accounts, one JSON file each (macOS: \fI~/Library/Application Support/dmu/\fR;
Windows: \fI%APPDATA%\\dmu\\data\\\fR).
.SH SEE ALSO
The README, docs/settings.md and docs/file-format.md that come with dmu.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_holds_every_command_once_and_one_preamble() {
        let page = man_page().unwrap();
        assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq\n"), "{}", &page[..80]);
        assert_eq!(page.matches(".ds Aq \\(aq").count(), 1);
        assert_eq!(page.matches(".TH ").count(), 1);
        for sub in Cli::command().get_subcommands() {
            assert!(page.contains(&format!(".SS \"dmu {}\"", sub.get_name())), "{}", sub.get_name());
        }
    }
}
