//! The shape suite: inputs of unusual shape, each generated at two sizes ten times apart,
//! checked by the `figcheck` binary. Time (CPU time where `/proc` gives it) may grow at
//! most 15 times (linear, with room for noise) and peak memory stays under a stated bound.
//! Timed, so not run by default:
//!
//! ```text
//! cargo test --profile dev-opt --test shapes -- --ignored shapes
//! ```

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Peak memory allowed for the larger size of any shape.
const MAX_PEAK_BYTES: u64 = 300 << 20;
/// Time may grow this many times when the input grows ten times.
const MAX_GROWTH: f64 = 15.0;
/// Sizes of the two runs, in bytes.
const SMALL: usize = 100_000;
const LARGE: usize = 1_000_000;

/// A text of about `size` bytes repeating `piece(i)`, joined by `sep`.
fn repeat(size: usize, sep: &str, piece: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(size + 100);
    let mut i = 0;
    while out.len() < size {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&piece(i));
        i += 1;
    }
    out
}

/// A shape: a name, the file extension it is read as, the command line, and its text at a
/// size.
struct Shape {
    name: &'static str,
    extension: &'static str,
    args: &'static [&'static str],
    text: fn(usize) -> String,
}

const WORDS: &[&str] = &[
    "the", "council", "said", "12", "people", "and", "40", "families", "were", "moved", "from",
    "3", "towns", "while", "about", "1,200", "homes", "lost", "power", "for", "2", "days",
];

/// Sentences whose parts do not add up to their totals, one finding each, all on one line.
fn findings_on_one_line(size: usize) -> String {
    repeat(size, " ", |i| {
        format!("{} and {}, {} in all.", i % 50, i % 7, i % 50 + i % 7 + 1)
    })
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "one sentence of ', including N ... in TownN' clauses",
        extension: "txt",
        args: &["check"],
        text: |size| {
            format!(
                "The storm killed 5000 people{}.\n",
                repeat(size, "", |i| format!(
                    ", including {} children in Town{i}",
                    i % 97 + 1
                ))
            )
        },
    },
    Shape {
        name: "prose with no sentence punctuation",
        extension: "txt",
        args: &["check"],
        text: |size| {
            repeat(size, " ", |i| {
                WORDS[(i * 7 + i / 5) % WORDS.len()].to_string()
            })
        },
    },
    Shape {
        name: "chained ', of whom N ...' clauses",
        extension: "txt",
        args: &["check"],
        text: |size| {
            format!(
                "There were 900000 people{}.\n",
                repeat(size, "", |i| format!(
                    ", of whom {} were adults",
                    900_000 - i
                ))
            )
        },
    },
    Shape {
        name: "figures with findings on one line",
        extension: "txt",
        args: &["check"],
        text: findings_on_one_line,
    },
    // every output format on the same line: each finding's output is in proportion to
    // the finding, not to the line
    Shape {
        name: "findings on one line, --format json",
        extension: "txt",
        args: &["check", "--format", "json"],
        text: findings_on_one_line,
    },
    Shape {
        name: "findings on one line, --format jsonl",
        extension: "txt",
        args: &["check", "--format", "jsonl"],
        text: findings_on_one_line,
    },
    Shape {
        name: "findings on one line, --format github",
        extension: "txt",
        args: &["check", "--format", "github"],
        text: findings_on_one_line,
    },
    Shape {
        name: "findings on one line, --format sarif",
        extension: "txt",
        args: &["check", "--format", "sarif"],
        text: findings_on_one_line,
    },
    Shape {
        name: "figures on one long line (figures, human)",
        extension: "txt",
        args: &["figures"],
        text: |size| {
            repeat(size, " ", |i| {
                format!("The council said {} people were hurt.", i % 500)
            })
        },
    },
    Shape {
        name: "figures on one long line (figures --format json)",
        extension: "txt",
        args: &["figures", "--format", "json"],
        text: |size| {
            repeat(size, " ", |i| {
                format!("The council said {} people were hurt.", i % 500)
            })
        },
    },
    Shape {
        name: "lines ended by \\r only",
        extension: "txt",
        args: &["check"],
        text: |size| {
            repeat(size, "\r", |i| {
                format!("The council said {} and 4 people, 9 in all.", i % 5)
            })
        },
    },
    Shape {
        name: "a comma-joined run 1,1,1,...",
        extension: "txt",
        args: &["check"],
        text: |size| repeat(size, ",", |_| "1".to_string()),
    },
    // every figure of a malformed run ("4,550,00") is kept out of the relations around it:
    // a search per relation, not a scan of every run
    Shape {
        name: "malformed digit groupings among totals",
        extension: "txt",
        args: &["check"],
        text: |size| {
            repeat(size, " ", |i| {
                format!(
                    "The firm sold {},{},00 cars, {} and {} vans, {} in all.",
                    i % 9 + 1,
                    i % 900 + 100,
                    i % 50,
                    i % 7,
                    i % 50 + i % 7 + 1
                )
            })
        },
    },
    // each check reads its relations once: nothing a check asks of the whole document
    // (its era, its other figures) may be asked again for each relation
    Shape {
        name: "relations of every family, paragraph after paragraph",
        extension: "txt",
        args: &["check"],
        text: |size| {
            repeat(size, "\n\n", |i| {
                format!(
                    "The deal was worth ${n}.8bn (£{n}.4bn). Sales rose 12% from {a} to {b} \
                     units. The road is {m} miles ({km} km) long. On Monday, 3 March 2025, 12 of \
                     the 40 staff (30%) left. Prices fell 5% to 95 from 100.",
                    n = i % 9 + 1,
                    a = 100 + i % 50,
                    b = 112 + i % 50,
                    m = i % 20 + 5,
                    km = (i % 20 + 5) * 8 / 5
                )
            })
        },
    },
    Shape {
        name: "HTML with many &",
        extension: "html",
        args: &["check"],
        text: |size| {
            format!(
                "<p>{}</p>",
                repeat(size, " ", |i| format!("Tom &amp; Jerry & {i} & co"))
            )
        },
    },
    Shape {
        name: "HTML with many <script> and stray <",
        extension: "html",
        args: &["check"],
        text: |size| {
            repeat(size, "\n", |i| {
                format!("<script>var x = {i};</script><p>{i} people < 5 &lt; died.</p> a < b")
            })
        },
    },
    Shape {
        name: "Markdown: suppression comments on one line",
        extension: "md",
        args: &["check"],
        text: |size| {
            format!(
                "Intro.\n\n{}",
                repeat(size, " ", |i| format!(
                    "{i} people <!-- figcheck-disable-next-line FC101 -->"
                ))
            )
        },
    },
    Shape {
        name: "ordinary prose in one file",
        extension: "txt",
        args: &["check"],
        text: |size| {
            repeat(size, "\n\n", |i| {
                format!(
                    "The council said {} people were moved on Monday. About 1,{:03} homes lost power, \
                     and 3 of the {} schools shut, officials said in March 2024.",
                    i % 90 + 10,
                    i % 1000,
                    i % 9 + 4
                )
            })
        },
    },
    Shape {
        name: "one JSONL record holding all the text",
        extension: "jsonl",
        args: &["check", "--format", "jsonl"],
        text: |size| {
            let text = repeat(size, " ", |i| {
                format!(
                    "Officials said {} people and {} cars were hit.",
                    i % 80,
                    i % 9
                )
            });
            format!("{}\n", serde_json::json!({"id": "big", "text": text}))
        },
    },
    Shape {
        name: "a JSONL batch of many records",
        extension: "jsonl",
        args: &["check", "--format", "json"],
        text: |size| {
            repeat(size, "\n", |i| {
                serde_json::json!({"id": i, "text": format!("They freed {} hostages and five Thais, {} in all.", i % 40 + 2, i % 40 + 8)}).to_string()
            })
        },
    },
];

/// The CPU time (user and system, in clock ticks) of this process's children that have
/// been waited for, from `/proc/self/stat`; `None` without `/proc`.
fn children_cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // after the command name in brackets: fields 3.., cutime and cstime are 16 and 17
    let (_, rest) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some(fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?)
}

/// Runs the binary on `path`; the time it took, its wall time and its peak resident
/// memory. The time is
/// the CPU time (user and system, all threads) as the kernel counts it for a child once it
/// is waited for, when `/proc` gives it, so that other work on the machine does not
/// count; else the wall time. Memory is sampled from `/proc` while it runs (`None`
/// without).
fn run(args: &[&str], path: &std::path::Path) -> (Duration, Duration, Option<u64>) {
    let start = Instant::now();
    let ticks_before = children_cpu_ticks();
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(args)
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary runs");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak: Option<u64> = None;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            if let Some(kb) = hwm {
                peak = Some(peak.unwrap_or(0).max(kb * 1024));
            }
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let wall = start.elapsed();
    // clock ticks are hundredths of a second on Linux
    let time = ticks_before
        .zip(children_cpu_ticks())
        .map_or(wall, |(before, after)| {
            Duration::from_millis(after.saturating_sub(before) * 10)
        });
    (time, wall, peak)
}

#[test]
#[ignore = "timed: run with `cargo test --profile dev-opt --test shapes -- --ignored shapes`"]
fn shapes_grow_linearly_in_bounded_memory() {
    let dir = std::env::temp_dir().join(format!("figcheck-shapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for (n, shape) in SHAPES.iter().enumerate() {
        let mut times = Vec::new();
        let mut walls = Vec::new();
        let mut peak_large = None;
        for size in [SMALL, LARGE] {
            let path = dir.join(format!("shape-{n}-{size}.{}", shape.extension));
            std::fs::write(&path, (shape.text)(size)).unwrap();
            // the fastest of a few runs: a busy machine only ever slows a run (a CI run once
            // read a 1 MB run at 0.78 s of CPU for its usual 0.5), and a run of a few clock
            // ticks reads one tick more or less (five of the short runs, three of the long)
            let runs = if size == SMALL { 5 } else { 3 };
            let mut measured = Vec::new();
            let mut measured_wall = Vec::new();
            for _ in 0..runs {
                let (time, wall, peak) = run(shape.args, &path);
                measured.push(time);
                measured_wall.push(wall);
                peak_large = peak_large.max(peak);
            }
            times.push(measured.into_iter().min().unwrap_or_default());
            walls.push(measured_wall.into_iter().min().unwrap_or_default());
            let _ = std::fs::remove_file(&path);
        }
        // below a few clock ticks (10 ms each) a ratio measures the clock, not growth
        let small = times[0].max(Duration::from_millis(50));
        let growth = times[1].as_secs_f64() / small.as_secs_f64();
        let peak_mb = peak_large.map(|p| p >> 20);
        println!(
            "{:<55} {:>8.3} s {:>8.3} s  x{growth:<6.1} peak {peak_mb:?} MB  (wall {:.3} s)",
            shape.name,
            times[0].as_secs_f64(),
            times[1].as_secs_f64(),
            walls[1].as_secs_f64()
        );
        if growth > MAX_GROWTH {
            failures.push(format!("{}: 10x input took {growth:.1}x time", shape.name));
        }
        if peak_large.is_some_and(|p| p > MAX_PEAK_BYTES) {
            failures.push(format!("{}: peak memory {peak_mb:?} MB", shape.name));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{failures:#?}");
}
