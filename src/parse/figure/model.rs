//! The figure model: what the scanner hands on (a [`Figure`] and its [`FigureKind`]), and
//! the [`Quantity`] it reads before it knows the kind.

use serde::Serialize;

use crate::numeric::{Interval, Numeral};
use crate::parse::lexicon::HedgeKind;
use crate::source::Span;

/// What a figure is. Dates, years, times, scores, phone numbers and identifiers are
/// classified so that no rule ever counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Percent,
    PercentagePoints,
    Money,
    Measure,
    Duration,
    Ordinal,
    Fraction,
    Range,
    Date,
    Year,
    Time,
    Age,
    Score,
    Phone,
    Identifier,
    /// "threefold", "a four-fold rise", "10-fold": how many times something grew.
    Multiplier,
    /// A place in an order, not a count: "the top three seeds", "the top 10".
    Rank,
    /// The base of a rate, not a population: the 100,000 of "12 cases per 100,000 people".
    Denominator,
}

impl FigureKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::PercentagePoints => "percentage_points",
            FigureKind::Money => "money",
            FigureKind::Measure => "measure",
            FigureKind::Duration => "duration",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Fraction => "fraction",
            FigureKind::Range => "range",
            FigureKind::Date => "date",
            FigureKind::Year => "year",
            FigureKind::Time => "time",
            FigureKind::Age => "age",
            FigureKind::Score => "score",
            FigureKind::Phone => "phone",
            FigureKind::Identifier => "identifier",
            FigureKind::Multiplier => "multiplier",
            FigureKind::Rank => "rank",
            FigureKind::Denominator => "denominator",
        }
    }

    /// Whether rules may treat it as a quantity (dates, scores, identifiers are not).
    pub fn is_quantity(self) -> bool {
        !matches!(
            self,
            FigureKind::Date
                | FigureKind::Year
                | FigureKind::Time
                | FigureKind::Score
                | FigureKind::Phone
                | FigureKind::Identifier
                | FigureKind::Ordinal
                | FigureKind::Multiplier
                | FigureKind::Rank
                | FigureKind::Denominator
        )
    }
}

/// A calendar date as written; missing parts are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// 0 = Monday ... 6 = Sunday, when a weekday is written with the date.
    pub weekday: Option<u8>,
}

/// One figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    /// The value as written, in the figure's own unit, scale words applied: 45 for "45%",
    /// 2300000 for "2.3 million". `None` for vague amounts, ranges and dates.
    pub value: Option<f64>,
    /// The interval the text allows, from rounding and hedges. `None` where it is not a
    /// quantity (dates, identifiers).
    pub interval: Option<Interval>,
    /// Currency code, unit symbol, "%" or "pp".
    pub unit: Option<String>,
    /// The hedge or vague phrase, lower case ("about", "more than", "dozens").
    pub hedge: Option<String>,
    /// How the hedge reads, when there is one (`None` for vague amounts); boxed, as few
    /// figures have one.
    pub hedge_kind: Option<Box<HedgeKind>>,
    /// How the number was written (precision), when it was one number.
    pub numeral: Option<Numeral>,
    /// Numerator and denominator of a ratio ("one in five", "3/4"). Boxed, like the hedge's
    /// kind: few figures have one, and a text dense with figures holds every figure's room.
    pub ratio: Option<Box<(f64, f64)>>,
    /// Calendar parts of a date.
    pub date: Option<DateParts>,
    /// Index of the sentence it is in.
    pub sentence: u32,
    /// Whether it stands in the headline.
    pub headline: bool,
}

/// A number read from the text before its kind is known.
#[derive(Debug, Clone, Copy)]
pub(super) struct Quantity {
    pub start: usize,
    pub end: usize,
    pub numeral: Numeral,
    /// A share of a whole ("half", "3/4", "two-thirds").
    pub share: bool,
    pub ratio: Option<(f64, f64)>,
    pub ordinal: bool,
    /// A bare run of digits (no separators, decimals, words or scale): a year candidate.
    pub bare_digits: Option<usize>,
}

impl Quantity {
    /// An empty quantity at `i`, to be filled in by a reader.
    pub(super) fn at(i: usize) -> Quantity {
        Quantity {
            start: i,
            end: i,
            numeral: Numeral::integer(0.0),
            share: false,
            ratio: None,
            ordinal: false,
            bare_digits: None,
        }
    }
}

impl Figure {
    /// The interval the figure allows: its interval, else its value exactly (`None` for a
    /// figure with no value, a date or an identifier).
    pub fn allowed(&self) -> Option<Interval> {
        self.interval.or_else(|| self.value.map(Interval::exact))
    }

    /// A figure over `span` of `kind` with no value: a date, an identifier, a range before
    /// its ends are set.
    pub(super) fn marker(span: Span, kind: FigureKind) -> Figure {
        Figure {
            span,
            kind,
            value: None,
            interval: None,
            unit: None,
            hedge: None,
            hedge_kind: None,
            numeral: None,
            ratio: None,
            date: None,
            sentence: 0,
            headline: false,
        }
    }
}
