import Foundation
import Rules

/// Writes an answer to a file, or fails with exit code 2 naming the path.
enum OutputFile {
  /// Writes text as UTF-8, replacing the file.
  static func write(_ text: String, to path: String, language: Language) throws(CommandFailure) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw CommandFailure(
        message: language == .korean ? "error: 파일을 쓸 수 없음: \(path)" : "error: cannot write \(path)", code: .invalidUsage)
    }
  }
}
