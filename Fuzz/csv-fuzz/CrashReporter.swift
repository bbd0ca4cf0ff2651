#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// Names the input that was running when the process dies of a fatal signal, on stderr, then hands the signal
/// back to the default action (so the exit status still says "crashed"). The handler only does
/// async-signal-safe work: an atomic load, `write`, `signal`, `raise`.
enum CrashReporter {
  /// The input running now, or -1.
  static let running = Atomic<Int>(-1)
  nonisolated(unsafe) private static var prefix: [UInt8] = []
  nonisolated(unsafe) private static var digits = [UInt8](repeating: 0, count: 24)

  /// Installs the handler; call once before the first input.
  ///
  /// - Parameter seed: the run's seed, for the replay command printed.
  static func install(seed: UInt64) {
    prefix = Array("\ncsv-fuzz: crashed; replay with: csv-fuzz --seed \(seed) --replay ".utf8)
    for number in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] { _ = signal(number, handle) }
  }

  private static let handle: @convention(c) (Int32) -> Void = { number in
    prefix.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { write(2, $0, buffer.count) } }
    var value = running.load(ordering: .relaxed).magnitude
    var end = digits.count - 1
    digits[end] = UInt8(ascii: "\n")
    repeat {
      end -= 1
      digits[end] = UInt8(ascii: "0") + UInt8(value % 10)
      value /= 10
    } while value > 0 && end > 0
    digits.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { write(2, $0 + end, buffer.count - end) } }
    _ = signal(number, SIG_DFL)
    raise(number)
  }
}
