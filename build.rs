//! Tells the tests whether the shared corpora (`../shared`, or `FIGCHECK_SHARED`) are
//! there. Where they are missing, tests that read them are compiled as ignored with the
//! reason (`cfg(figcheck_shared_missing)`), so a plain `cargo test` of a fresh clone passes
//! and says what it skipped; under `CI=true` they stay enabled and fail with a clear message.

use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(figcheck_shared_missing)");
    println!("cargo::rerun-if-env-changed=FIGCHECK_SHARED");
    println!("cargo::rerun-if-env-changed=CI");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let shared = std::env::var_os("FIGCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared"));
    // Watch the one file the tests need (its disappearing is noticed too). A directory would
    // make cargo walk the whole tree on every build, so when the file is missing only the
    // variables above are watched: after adding the folder, `touch build.rs`.
    let seed = shared.join("seed/article.txt");
    println!("cargo::rerun-if-changed=build.rs");
    if seed.is_file() {
        println!("cargo::rerun-if-changed={}", seed.display());
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if !seed.is_file() && !in_ci {
        println!("cargo::rustc-cfg=figcheck_shared_missing");
    }
}
