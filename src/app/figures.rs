//! The `figures` command: the ledger of every figure of the inputs.

use rayon::prelude::*;

use figcheck::config::date_flag;
use figcheck::report::{self, FigureLedger};

use super::inputs::{Watch, each_document};
use super::output::{ExitStatus, output_sink, report_error};
use super::settings::config;
use crate::cli::{FiguresArgs, FiguresFormat};

/// Runs `figcheck figures`: the ledger of each input (the articles of a JSONL batch read
/// in parallel, written in order) in the chosen format.
pub(super) fn figures(args: &FiguresArgs) -> ExitStatus {
    let config = config(args.input.rules.as_deref()).and_then(|mut c| {
        c.date = match &args.input.date {
            Some(flag) => Some(date_flag("--date", flag)?),
            None => None,
        };
        Ok(c)
    });
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let mut out = match output_sink(args.input.output.as_deref()) {
        Ok(out) => out,
        Err(e) => {
            report_error(&e);
            return ExitStatus::Error;
        }
    };
    let (mut json, start) = report::json::Files::start();
    if args.format == FiguresFormat::Json {
        out.emit(&start);
    }
    let status = each_document(&args.input, &Watch::default(), |_, docs| {
        let ledgers_of_batch: Vec<FigureLedger> = docs
            .into_par_iter()
            .map(|doc| figcheck::pipeline::ledger(&doc, &config))
            .collect();
        ledgers_of_batch
            .into_iter()
            .all(|ledger| match args.format {
                FiguresFormat::Human => out.emit(&report::human::figures(&ledger)),
                FiguresFormat::Jsonl => {
                    report::jsonl::figures(&ledger).all(|piece| out.emit(&piece))
                }
                FiguresFormat::Json => json.figures(&ledger).all(|piece| out.emit(&piece)),
            })
    });
    if args.format == FiguresFormat::Json {
        out.emit(&json.end());
    }
    out.finish(status)
}
