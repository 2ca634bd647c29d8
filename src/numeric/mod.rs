//! Numbers as written and the intervals they stand for.
//!
//! Every figure is an interval: "251" is [251, 251], "2.3 million" is [2.25M, 2.35M],
//! "around 1,200" is [1,020, 1,380], "more than 50" is [50, ∞). The width comes from the
//! text itself (how the number was rounded, which hedge stands before it), never from one
//! global constant. See `../shared/docs/SEMANTICS.md`.

use serde::Serialize;

/// A closed interval of real numbers; either end may be infinite (unbounded).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// The interval holding exactly `v`.
    pub fn exact(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    /// `[lo, hi]`, swapping the ends if they come reversed.
    pub fn new(lo: f64, hi: f64) -> Interval {
        if lo <= hi {
            Interval { lo, hi }
        } else {
            Interval { lo: hi, hi: lo }
        }
    }

    /// `[v - halo, v + halo]`.
    pub fn around(v: f64, halo: f64) -> Interval {
        Interval::new(v - halo.abs(), v + halo.abs())
    }

    /// The interval of the negated values: `[-hi, -lo]`.
    pub fn mirrored(&self) -> Interval {
        Interval {
            lo: -self.hi,
            hi: -self.lo,
        }
    }

    /// Whether `x` lies inside (ends included).
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The lower end, or `None` when unbounded.
    pub fn lo_bound(&self) -> Option<f64> {
        self.lo.is_finite().then_some(self.lo)
    }

    /// The upper end, or `None` when unbounded.
    pub fn hi_bound(&self) -> Option<f64> {
        self.hi.is_finite().then_some(self.hi)
    }

    /// The interval with its ends rounded to one decimal place, for messages.
    pub fn rounded(&self) -> Interval {
        let r = |v: f64| {
            if v.is_finite() {
                (v * 10.0).round() / 10.0
            } else {
                v
            }
        };
        Interval {
            lo: r(self.lo),
            hi: r(self.hi),
        }
    }

    /// Interval sum.
    pub fn add(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
        }
    }
}

/// A number as it was written: its value and the place of its last written digit, which
/// says how it was rounded.
///
/// ```
/// use figcheck::numeric::Numeral;
/// // "2.3 million": last written digit is the hundred-thousands.
/// let n = Numeral::decimal(2.3, 1).scaled(1e6);
/// let i = n.rounding(100.0);
/// assert!((i.lo - 2_250_000.0).abs() < 1e-6 && (i.hi - 2_350_000.0).abs() < 1e-6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Numeral {
    /// The value, scale words applied.
    pub value: f64,
    /// Base-10 exponent of the unit of the last written digit, scale applied
    /// ("2.3 million" → 5, "1,200" → 0, "0.25" → -2).
    pub last_digit: i32,
    /// Written with a decimal part or a scale word: rounded by construction.
    pub rounded: bool,
    /// The scale word or suffix it was written with ("million" → 1e6), 1 for none.
    pub scale: f64,
}

impl Numeral {
    /// An integer as written in digits or words.
    pub fn integer(value: f64) -> Numeral {
        Numeral {
            value,
            last_digit: 0,
            rounded: false,
            scale: 1.0,
        }
    }

    /// A decimal with `decimals` digits after the point.
    pub fn decimal(value: f64, decimals: u32) -> Numeral {
        Numeral {
            value,
            last_digit: -(decimals as i32),
            rounded: decimals > 0,
            scale: 1.0,
        }
    }

    /// A value written as a fraction in digits or a mixed number ("3/4", "2 1/4", "7-1/2",
    /// "2½", "two and a half"): exact as written, so no rounding halo; times a scale word
    /// ("2½ million") it is rounded at the hundredths of the scale.
    pub fn fraction(value: f64) -> Numeral {
        Numeral {
            value,
            last_digit: -2,
            rounded: false,
            scale: 1.0,
        }
    }

    /// Whether it was written as a fraction ([`Numeral::fraction`]): exact, yet not whole.
    pub fn is_fraction(&self) -> bool {
        !self.rounded && self.value.fract() != 0.0
    }

    /// The same numeral times a scale word ("million") or suffix ("bn").
    pub fn scaled(self, scale: f64) -> Numeral {
        let shift = scale.abs().log10().round() as i32;
        let last_digit = self.last_digit + shift;
        // 4.1 × 1e9 is 4099999999.9999995 in binary: round to the written precision
        let decimals = (-last_digit).clamp(0, 15);
        let factor = pow10(decimals);
        let value = (self.value * scale * factor).round() / factor;
        Numeral {
            value,
            last_digit,
            rounded: true,
            scale: self.scale * scale,
        }
    }

    /// The first end of a range takes the scale of the second when it has none: in
    /// "5-10m" and "$2-3bn" the scale word is written once for both ends.
    ///
    /// ```
    /// use figcheck::numeric::Numeral;
    /// let five = Numeral::integer(5.0);
    /// let ten_m = Numeral::integer(10.0).scaled(1e6);
    /// assert_eq!(five.borrow_scale(ten_m).value, 5e6);
    /// assert_eq!(ten_m.borrow_scale(five).value, 10e6);
    /// ```
    pub fn borrow_scale(self, second: Numeral) -> Numeral {
        if self.scale == 1.0
            && second.scale > 1.0
            && self.value.abs() < second.value.abs() / second.scale * 1000.0
        {
            self.scaled(second.scale)
        } else {
            self
        }
    }

    /// The same numeral negated.
    pub fn negated(self) -> Numeral {
        Numeral {
            value: -self.value,
            ..self
        }
    }

    /// Whether it is a round figure: an integer of at least `round_min` ending in zeros.
    pub fn is_round(&self, round_min: f64) -> bool {
        !self.rounded && self.value.abs() >= round_min && trailing_zeros(self.value) > 0
    }

    /// The interval its rounding allows: ± half a unit of the last written digit for
    /// decimals and scaled figures, ± half the step of the last non-zero digit for a round
    /// figure of at least `round_min`, the value itself otherwise.
    pub fn rounding(&self, round_min: f64) -> Interval {
        if self.rounded {
            Interval::around(self.value, 0.5 * pow10(self.last_digit))
        } else if self.is_round(round_min) {
            let step = pow10(trailing_zeros(self.value) as i32);
            Interval::around(self.value, 0.5 * step)
        } else {
            Interval::exact(self.value)
        }
    }

    /// The interval a converted figure's rounding allows ("six feet (two metres)"): a
    /// conversion is rounded by nature, so an integer means ± half the step of its last
    /// non-zero digit whatever its size (2 is 1.5 to 2.5, 40 is 35 to 45, 32 is 31.5 to
    /// 32.5), a decimal or scaled figure ± half a unit of its last written digit.
    pub fn conversion_rounding(&self) -> Interval {
        if self.rounded {
            Interval::around(self.value, 0.5 * pow10(self.last_digit))
        } else {
            Interval::around(self.value, 0.5 * pow10(trailing_zeros(self.value) as i32))
        }
    }

    /// The interval of a percentage as written: ± half a unit of the last digit, and a
    /// truncated figure is accepted too ("76%" covers a true 76.0 to 76.99). Truncation
    /// drops digits toward zero, so a negative percentage is the mirror: "-2%" covers a
    /// true -2.99 to -1.5, as "2%" covers 1.5 to 2.99.
    pub fn percent_rounding(&self) -> Interval {
        // "7-1/2 pct" is exactly seven and a half
        if self.is_fraction() {
            return Interval::exact(self.value);
        }
        let unit = pow10(self.last_digit.min(0));
        let magnitude = self.value.abs();
        let i = Interval::new(magnitude - 0.5 * unit, magnitude + unit);
        if self.value < 0.0 { i.mirrored() } else { i }
    }
}

/// 10 to the power `e`, from a table for the exponents prose uses (a hot path: every
/// figure's interval needs one).
pub fn pow10(e: i32) -> f64 {
    const TABLE: [f64; 41] = [
        1e-20, 1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8,
        1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    ];
    match usize::try_from(e + 20) {
        Ok(i) if i < TABLE.len() => TABLE[i],
        _ => 10f64.powi(e),
    }
}

/// Number of trailing decimal zeros of an integer value (0 for non-integers and zero).
fn trailing_zeros(v: f64) -> u32 {
    if v == 0.0 || v.fract() != 0.0 || v.abs() > 1e18 {
        return 0;
    }
    let mut n = v.abs() as u64;
    let mut zeros = 0;
    while n.is_multiple_of(10) {
        n /= 10;
        zeros += 1;
    }
    zeros
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn converted_figures_round_at_their_last_non_zero_digit() {
        let two = Numeral::integer(2.0).conversion_rounding();
        assert!(close(two.lo, 1.5) && close(two.hi, 2.5));
        let forty = Numeral::integer(40.0).conversion_rounding();
        assert!(close(forty.lo, 35.0) && close(forty.hi, 45.0));
        let km = Numeral::integer(32.0).conversion_rounding();
        assert!(close(km.lo, 31.5) && close(km.hi, 32.5));
        let decimal = Numeral::decimal(42.2, 1).conversion_rounding();
        assert!(close(decimal.lo, 42.15) && close(decimal.hi, 42.25));
    }

    #[test]
    fn exact_counts_are_points() {
        let i = Numeral::integer(251.0).rounding(100.0);
        assert!(close(i.lo, 251.0) && close(i.hi, 251.0));
    }

    #[test]
    fn round_figures_are_read_loosely() {
        let i = Numeral::integer(1200.0).rounding(100.0);
        assert!(close(i.lo, 1150.0) && close(i.hi, 1250.0));
        let i = Numeral::integer(2000.0).rounding(100.0);
        assert!(close(i.lo, 1500.0) && close(i.hi, 2500.0));
        // Small round numbers are usually exact counts.
        let i = Numeral::integer(40.0).rounding(100.0);
        assert!(close(i.lo, 40.0) && close(i.hi, 40.0));
    }

    #[test]
    fn percents_accept_truncation() {
        let i = Numeral::integer(76.0).percent_rounding();
        assert!(i.contains(76.8) && i.contains(75.6) && !i.contains(77.2));
        let i = Numeral::decimal(76.8, 1).percent_rounding();
        assert!(i.contains(76.85) && !i.contains(77.0));
        // the negative side is the mirror: truncation goes toward zero
        let i = Numeral::integer(2.0).negated().percent_rounding();
        assert!(close(i.lo, -3.0) && close(i.hi, -1.5));
    }

    #[test]
    fn intervals_overlap_and_add() {
        let a = Interval::new(1.0, 3.0);
        assert!(a.overlaps(&Interval::new(3.0, 4.0)));
        assert!(!a.overlaps(&Interval::new(3.5, 4.0)));
        let s = a.add(&Interval::exact(2.0));
        assert!(close(s.lo, 3.0) && close(s.hi, 5.0));
        assert_eq!(Interval::new(5.0, f64::INFINITY).hi_bound(), None);
    }
}
