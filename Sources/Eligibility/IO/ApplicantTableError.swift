import Rules

/// Why an applicant table cannot be read at all: the file cannot be opened or read, or its header is wrong.
/// (A bad row is not this error: it is a ``RowErrors`` and reading goes on.)
///
/// ```
/// applicants.csv, column 3: 알 수 없는 열 이름: `생년월`
///   = help: 비슷한 이름: `생년월일`
/// ```
public struct ApplicantTableError: Error, Sendable, Hashable {
  /// One thing wrong with the input (an `Error` too, for typed throws inside the reader).
  public enum Problem: Error, Sendable, Hashable {
    /// The file cannot be opened (the system's reason).
    case cannotOpen(reason: String)
    /// Reading failed part-way (the system's reason); rows before it were delivered.
    case cannotRead(reason: String)
    /// The system cannot decode this encoding (no `iconv` converter).
    case encodingUnavailable(TextEncoding)
    /// The file starts with a UTF-16 byte order mark (Excel's "유니코드 텍스트"); save it as CSV instead.
    case utf16
    /// The file has no header row (it is empty or blank).
    case missingHeader
    /// The header row is not well-formed CSV.
    case headerSyntax(CSVSyntaxError)
    /// A header cell is not text in the file's encoding (column from 1).
    case headerNotText(column: Int, encoding: TextEncoding)
    /// A header cell names no field; with the closest field name or label, if any.
    case unknownColumn(column: Int, name: String, suggestion: String?)
    /// Two columns name the same field (by name or label).
    case duplicateColumn(column: Int, name: String, field: String, firstColumn: Int)
    /// A header cell is empty.
    case emptyColumnName(column: Int)
  }

  /// The file as named by the caller (`-` for standard input).
  public var path: String
  /// What is wrong; never empty.
  public var problems: [Problem]

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - problems: what is wrong, at least one.
  public init(path: String, problems: [Problem]) {
    self.path = path
    self.problems = problems
  }

  /// Creates an error with one problem.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - problem: what is wrong.
  public init(path: String, _ problem: Problem) { self.init(path: path, problems: [problem]) }

  /// A short stable name for a problem: `unknown-column`, `duplicate-column`, `cannot-open`.
  public static func code(of problem: Problem) -> String {
    switch problem {
    case .cannotOpen: return "cannot-open"
    case .cannotRead: return "cannot-read"
    case .encodingUnavailable: return "encoding-unavailable"
    case .utf16: return "utf16"
    case .missingHeader: return "missing-header"
    case .headerSyntax: return "header-syntax"
    case .headerNotText: return "header-not-text"
    case .unknownColumn: return "unknown-column"
    case .duplicateColumn: return "duplicate-column"
    case .emptyColumnName: return "empty-column-name"
    }
  }

  /// Every problem as text: `path[, column N]: message`, then its notes as `  = help: …`.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: the lines, each ending with a line break.
  public func rendered(in language: Language = .korean) -> String {
    problems.map { problem in
      let place = ApplicantTableError.column(of: problem).map { "\(path), column \($0)" } ?? path
      let notes = ApplicantTableError.notes(problem, in: language).map { "  = \($0)\n" }.joined()
      return "\(place): \(ApplicantTableError.message(problem, in: language))\n" + notes
    }.joined()
  }

  private static func column(of problem: Problem) -> Int? {
    switch problem {
    case .headerNotText(let column, _), .unknownColumn(let column, _, _), .duplicateColumn(let column, _, _, _),
      .emptyColumnName(let column):
      return column
    case .headerSyntax(let error): return error.field + 1
    default: return nil
    }
  }

  /// A problem in words, without the path.
  ///
  /// - Parameters:
  ///   - problem: the problem.
  ///   - language: Korean or English.
  /// - Returns: one line.
  public static func message(_ problem: Problem, in language: Language = .korean) -> String {
    switch (problem, language) {
    case (.cannotOpen(let reason), .korean): return "파일을 열 수 없음: \(reason)"
    case (.cannotOpen(let reason), .english): return "cannot open the file: \(reason)"
    case (.cannotRead(let reason), .korean): return "파일을 읽다가 실패함: \(reason)"
    case (.cannotRead(let reason), .english): return "reading the file failed: \(reason)"
    case (.encodingUnavailable(let encoding), .korean): return "이 시스템에서 읽을 수 없는 인코딩: \(encoding.displayName)"
    case (.encodingUnavailable(let encoding), .english): return "this system cannot decode \(encoding.displayName)"
    case (.utf16, .korean): return "UTF-16(유니코드 텍스트) 파일은 읽을 수 없음"
    case (.utf16, .english): return "UTF-16 (Unicode text) files are not supported"
    case (.missingHeader, .korean): return "헤더 행이 없음 (빈 파일)"
    case (.missingHeader, .english): return "no header row (the file is empty)"
    case (.headerSyntax(let error), _):
      return RowError(line: error.line, column: nil, .syntax(error.problem)).message(in: language)
    case (.headerNotText(_, let encoding), .korean): return "헤더가 \(encoding.displayName) 글자가 아님"
    case (.headerNotText(_, let encoding), .english): return "the header is not \(encoding.displayName) text"
    case (.unknownColumn(_, let name, _), .korean): return "알 수 없는 열 이름: `\(name)`"
    case (.unknownColumn(_, let name, _), .english): return "unknown column `\(name)`"
    case (.duplicateColumn(_, let name, let field, let first), .korean):
      return "같은 항목의 열이 두 번: `\(name)` (`\(field)`, 처음: \(first)번째 열)"
    case (.duplicateColumn(_, let name, let field, let first), .english):
      return "column `\(name)` repeats field `\(field)` (first in column \(first))"
    case (.emptyColumnName, .korean): return "열 이름이 비어 있음"
    case (.emptyColumnName, .english): return "empty column name"
    }
  }

  /// A problem's follow-up lines (`help: …`, `note: …`), without the `= ` prefix.
  ///
  /// - Parameters:
  ///   - problem: the problem.
  ///   - language: Korean or English.
  /// - Returns: the notes, possibly none.
  public static func notes(_ problem: Problem, in language: Language = .korean) -> [String] {
    func say(_ korean: String, _ english: String) -> String { language == .korean ? korean : english }
    switch problem {
    case .unknownColumn(_, _, let suggestion?):
      return [
        say(
          "help: 비슷한 이름: `\(suggestion)`",
          "help: did you mean `\(suggestion)`?")
      ]
    case .unknownColumn(_, _, nil):
      return [
        say(
          "note: 열 이름은 스키마의 항목 이름이나 라벨",
          "note: a column is named by a schema field's name or label")
      ]
    case .headerNotText(_, .utf8):
      return [
        say(
          "help: CP949(엑셀 기본)로 저장된 파일이면 `--encoding cp949`",
          "help: if the file was saved as CP949 (Excel's default), use `--encoding cp949`")
      ]
    case .headerNotText(_, .cp949):
      return [
        say(
          "help: 파일이 UTF-8이면 `--encoding utf8` (UTF-8이 아닌 바이트가 있는 행만 오류로 보고됨)",
          "help: if the file is UTF-8, use `--encoding utf8` (rows with bytes that are not UTF-8 are then reported alone)")
      ]
    case .utf16:
      return [
        say(
          "help: 엑셀에서 \"CSV UTF-8\" 또는 \"CSV (쉼표로 분리)\"로 저장",
          "help: save from Excel as \"CSV UTF-8\" or \"CSV (Comma delimited)\"")
      ]
    default:
      return []
    }
  }
}
