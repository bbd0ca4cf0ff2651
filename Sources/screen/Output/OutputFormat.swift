/// The forms a command can write its answer in (`--format`).
///
/// Each command declares which of these it accepts (``OptionSpec/format(_:default:)``); the raw values are what
/// people type.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// Text for people, aligned and explained.
  case text
  /// One JSON document with stable snake_case keys.
  case json
  /// Comma-separated values with a header row (UTF-8; a BOM with `--bom`).
  case csv
  /// One JSON object per line.
  case jsonl
  /// A standalone HTML page.
  case html
}
