//! `dmu sync`: share the data folder with the team through git (see `crate::sync`).

use crate::store::DataDir;
use crate::sync::{SyncOptions, init, resolve, sync};
use std::path::Path;
use std::process::ExitCode;

/// `dmu sync [--init [REMOTE] | --resolve]`.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Set up sharing: make the data folder a git repository (or use the one it is in),
    /// register dmu's merge helper, commit, and with REMOTE join that shared repository.
    /// Harmless to run again.
    #[arg(long, conflicts_with = "resolve")]
    pub init: bool,
    /// With --init: the shared repository (a URL, or the path of a bare repository on a shared drive)
    #[arg(value_name = "REMOTE", requires = "init")]
    pub remote: Option<String>,
    /// Merge again, the dmu way, account files git could not merge or left with conflict marks
    #[arg(long)]
    pub resolve: bool,
}

/// Runs `dmu sync`: prints what it did, or fails with why and what to do.
pub fn run(flag: Option<&Path>, config: Option<&Path>, args: SyncArgs) -> anyhow::Result<ExitCode> {
    let data = DataDir::locate(flag)?;
    let loaded = crate::settings::load(crate::settings::locate(config));
    let opts = SyncOptions { user: loaded.settings.user.clone(), prompts: true };
    let lines = if args.init {
        // Only set-up makes the folder; a sync of a folder that is not there says so.
        data.ensure()?;
        init(data.root(), args.remote.as_deref(), &opts)?.lines()
    } else if args.resolve {
        resolve(data.root(), &opts)?.lines()
    } else {
        sync(data.root(), &opts)?.lines()
    };
    let mut text = lines.join("\n");
    text.push('\n');
    super::emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;

    #[test]
    fn a_remote_goes_with_init_only() {
        let cli = Cli::try_parse_from(["dmu", "sync", "--init", "/srv/team.git"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Sync(a)) if a.init && a.remote.as_deref() == Some("/srv/team.git"))
        );
        assert!(Cli::try_parse_from(["dmu", "sync", "/srv/team.git"]).is_err());
        assert!(Cli::try_parse_from(["dmu", "sync", "--init", "--resolve"]).is_err());
        assert!(Cli::try_parse_from(["dmu", "sync", "--resolve"]).is_ok());
    }
}
