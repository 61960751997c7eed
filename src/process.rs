//! Running another program (git) and reading what it prints, without the standard
//! library's panics.

/// Waits for a child and reads both its pipes, stderr on a thread of its own. Not
/// `Command::output`: with two pipes it waits on them with poll(2), and the standard
/// library panics when that poll fails (seen when the terminal's input errors out at
/// start-up), where a failed git run must be an error the rep can read.
pub fn collect(
    mut child: std::process::Child,
) -> std::io::Result<(std::process::ExitStatus, Vec<u8>, Vec<u8>)> {
    use std::io::Read;
    let mut err_pipe = child.stderr.take();
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    });
    let mut out = Vec::new();
    if let Some(mut p) = child.stdout.take() {
        p.read_to_end(&mut out)?;
    }
    let status = child.wait()?;
    Ok((status, out, err.join().unwrap_or_default()))
}
