/// The tokens the `insert-token` mutator chooses from: every keyword, every punctuation mark, literals of every
/// kind (valid, borderline and broken) and Korean text.
enum Vocabulary {
  /// Every reserved keyword of `docs/language.md`, plus builtins and field types.
  static let keywords: [String] = """
    schema field enum set table version effective open key beyond linear let service region source note choice \
    price per month period unstated support reassess none times suspend eligible all any priority tier first \
    subsidy copay undetermined rank by ascending descending waive because example given expect ineligible and or \
    not in true false months years days day year won reference_date years months days round_down round_up round \
    min max bool count money ratio date duration text price-mismatch saha-organizing income_pct household_size
    """.split(separator: " ").map(String.init)

  /// Every punctuation mark and operator, and some that are not.
  static let punctuation: [String] = [
    "{", "}", "(", ")", "[", "]", ",", ":", "=", "->", "..", "<", "<=", ">", ">=", "==", "!=", "+", "-", "*", "/",
    "%", ".", "!", "@", "$", "&", "|", "^", "~", "`", "?", ";", "'", "\\", "...", "-->", "<<=", "=>",
  ]

  /// Literals: integers, decimals, percentages, money, dates (valid and invalid), durations, strings.
  static let literals: [String] = [
    "0", "1", "7", "120", "1_000_000", "1__0", "1_", "_1", "1.", "1.5", ".5", "0.000000000000001",
    "0.0000000000000001", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "99999999999999999999", "120%", "85.5%", "100%%", "92233720368547758%", "25_000원", "25_000 won", "25,000원",
    "25,000", "1,2,3원", "25,0000원", "0원", "2024-03-02", "2023-02-29", "2024-02-29", "2024-13-01", "0000-00-00",
    "9999-12-31", "2024-1-1", "2024-03-02x", "3 months", "2 years", "14 days", "1 month", "3 weeks", "3months",
    "\"\"", "\"소득\"", "\"a\\\"b\"", "\"\\\\\"", "\"\\q\"", "\"\\", "\"", "\"\\n\"", "\"P3\"",
  ]

  /// Korean text, in and out of strings; `원` is a token of its own.
  static let hangul: [String] = [
    "원", "소득", "\"기준 중위소득 120% 이하\"", "\"통합사례관리 대상자 중 1인 가구\"", "가구", "\"부산광역시 사하구\"",
    "이하", "\"한\"", "# 주석", "\u{FEFF}", "\u{200B}", "\u{0301}", "👨‍👩‍👧", "\u{1F600}", "\u{00A0}",
  ]

  /// Layout: line breaks, tabs, comments.
  static let layout: [String] = ["\n", "\r\n", "\r", "\t", " ", "#", "# 주석\n", "\n\n\n", "\u{0}", "\u{7F}"]

  /// All of the above, as UTF-8 bytes.
  static let all: [[UInt8]] = (keywords + punctuation + literals + hangul + layout).map { Array($0.utf8) }
}
