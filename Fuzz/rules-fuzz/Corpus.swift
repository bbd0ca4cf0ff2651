import Foundation

/// The inputs the fuzzer mutates: every `*.rules` file under the corpus directories, then the built-in
/// ``SeedSnippets``.
///
/// Entries are sorted by path so that a `(seed, index)` pair names the same input on every machine with the same
/// files.
struct Corpus: Sendable {
  /// One corpus entry.
  struct Entry: Sendable {
    /// Where it came from: a file path or `<seed N>`.
    var name: String
    /// Its bytes.
    var bytes: [UInt8]
  }

  /// The entries, files first (sorted by path), then the seed snippets.
  let entries: [Entry]

  /// The entries' bytes, in the same order.
  let bytes: [[UInt8]]

  /// Reads the corpus.
  ///
  /// - Parameter directories: the directories to search recursively; missing ones are skipped.
  init(directories: [String]) {
    var files: [String] = []
    let manager = FileManager.default
    for directory in directories {
      guard let walker = manager.enumerator(atPath: directory) else { continue }
      while let relative = walker.nextObject() as? String {
        if relative.hasSuffix(".rules") { files.append(directory + "/" + relative) }
      }
    }
    var entries: [Entry] = []
    for path in files.sorted() {
      if let data = manager.contents(atPath: path) { entries.append(Entry(name: path, bytes: Array(data))) }
    }
    for (number, snippet) in SeedSnippets.all.enumerated() {
      entries.append(Entry(name: "<seed \(number)>", bytes: Array(snippet.utf8)))
    }
    self.entries = entries
    self.bytes = entries.map(\.bytes)
  }

  /// The number of files read from the directories.
  var fileCount: Int { entries.count - SeedSnippets.all.count }
}
