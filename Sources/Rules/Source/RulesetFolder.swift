import Foundation

/// Reads, parses and checks every `.rules` file of a folder, in name order.
public enum RulesetFolder {
  /// An error reading the folder itself (not a diagnostic in a file).
  public struct ReadError: Error, Sendable, Hashable {
    /// The path that could not be read.
    public var path: String
    /// What went wrong, from the system.
    public var reason: String
  }

  /// The `.rules` files of a folder, read as UTF-8 (invalid bytes become U+FFFD and are reported by the lexer).
  ///
  /// - Parameter path: the folder.
  /// - Returns: the files sorted by name.
  /// - Throws: ``ReadError`` when the folder or a file cannot be read.
  public static func files(in path: String) throws(ReadError) -> [SourceFile] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".rules") }.sorted()
    } catch {
      throw ReadError(path: path, reason: String(describing: error.localizedDescription))
    }
    var files: [SourceFile] = []
    for name in names {
      let filePath = path.hasSuffix("/") ? path + name : path + "/" + name
      guard let data = FileManager.default.contents(atPath: filePath) else {
        throw ReadError(path: filePath, reason: "unreadable")
      }
      files.append(SourceFile(path: filePath, text: String(decoding: data, as: UTF8.self)))
    }
    return files
  }

  /// Parses and checks a folder's files, and optionally analyses its decision lists.
  ///
  /// - Parameters:
  ///   - path: the folder.
  ///   - analyze: whether to add the decision-list analysis's gaps and unreachable rows (``Analyzer``); off for
  ///     screening, where only errors matter and start-up time counts.
  /// - Returns: the check result: the program, and the diagnostics of every stage run.
  /// - Throws: ``ReadError`` when the folder cannot be read.
  public static func load(_ path: String, analyze: Bool = false) throws(ReadError) -> CheckResult {
    var result = Checker.check(try files(in: path).map(Parser.parse))
    if analyze, let ruleset = result.ruleset { result.diagnostics += Analyzer.analyze(ruleset) }
    return result
  }
}
