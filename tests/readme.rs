//! The README shows what the sample command prints and the status it exits with: this test
//! runs the real binary and compares, so the README cannot drift from the tool.

use std::process::Command;

#[test]
fn the_readme_shows_the_sample_output_as_it_is() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let command = "$ cargo run --release -- check examples/articles/council-budget.md\n";
    let start = readme
        .find(command)
        .expect("the README shows the sample command's output")
        + command.len();
    let shown = &readme[start..start + readme[start..].find("```").expect("block closes")];
    let run = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .current_dir(root)
        .args(["check", "examples/articles/council-budget.md"])
        .env("NO_COLOR", "1")
        .output()
        .expect("figcheck runs");
    assert_eq!(
        run.status.code(),
        Some(1),
        "the README says the sample exits 1"
    );
    assert!(
        readme.contains("exits with status 1"),
        "the README says which status the sample exits with"
    );
    assert_eq!(String::from_utf8_lossy(&run.stdout), shown);
}
