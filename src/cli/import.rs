//! `dmu import FILE --account ACCOUNT`: contacts from a CRM export, vCard or workbook
//! into an account, as one edit recorded in its history (see `crate::import`).

use crate::change::history::{Stamp, author, recorded};
use crate::import::{self, Mapping, Plan, PlanOptions, Progress, ReadOptions, Table, company, words};
use crate::model::{Account, Date};
use crate::store::{AccountStore, DataDir, FileStore, StoreError};
use crate::t;
use serde_json::json;
use std::path::{Path, PathBuf};

/// `dmu import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The export: CSV (any CRM; `,` `;` or tab; UTF-8 or Windows-1251), vCard (.vcf) or Excel (.xlsx)
    pub file: PathBuf,
    /// The account to import into (id, file name, or the start of its name)
    #[arg(long, short, value_name = "ACCOUNT", required_unless_present = "new")]
    pub account: Option<String>,
    /// Create the account when none matches, and put the rows of other companies into
    /// accounts of their own (found by name, or created)
    #[arg(long)]
    pub new: bool,
    /// Read the columns as this saved profile or known export says
    /// (salesforce, hubspot, pipedrive, zoho, bitrix24, amocrm, dmu)
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// The worksheet of a workbook [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The company whose rows belong to the account, when the file holds several
    /// [default: the account's name]
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
    /// Show what would change, change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also list what happens to each row
    #[arg(long)]
    pub rows: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = super::portfolio::TextOrJson::Text)]
    pub format: super::portfolio::TextOrJson,
}

/// One account's part of an import.
struct Target {
    name: String,
    path: Option<PathBuf>,
    account: Account,
    store: Option<FileStore>,
    plan: Plan,
    /// Made by this import (or, in a dry run, would be).
    created: bool,
}

/// Runs `dmu import`.
pub fn run(flag: Option<&Path>, config: Option<&Path>, args: ImportArgs) -> anyhow::Result<()> {
    let loaded = crate::settings::load(crate::settings::locate(config));
    let progress = Progress::none();
    let table = read_with_progress(&args.file, &ReadOptions { sheet: args.sheet.clone() }, &progress)?;
    let mapping = mapping(&table, args.profile.as_deref(), loaded.location.path.as_deref())?;
    let contacts = import::contact::contacts(&table, &mapping);
    let data = DataDir::locate(flag)?;
    data.ensure()?;
    let label = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let today = Date::today();
    let opts = |company: Option<String>| PlanOptions {
        file_label: label.clone(),
        company,
        system: mapping.system.clone(),
        today,
    };

    let mut targets = Vec::new();
    if let Some(query) = &args.account {
        let mut t = open_target(&data, query, args.new, args.dry_run)?;
        t.plan = import::plan(&t.account, &contacts, &opts(args.company.clone()), &progress);
        targets.push(t);
    }
    if args.new {
        // Each other company's rows go to its own account.
        let others: Vec<(String, usize)> = match targets.first() {
            Some(t) => t.plan.other_companies.clone(),
            None => companies(&contacts),
        };
        for (co, _) in others {
            let rows: Vec<_> = contacts
                .iter()
                .filter(|c| c.company.as_deref().is_some_and(|x| company::same(x, &co)))
                .cloned()
                .collect();
            let mut t = company_target(&data, &co, args.dry_run)?;
            t.plan = import::plan(&t.account, &rows, &opts(Some(co.clone())), &progress);
            targets.push(t);
        }
    }

    // Without --account, every row goes to its company's account: rows naming no
    // company have none, and are told, not dropped unseen.
    let homeless =
        if args.account.is_none() { contacts.iter().filter(|c| c.company.is_none()).count() } else { 0 };
    if homeless > 0 {
        eprintln!("{}", t!("import-cli-no-company", file = crate::text::inert(&label), n = homeless));
    }
    let user = crate::store::user_name(loaded.settings.user.as_deref(), data.root());
    let mut applied = Vec::new();
    if !args.dry_run {
        for t in &mut targets {
            applied.push(apply(t, &label, user.as_deref())?);
        }
    }
    match args.format {
        super::portfolio::TextOrJson::Text => {
            super::emit(&text(&label, &table, &mapping, &targets, args.rows, args.dry_run, &applied))?
        }
        super::portfolio::TextOrJson::Json => {
            let v = json_report(&label, &table, &mapping, &targets, args.dry_run);
            super::emit_json(&format!("{}\n", serde_json::to_string_pretty(&v)?))?
        }
    }
    Ok(())
}

/// Reads the file; a large one tells on stderr how far reading has got.
fn read_with_progress(path: &Path, opts: &ReadOptions, progress: &Progress) -> anyhow::Result<Table> {
    let big = std::fs::metadata(path).map(|m| m.len() > 4 * 1024 * 1024).unwrap_or(false);
    let tell = big && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let done = std::sync::atomic::AtomicBool::new(false);
    let table = std::thread::scope(|s| {
        if tell {
            s.spawn(|| {
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    let (_, n, total) = progress.get();
                    if let Some(pc) = (n * 100).checked_div(total) {
                        eprint!("\r{}", words::reading(&path.display().to_string(), Some(pc)));
                    }
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                eprint!("\r\x1b[K");
            });
        }
        let r = import::read_file(path, opts, progress);
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        r
    });
    table.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// The mapping: the profile or known export named, else what the headers say.
fn mapping(table: &Table, name: Option<&str>, settings: Option<&Path>) -> anyhow::Result<Mapping> {
    let profiles = match settings {
        Some(s) => import::profile::load(&import::profile::path_beside(s)).map_err(|e| anyhow::anyhow!(e))?,
        None => Vec::new(),
    };
    let mapping = match name {
        Some(n) => {
            import::columns::mapping_named(n, &table.headers, &profiles).map_err(|e| anyhow::anyhow!(e))?
        }
        None => return Ok(import::mapping_for(table, None)?),
    };
    if !mapping.has_names() {
        return Err(import::ImportError::NoNames { columns: table.headers.join(", ") }.into());
    }
    Ok(mapping)
}

/// The companies of the contacts, as first written, with their row counts.
fn companies(contacts: &[import::Contact]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for c in contacts {
        let Some(co) = &c.company else { continue };
        match out.iter_mut().find(|(x, _)| company::same(x, co)) {
            Some(e) => e.1 += 1,
            None => out.push((co.clone(), 1)),
        }
    }
    out
}

fn open_target(data: &DataDir, query: &str, create: bool, dry_run: bool) -> anyhow::Result<Target> {
    match data.resolve(query) {
        Ok(path) => open_path(path),
        Err(StoreError::Unknown { .. }) if create => new_target(data, query.trim(), dry_run),
        Err(e @ StoreError::Unknown { .. }) => {
            Err(anyhow::anyhow!("{e}\n{}", t!("import-cli-add-new", name = crate::text::inert(query))))
        }
        Err(e) => Err(e.into()),
    }
}

fn open_path(path: PathBuf) -> anyhow::Result<Target> {
    let (store, account) = FileStore::open(&path)?;
    Ok(Target {
        name: account.name.clone(),
        path: Some(path),
        account,
        store: Some(store),
        plan: Plan::default(),
        created: false,
    })
}

/// The account of another company: one whose name is the company's, else a new one.
fn company_target(data: &DataDir, co: &str, dry_run: bool) -> anyhow::Result<Target> {
    let found = data
        .scan()?
        .into_iter()
        .find(|l| l.account.as_ref().is_ok_and(|a| company::same(&a.name, co)))
        .map(|l| l.path);
    match found {
        Some(path) => open_path(path),
        None => new_target(data, co, dry_run),
    }
}

/// An account that does not exist yet: created now, or in a dry run only imagined.
fn new_target(data: &DataDir, name: &str, dry_run: bool) -> anyhow::Result<Target> {
    if dry_run {
        let account = Account::new("new", name);
        return Ok(Target {
            name: name.to_string(),
            path: None,
            account,
            store: None,
            plan: Plan::default(),
            created: true,
        });
    }
    let mut t = open_path(data.create(name)?)?;
    t.created = true;
    Ok(t)
}

/// Writes one account's import: one edit, its history entries noted "imported from FILE".
fn apply(t: &mut Target, label: &str, user: Option<&str>) -> anyhow::Result<bool> {
    if t.plan.is_empty() {
        return Ok(false);
    }
    let store = t.store.as_mut().expect("a real run opens every account");
    if let Some(why) = store.read_only() {
        anyhow::bail!("{}", t!("import-cli-read-only", account = &t.name, why = why.to_string()));
    }
    let after = t.plan.apply(&t.account);
    let refused = |e: &dyn std::fmt::Display| {
        anyhow::anyhow!("{}", t!("import-cli-not-imported", account = &t.name, why = e.to_string()))
    };
    import::check_size(&after, &t.plan).map_err(|e| refused(&e))?;
    let stamp = Stamp {
        by: user.map(|u| author(&t.account, u)),
        at: crate::model::now_utc(),
        note: Some(words::note(label)),
    };
    let edit = recorded(crate::change::diff(&t.account, &after), &t.account, &stamp);
    let mut next = t.account.clone();
    edit.apply(&mut next).map_err(|e| refused(&e))?;
    store.save(&next).map_err(|e| refused(&e))?;
    t.account = next;
    Ok(true)
}

fn name_lookup<'a>(t: &'a Target) -> impl Fn(&str) -> String + 'a {
    let names = t.plan.names(&t.account);
    move |id: &str| names.get(id).copied().unwrap_or(id).to_string()
}

fn text(
    label: &str,
    table: &Table,
    mapping: &Mapping,
    targets: &[Target],
    rows: bool,
    dry_run: bool,
    applied: &[bool],
) -> String {
    let inert = |s: &str| crate::text::inert(s).into_owned();
    let mut out = format!("{}\n", inert(&words::file_line(label, table, mapping)));
    for p in &table.preamble {
        let said = t!("import-cli-above-header", line = p.0.to_string(), text = inert(&clip(&p.1, 60)));
        out.push_str(&format!("  {said}\n"));
    }
    for p in &table.footer {
        let said = t!("import-cli-below-rows", line = p.0.to_string(), text = inert(&clip(&p.1, 60)));
        out.push_str(&format!("  {said}\n"));
    }
    for (i, t) in targets.iter().enumerate() {
        let account = inert(&t.name);
        let into = match (t.created, dry_run) {
            (false, _) => t!("import-cli-into", account = account),
            (true, true) => t!("import-cli-into-new", account = account),
            (true, false) => t!("import-cli-into-created", account = account),
        };
        out.push_str(&format!("\n{into}\n"));
        let names = name_lookup(t);
        for line in words::summary_lines(&t.plan, &names, dry_run) {
            out.push_str(&format!("  {}\n", inert(&line)));
        }
        if rows {
            for r in &t.plan.rows {
                let said = t!(
                    "import-cli-row",
                    line = r.line.to_string(),
                    name = inert(&r.name),
                    outcome = words::outcome(&r.outcome)
                );
                out.push_str(&format!("  {said}\n"));
            }
            for l in &t.plan.links {
                let said =
                    t!("import-at-line", line = l.line.to_string(), text = inert(&words::link(l, &names)));
                out.push_str(&format!("  {said}\n"));
            }
        }
        let k = t.plan.counts;
        if k.other_company > 0 && k.added + k.updated + k.unchanged == 0 && !t.created {
            out.push_str(&format!("  {}\n", t!("import-cli-no-own-company")));
        }
        if !dry_run && !applied.get(i).copied().unwrap_or(false) {
            out.push_str(&format!("  {}.\n", words::nothing_to_change()));
        }
    }
    out.push('\n');
    if dry_run {
        out.push_str(&format!("{}\n", t!("import-cli-dry-run")));
    } else if applied.iter().any(|a| *a) {
        out.push_str(&format!("{}\n", t!("import-cli-imported", note = words::note(&inert(label)))));
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn json_report(
    label: &str,
    table: &Table,
    mapping: &Mapping,
    targets: &[Target],
    dry_run: bool,
) -> serde_json::Value {
    let accounts: Vec<serde_json::Value> = targets
        .iter()
        .map(|t| {
            let names = name_lookup(t);
            let k = t.plan.counts;
            json!({
                "account": t.name,
                "path": t.path.as_ref().map(|p| p.display().to_string()),
                "added": k.added,
                "updated": k.updated,
                "unchanged": k.unchanged,
                "skipped": k.skipped,
                "other_company": k.other_company,
                "links_added": k.links_added,
                "links_skipped": k.links_skipped,
                "other_companies": t.plan.other_companies.iter().map(|(c, n)| json!({"company": c, "rows": n})).collect::<Vec<_>>(),
                "rows": t.plan.rows.iter().map(row_json).collect::<Vec<_>>(),
                "links": t.plan.links.iter().map(|l| json!({
                    "line": l.line, "from": l.from, "to": l.to,
                    "outcome": link_key(&l.outcome), "text": words::link(l, &names),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "file": label,
        "format": table.format.label(),
        "encoding": table.encoding,
        "delimiter": table.delimiter.map(|d| (d as char).to_string()),
        "recognised_as": mapping.source,
        "system": mapping.system,
        "rows": table.rows.len(),
        "dry_run": dry_run,
        "accounts": accounts,
    })
}

fn row_json(r: &import::RowPlan) -> serde_json::Value {
    use import::Outcome;
    let (outcome, id, fields) = match &r.outcome {
        Outcome::Add { id } => ("added", Some(id.as_str()), vec![]),
        Outcome::Update { id, fields, .. } => ("updated", Some(id.as_str()), fields.clone()),
        Outcome::Same { id, .. } => ("unchanged", Some(id.as_str()), vec![]),
        Outcome::Skip(_) => ("skipped", None, vec![]),
    };
    json!({"line": r.line, "name": r.name, "outcome": outcome, "id": id, "fields": fields, "text": words::outcome(&r.outcome)})
}

fn link_key(o: &import::LinkOutcome) -> &'static str {
    use import::LinkOutcome;
    match o {
        LinkOutcome::Add => "added",
        LinkOutcome::Replace { .. } => "replaced",
        LinkOutcome::Same => "unchanged",
        LinkOutcome::Cycle => "cycle",
        LinkOutcome::UnknownManager { .. } => "unknown_manager",
    }
}
