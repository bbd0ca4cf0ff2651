import Foundation

/// The directory `.fuzz-failures/`: inputs that hung or broke an invariant, and the `current` checkpoint that
/// locates a crash.
///
/// The directory holds its own `.gitignore` (`*`), so nothing in it is ever committed.
struct FailureStore: Sendable {
  /// The directory, relative to the working directory.
  let directory: String

  /// Creates the directory and its `.gitignore` if they are missing.
  ///
  /// - Parameter directory: the directory path.
  init(directory: String = ".fuzz-failures") {
    self.directory = directory
    let manager = FileManager.default
    try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let ignore = directory + "/.gitignore"
    if !manager.fileExists(atPath: ignore) {
      _ = manager.createFile(atPath: ignore, contents: Data("*\n".utf8))
    }
  }

  /// The path of the saved input `(seed, index)`.
  ///
  /// - Parameters:
  ///   - seed: the run's seed.
  ///   - index: the input's index.
  /// - Returns: `.fuzz-failures/seed-S-index-I.rules`.
  func path(seed: UInt64, index: Int) -> String { "\(directory)/seed-\(seed)-index-\(index).rules" }

  /// Saves an input exactly as it was parsed (its UTF-8 bytes).
  ///
  /// - Parameters:
  ///   - text: the input.
  ///   - seed: the run's seed.
  ///   - index: the input's index.
  /// - Returns: the path written, or `nil` when it could not be written.
  @discardableResult
  func save(_ text: String, seed: UInt64, index: Int) -> String? {
    let path = path(seed: seed, index: index)
    return FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) ? path : nil
  }

  /// Replaces the `current` checkpoint file.
  ///
  /// - Parameter text: its new contents.
  func writeCurrent(_ text: String) {
    _ = FileManager.default.createFile(atPath: directory + "/current", contents: Data(text.utf8))
  }
}
