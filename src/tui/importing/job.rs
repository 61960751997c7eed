//! An import's reading and planning on a thread of its own, so that a file of 100,000
//! rows never freezes the screen: the thread reads the file ([`import::read_file`]),
//! finds the mapping, turns the rows into contacts, plans them against a copy of the
//! account and works out the change set applying would make; the screen reads the
//! shared [`Progress`] between frames and takes the outcome from a channel. Dropping a
//! job (Esc, or the import closed) cancels it: the thread stops at its next check and
//! what it would have said goes nowhere. No async runtime: a std thread and a channel,
//! as the sync key does it.

use crate::change::ChangeSet;
use crate::import::{self, ImportError, Mapping, Plan, PlanOptions, Progress, ReadOptions, Stage, Table};
use crate::model::{Account, Date};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::Duration;

/// How long starting a job waits for it to finish before showing its progress: a small
/// file's preview comes at once, without a flash of the progress screen.
const GRACE: Duration = Duration::from_millis(60);

/// What a job is given to do.
pub enum Work {
    /// Read the file, then plan it with the mapping its headers give (a profile is
    /// chosen on the preview, as a mapping planned again).
    Read { path: PathBuf },
    /// Plan a table read before with a mapping the rep changed or chose.
    Plan { table: Arc<Table>, mapping: Mapping },
}

/// What the thread works with besides its work.
pub struct Given {
    /// A copy of the open account, as it was when the job started.
    pub account: Account,
    /// Its generation then: a preview planned on an older one is planned again.
    pub generation: u64,
    /// The file's name, for the history's note.
    pub file_label: String,
    pub today: Date,
}

/// A file read and planned.
pub struct Planned {
    pub table: Arc<Table>,
    pub mapping: Mapping,
    /// No column gives names (the headers were not recognised): nothing was planned,
    /// and the rep is to say which column holds them.
    pub no_names: bool,
    pub plan: Plan,
    /// What applying the plan changes, worked out here so that applying costs the
    /// screen no more than the commit.
    pub changes: ChangeSet,
    /// The account's generation the plan was made on.
    pub generation: u64,
}

/// A job running.
pub struct Job {
    progress: Arc<Progress>,
    said: Receiver<Result<Planned, ImportError>>,
    /// The file's name, for the progress words.
    pub file_label: String,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("file_label", &self.file_label)
            .field("progress", &self.progress.get())
            .finish()
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        // Esc, or the import closed some other way: the thread stops at its next check.
        self.progress.cancel();
    }
}

/// How a look at a job went.
pub enum Polled {
    /// Still working.
    Running,
    /// Done (or failed); the job is over. Boxed: a plan is large, and this is moved.
    Done(Box<Result<Planned, ImportError>>),
}

impl Job {
    /// Starts `work` on a thread of its own, and waits a moment for a quick one. `Err`:
    /// the thread could not start.
    pub fn start(work: Work, given: Given) -> Result<Job, String> {
        let progress = Arc::new(Progress::none());
        let (tell, said) = channel();
        let shared = progress.clone();
        let file_label = given.file_label.clone();
        std::thread::Builder::new()
            .name("dmu import".into())
            .spawn(move || {
                // A send fails only when the job was dropped (cancelled): nobody to tell.
                let _ = tell.send(run(work, given, &shared));
            })
            .map_err(|e| e.to_string())?;
        Ok(Job { progress, said, file_label })
    }

    /// Waits at most the grace period for the outcome.
    pub fn wait_grace(&mut self) -> Polled {
        match self.said.recv_timeout(GRACE) {
            Ok(r) => Polled::Done(Box::new(r)),
            Err(RecvTimeoutError::Timeout) => Polled::Running,
            Err(RecvTimeoutError::Disconnected) => Polled::Done(Box::new(Err(gone()))),
        }
    }

    /// Looks without waiting.
    pub fn poll(&mut self) -> Polled {
        match self.said.try_recv() {
            Ok(r) => Polled::Done(Box::new(r)),
            Err(TryRecvError::Empty) => Polled::Running,
            // The thread ended without a word: it panicked.
            Err(TryRecvError::Disconnected) => Polled::Done(Box::new(Err(gone()))),
        }
    }

    /// The stage, and how much of it is done out of how much.
    pub fn progress(&self) -> (Stage, u64, u64) {
        self.progress.get()
    }
}

/// The error of a thread that ended without a word.
fn gone() -> ImportError {
    ImportError::Io { path: String::new(), why: crate::tui::app::import_texts::thread_gone() }
}

/// The mapping [`import::mapping_for`] found before it refused it for finding no
/// names: the same choice (without a profile), without the check, so that the rep can
/// correct it.
fn unnamed_mapping(table: &Table) -> Mapping {
    match table.format {
        import::Format::VCard => import::vcard::mapping(&table.headers),
        _ => import::columns::recognise(&table.headers),
    }
}

/// The thread's work.
fn run(work: Work, given: Given, progress: &Progress) -> Result<Planned, ImportError> {
    let (table, mapping) = match work {
        Work::Read { path } => {
            let table = import::read_file(&path, &ReadOptions::default(), progress)?;
            match import::mapping_for(&table, None) {
                Ok(m) => (Arc::new(table), m),
                Err(ImportError::NoNames { .. }) => {
                    // Read, but no column was recognised as names: the rep says which.
                    let mapping = unnamed_mapping(&table);
                    return Ok(Planned {
                        table: Arc::new(table),
                        mapping,
                        no_names: true,
                        plan: Plan::default(),
                        changes: ChangeSet::default(),
                        generation: given.generation,
                    });
                }
                Err(e) => return Err(e),
            }
        }
        Work::Plan { table, mapping } => (table, mapping),
    };
    // Turning rows into contacts is part of matching them, as the screen tells it (the
    // import core counts from its plan on; until then, 0 of all).
    progress.start(Stage::Matching, table.rows.len() as u64);
    let contacts = import::contact::contacts(&table, &mapping);
    progress.check()?;
    let opts = PlanOptions {
        file_label: given.file_label.clone(),
        company: None,
        system: mapping.system.clone(),
        today: given.today,
    };
    let plan = import::plan(&given.account, &contacts, &opts, progress);
    progress.check()?;
    // Applying and diffing a large plan takes a moment too: the screen says so.
    progress.start(Stage::Done, 0);
    let after = plan.apply(&given.account);
    import::check_size(&after, &plan)?;
    let changes = crate::change::diff(&given.account, &after);
    progress.check()?;
    Ok(Planned { table, mapping, no_names: false, plan, changes, generation: given.generation })
}
