import Foundation

/// The number of cores the batch may use.
enum ProcessInfoCores {
  /// The active processor count (at least 1).
  static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
