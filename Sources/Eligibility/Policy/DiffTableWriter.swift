import Rules

/// Writes a diff's changed rows as CSV: `id,service,old_result,new_result,old_priority,new_priority,old_tier,
/// new_tier,old_copay,new_copay,old_rank,new_rank,why` (RFC 4180 quoting by ``BatchTableWriter/csvCell(_:)``;
/// `why` joins the clauses with `; `).
public enum DiffTableWriter {
  /// The header's columns.
  public static let columns = [
    "id", "service", "old_result", "new_result", "old_priority", "new_priority", "old_tier", "new_tier", "old_copay",
    "new_copay", "old_rank", "new_rank", "why",
  ]

  /// The whole table, header first.
  ///
  /// - Parameter rows: the changed rows.
  /// - Returns: the CSV text, one line per row, each ending with `\n`.
  public static func csv(_ rows: [DiffRow]) -> String {
    var text = columns.joined(separator: ",") + "\n"
    for row in rows { text += line(row) }
    return text
  }

  /// One row as one CSV line.
  public static func line(_ row: DiffRow) -> String {
    func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
    let cells = [
      row.id, row.service, row.old.decision.rawValue, row.new.decision.rawValue, number(row.old.priorityNumber),
      number(row.new.priorityNumber), number(row.old.tierNumber), number(row.new.tierNumber),
      row.old.copay?.won.map(String.init) ?? "", row.new.copay?.won.map(String.init) ?? "", number(row.old.rank),
      number(row.new.rank), row.why.joined(separator: "; "),
    ]
    return cells.map(BatchTableWriter.csvCell).joined(separator: ",") + "\n"
  }
}
