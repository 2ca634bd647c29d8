//! Numerals as written: grouped thousands (English, Indian, continental, space-grouped),
//! decimals, a decimal comma, exponents, unicode fractions.

use crate::numeric::Numeral;

/// The largest scale word a value could have been written with.
pub(super) fn largest_scale(v: f64) -> f64 {
    [1e12, 1e9, 1e6, 1e3]
        .into_iter()
        .find(|s| v >= *s && (v / s).fract() == 0.0)
        .unwrap_or(1.0)
}

/// The value of a unicode vulgar fraction ("½", "¾").
pub(super) fn unicode_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// The common case without allocation: digits, English thousands commas and at most one
/// decimal point, 15 significant digits at most ("1,200", "2.3", "45"). The value is the
/// digits as an integer over a power of ten: both exact, so the division is correctly
/// rounded, the same double `str::parse` gives.
fn parse_plain_numeral(raw: &str) -> Option<Numeral> {
    let bytes = raw.as_bytes();
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut decimals: Option<u32> = None;
    let mut since_comma: Option<u32> = None;
    let mut before_first_comma = 0u32;
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                } else if let Some(c) = since_comma.as_mut() {
                    *c += 1;
                } else {
                    before_first_comma += 1;
                }
            }
            b',' if decimals.is_none() => {
                // English grouping only: 1-3 digits first, then groups of exactly three
                match since_comma {
                    None if (1..=3).contains(&before_first_comma) => {}
                    Some(3) => {}
                    _ => return None,
                }
                since_comma = Some(0);
            }
            b'.' if decimals.is_none() && since_comma.is_none_or(|c| c == 3) => {
                decimals = Some(0);
            }
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 || since_comma.is_some_and(|c| c != 3) || decimals == Some(0) {
        return None;
    }
    let decimals = decimals.unwrap_or(0);
    let value = mantissa as f64 / crate::numeric::pow10(decimals as i32);
    Some(Numeral::decimal(value, decimals))
}

/// Parses the text of a number token: grouped thousands (English, Indian, continental or
/// space-grouped), decimals, a decimal comma, an exponent. `None` for dotted runs that are
/// not one number ("192.168.1.2").
///
/// ```
/// use figcheck::parse::figure::parse_numeral;
/// assert_eq!(parse_numeral("1,200").unwrap().value, 1200.0);
/// assert_eq!(parse_numeral("2.35").unwrap().last_digit, -2);
/// assert_eq!(parse_numeral("12,34,567.89").unwrap().value, 1234567.89);
/// assert!(parse_numeral("192.168.1.2").is_none());
/// ```
pub fn parse_numeral(raw: &str) -> Option<Numeral> {
    parse_plain_numeral(raw).or_else(|| parse_numeral_general(raw))
}

/// [`parse_numeral`] for every form, allocating: continental and Indian grouping, decimal
/// commas, space grouping, exponents.
fn parse_numeral_general(raw: &str) -> Option<Numeral> {
    let (mantissa, exponent) = match raw.find(['e', 'E']) {
        Some(p) => (&raw[..p], raw[p + 1..].parse::<i32>().ok()),
        None => (raw, None),
    };
    let cleaned: String = mantissa
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let dots = cleaned.matches('.').count();
    let commas = cleaned.matches(',').count();
    let normal: String = if commas > 0 && dots > 0 && cleaned.rfind(',') > cleaned.rfind('.') {
        // continental: 1.234.567,89
        cleaned.replace('.', "").replace(',', ".")
    } else if commas == 1 && dots == 0 && {
        let after = cleaned.len() - cleaned.find(',').unwrap_or(0) - 1;
        after <= 2
    } {
        // decimal comma: 5,00
        cleaned.replace(',', ".")
    } else if dots > 1 && commas == 0 {
        let parts: Vec<&str> = cleaned.split('.').collect();
        if parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3) {
            cleaned.replace('.', "") // continental thousands: 1.234.567
        } else {
            return None;
        }
    } else {
        cleaned.replace(',', "")
    };
    let value: f64 = normal.parse().ok()?;
    let decimals = normal.find('.').map_or(0, |p| normal.len() - p - 1) as u32;
    let mut n = Numeral::decimal(value, decimals);
    if let Some(e) = exponent {
        n = Numeral {
            value: value * 10f64.powi(e),
            last_digit: n.last_digit + e,
            rounded: true,
            scale: 1.0,
        };
    }
    n.value.is_finite().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_numeral_path_agrees_with_the_general_one() {
        let mut samples: Vec<String> = vec![
            "0".into(),
            "7".into(),
            "45".into(),
            "1,200".into(),
            "2.3".into(),
            ".08".into(),
            "1,234,567.89".into(),
            "123456789012345".into(),
            "0.0001".into(),
            "99.999".into(),
            "1,000,000".into(),
            "3.14159".into(),
            "20.5".into(),
            "100,000.25".into(),
        ];
        let mut x: u64 = 12345;
        for _ in 0..2000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let int = (x >> 20) % 10_000_000;
            let dec = (x >> 8) % 1000;
            samples.push(format!("{int}.{dec:03}"));
            samples.push(format!("{int}"));
            let grouped: String = {
                let d = int.to_string();
                let mut out = String::new();
                for (i, c) in d.chars().enumerate() {
                    if i > 0 && (d.len() - i).is_multiple_of(3) {
                        out.push(',');
                    }
                    out.push(c);
                }
                out
            };
            samples.push(grouped.clone());
            samples.push(format!("{grouped}.{}", dec % 10));
        }
        for s in samples {
            let fast = parse_plain_numeral(&s);
            let slow = parse_numeral_general(&s);
            assert!(fast.is_some(), "{s} should take the fast path");
            assert_eq!(fast, slow, "{s}");
        }
        for odd in [
            "1,3",
            "5,00",
            "1.234.567",
            "12,34,567",
            "1.111,11",
            "1e10",
            "1 234",
        ] {
            assert_eq!(parse_plain_numeral(odd), None, "{odd} is not plain");
        }
    }
}
