import Rules

/// The header row of an applicant table, mapped to schema slots.
///
/// Each header cell is a field's canonical name (`birth_date`) or its label (`생년월일`), trimmed. A table need
/// not have every field: a missing column is an unknown fact in every row.
public struct ApplicantTableHeader: Sendable, Hashable {
  /// The header cells as written (trimmed), one per column.
  public let names: [String]
  /// The schema slot of each column.
  public let slots: [Int]

  /// Maps header cells to a schema's slots.
  ///
  /// - Parameters:
  ///   - cells: the header cells, in column order.
  ///   - schema: the schema.
  ///   - path: the file, for the error.
  /// - Returns: the header, or every mistake in it: unknown names (with a suggestion), a field given twice (by
  ///   name or label), an empty name.
  public static func map(_ cells: [String], schema: Schema, path: String) -> Result<ApplicantTableHeader, ApplicantTableError> {
    var names: [String] = []
    var slots: [Int] = []
    var problems: [ApplicantTableError.Problem] = []
    var firstColumn: [Int: Int] = [:]
    let candidates = schema.allNames
    for (index, cell) in cells.enumerated() {
      let column = index + 1
      let name = ApplicantTableCellDecoder.trimmed(cell.hasPrefix("\u{FEFF}") ? String(cell.dropFirst()) : cell)
      names.append(name)
      guard !name.isEmpty else {
        problems.append(.emptyColumnName(column: column))
        continue
      }
      guard let slot = schema.slot(named: name) else {
        problems.append(.unknownColumn(column: column, name: name, suggestion: Suggestion.closest(to: name, among: candidates)))
        continue
      }
      if let first = firstColumn[slot] {
        problems.append(.duplicateColumn(column: column, name: name, field: schema.fields[slot].name, firstColumn: first))
        continue
      }
      firstColumn[slot] = column
      slots.append(slot)
    }
    guard problems.isEmpty else { return .failure(ApplicantTableError(path: path, problems: problems)) }
    return .success(ApplicantTableHeader(names: names, slots: slots))
  }

  private init(names: [String], slots: [Int]) {
    self.names = names
    self.slots = slots
  }

  /// The header of a column, for messages; `nil` beyond the last column.
  ///
  /// - Parameter index: the column, from 0.
  public func name(ofColumn index: Int) -> String? { names.indices.contains(index) ? names[index] : nil }
}
