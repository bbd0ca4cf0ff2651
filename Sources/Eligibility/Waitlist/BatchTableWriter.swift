import Foundation
import Rules

/// Writes batch results as CSV (`id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons`) or as
/// JSON Lines with the same keys, into a byte buffer the caller flushes.
public struct BatchTableWriter: Sendable {
  /// The output format.
  public enum Format: String, Sendable, Hashable, CaseIterable {
    /// Comma-separated values with a header line (RFC 4180 quoting, CRLF-free).
    case csv
    /// One JSON object per line.
    case jsonl
  }

  /// The CSV header's columns, also the JSON Lines keys.
  public static let columns = ["id", "service", "result", "priority", "tier", "gov_subsidy", "copay", "price", "rank", "reasons"]

  /// The format written.
  public let format: Format
  /// The ruleset the results refer to (service ids and prices).
  public let ruleset: CheckedRuleset

  /// Creates a writer.
  public init(format: Format, ruleset: CheckedRuleset) {
    self.format = format
    self.ruleset = ruleset
  }

  /// The text before the first row: a UTF-8 byte-order mark when asked (Excel), and the CSV header.
  public func header(byteOrderMark: Bool) -> String {
    (byteOrderMark ? "\u{FEFF}" : "") + (format == .csv ? Self.columns.joined(separator: ",") + "\n" : "")
  }

  /// One result as one line.
  public func line(_ result: BatchResult) -> String {
    let service = ruleset.services[result.service]
    let price = service.price?.won
    switch format {
    case .csv:
      let cells: [String] = [
        result.id, service.id, result.decision.rawValue, result.priorityNumber.map(String.init) ?? "",
        result.tierNumber.map(String.init) ?? "", result.subsidy?.won.map(String.init) ?? "",
        result.copay?.won.map(String.init) ?? "", price.map(String.init) ?? "", result.rank.map(String.init) ?? "",
        result.reasons.joined(separator: ";"),
      ]
      return cells.map(Self.csvCell).joined(separator: ",") + "\n"
    case .jsonl:
      func number(_ value: Int64?) -> String { value.map(String.init) ?? "null" }
      func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }
      let values: [String] = [
        JSONWriter.quoted(result.id), JSONWriter.quoted(service.id), JSONWriter.quoted(result.decision.rawValue),
        number(result.priorityNumber), number(result.tierNumber), number(result.subsidy?.won), number(result.copay?.won),
        number(price), number(result.rank), "[" + result.reasons.map(JSONWriter.quoted).joined(separator: ",") + "]",
      ]
      return "{" + zip(Self.columns, values).map { "\"\($0)\":\($1)" }.joined(separator: ",") + "}\n"
    }
  }

  /// A CSV cell, quoted when it holds a comma, quote or line break.
  public static func csvCell(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
