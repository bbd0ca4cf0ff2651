#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// Names the inputs that were running when the process dies of a fatal signal (a trap, a bad access, a stack
/// overflow), on stderr and in `.fuzz-failures/crash`, saves the crashing input to
/// `.fuzz-failures/crash-input.rules`, then hands the signal to whoever handled it before (the Swift runtime's
/// backtracer, or the default action), so the backtrace and exit status are unchanged.
///
/// The handler runs on a per-thread alternate stack, so it works after a stack overflow too, and does only
/// async-signal-safe work: atomic loads, `pthread_self`, `open`, `write`, `close`, `sigaction`, `raise`.
/// Everything it prints is prepared in ``install(seed:replayCommand:directory:)``, and each job copies its input
/// into its own buffer before running it (``setRunning(job:index:text:)``). `.fuzz-failures/current` is the
/// fallback when even this cannot run.
enum CrashReporter {
  /// Jobs beyond this many are not tracked.
  static let maxJobs = 64

  /// A job's copy of the input it is running; written and read only on the job's own thread.
  struct InputCopy {
    /// The bytes, or `nil` before the first input.
    var base: UnsafeMutableRawPointer?
    /// The bytes allocated.
    var capacity = 0
    /// The bytes used.
    var count = 0
  }

  /// The input each job is running, or -1.
  nonisolated(unsafe) static let running: UnsafeMutablePointer<Atomic<Int>> = {
    let pointer = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: maxJobs)
    for job in 0..<maxJobs { (pointer + job).initialize(to: Atomic(-1)) }
    return pointer
  }()

  /// The thread of each job, to tell which input crashed.
  nonisolated(unsafe) static let threads: UnsafeMutablePointer<Atomic<UInt>> = {
    let pointer = UnsafeMutablePointer<Atomic<UInt>>.allocate(capacity: maxJobs)
    for job in 0..<maxJobs { (pointer + job).initialize(to: Atomic(0)) }
    return pointer
  }()

  /// Each job's copy of its input.
  nonisolated(unsafe) static let inputs: UnsafeMutablePointer<InputCopy> = {
    let pointer = UnsafeMutablePointer<InputCopy>.allocate(capacity: maxJobs)
    pointer.initialize(repeating: InputCopy(), count: maxJobs)
    return pointer
  }()

  private static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]
  nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
  nonisolated(unsafe) private static var header: [UInt8] = []
  nonisolated(unsafe) private static var footer: [UInt8] = []
  nonisolated(unsafe) private static var marker: [UInt8] = []
  nonisolated(unsafe) private static var replay: [UInt8] = []
  nonisolated(unsafe) private static var crashPath: [CChar] = []
  nonisolated(unsafe) private static var inputPath: [CChar] = []
  nonisolated(unsafe) private static var scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 32)

  /// Installs the handler for the whole process; call once, before any worker starts.
  ///
  /// - Parameters:
  ///   - seed: the run's seed, for the message.
  ///   - replayCommand: the replay command without its index, printed with the index that crashed.
  ///   - directory: where `crash` and `crash-input.rules` are written.
  static func install(seed: UInt64, replayCommand: String, directory: String) {
    _ = (running, threads, inputs)
    header = Array("\nrules-fuzz: crashed (signal ".utf8)
    footer = Array(") while running seed \(seed), input(s):".utf8)
    marker = Array(" (the thread that crashed; saved to \(directory)/crash-input.rules)".utf8)
    replay = Array("\nrules-fuzz: replay: \(replayCommand) ".utf8)
    crashPath = Array((directory + "/crash").utf8CString)
    inputPath = Array((directory + "/crash-input.rules").utf8CString)
    for signal in signals where signal < 32 {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handle
      #else
        action.__sigaction_u.__sa_handler = handle
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = Int32(SA_ONSTACK)
      sigaction(signal, &action, previous + Int(signal))
    }
  }

  /// Remembers the calling thread as `job`'s and gives it an alternate signal stack, so the handler can run
  /// after a stack overflow.
  ///
  /// - Parameter job: the job number.
  static func prepareThread(job: Int) {
    if job < maxJobs { threads[job].store(currentThread(), ordering: .relaxed) }
    let size = 1 << 16
    guard let memory = malloc(size) else { return }
    var stack = stack_t()
    stack.ss_sp = memory
    stack.ss_size = size
    stack.ss_flags = 0
    sigaltstack(&stack, nil)
  }

  /// Records that `job` is about to run input `index` and keeps a copy of its bytes; call on the job's thread.
  ///
  /// - Parameters:
  ///   - job: the job number.
  ///   - index: the input's index.
  ///   - text: the input.
  /// - Complexity: O(n) in the input's UTF-8 length (one copy).
  static func setRunning(job: Int, index: Int, text: String) {
    guard job < maxJobs else { return }
    var text = text
    text.withUTF8 { bytes in
      var copy = inputs[job]
      if copy.capacity < bytes.count, let grown = realloc(copy.base, max(bytes.count, 2 * copy.capacity)) {
        copy.base = grown
        copy.capacity = max(bytes.count, 2 * copy.capacity)
      }
      if let base = copy.base, let source = bytes.baseAddress, copy.capacity >= bytes.count {
        base.copyMemory(from: source, byteCount: bytes.count)
        copy.count = bytes.count
      } else {
        copy.count = 0
      }
      inputs[job] = copy
    }
    running[job].store(index, ordering: .relaxed)
  }

  /// Records that `job` finished its input.
  ///
  /// - Parameter job: the job number.
  static func setIdle(job: Int) {
    guard job < maxJobs else { return }
    running[job].store(-1, ordering: .relaxed)
  }

  /// The signal handler.
  private static let handle: @convention(c) (Int32) -> Void = { signal in
    let thread = CrashReporter.currentThread()
    var crashedJob = -1
    for job in 0..<maxJobs where threads[job].load(ordering: .relaxed) == thread { crashedJob = job }
    CrashReporter.report(signal, crashedJob: crashedJob, to: 2)
    let file = CrashReporter.create(crashPath)
    if file >= 0 {
      CrashReporter.report(signal, crashedJob: crashedJob, to: file)
      close(file)
    }
    if crashedJob >= 0, running[crashedJob].load(ordering: .relaxed) >= 0, let base = inputs[crashedJob].base {
      let saved = CrashReporter.create(inputPath)
      if saved >= 0 {
        _ = CrashReporter.systemWrite(saved, base.assumingMemoryBound(to: UInt8.self), inputs[crashedJob].count)
        close(saved)
      }
    }
    sigaction(signal, previous + Int(signal), nil)
    raise(signal)
  }

  /// Writes `crashed (signal N) while running seed S, input(s): I (the thread that crashed…) J` and the replay
  /// command for the crashed input.
  private static func report(_ signal: Int32, crashedJob: Int, to descriptor: Int32) {
    write(header, to: descriptor)
    writeNumber(Int(signal), to: descriptor)
    write(footer, to: descriptor)
    var crashedIndex = -1
    for job in 0..<maxJobs {
      let index = running[job].load(ordering: .relaxed)
      guard index >= 0 else { continue }
      writeByte(UInt8(ascii: " "), to: descriptor)
      writeNumber(index, to: descriptor)
      if job == crashedJob {
        write(marker, to: descriptor)
        crashedIndex = index
      }
    }
    if crashedIndex >= 0 {
      write(replay, to: descriptor)
      writeNumber(crashedIndex, to: descriptor)
    }
    writeByte(UInt8(ascii: "\n"), to: descriptor)
  }

  /// Opens a file for writing, created or truncated.
  private static func create(_ path: [CChar]) -> Int32 {
    path.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? -1
    }
  }

  private static func writeByte(_ byte: UInt8, to descriptor: Int32) {
    scratch[0] = byte
    _ = systemWrite(descriptor, scratch, 1)
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { _ = systemWrite(descriptor, base, buffer.count) }
    }
  }

  private static func writeNumber(_ value: Int, to descriptor: Int32) {
    var remaining = value.magnitude
    var end = 32
    repeat {
      end -= 1
      scratch[end] = UInt8(ascii: "0") + UInt8(remaining % 10)
      remaining /= 10
    } while remaining > 0 && end > 1
    if value < 0 {
      end -= 1
      scratch[end] = UInt8(ascii: "-")
    }
    _ = systemWrite(descriptor, scratch + end, 32 - end)
  }

  /// The calling thread's id as an integer (`pthread_self` is async-signal-safe).
  private static func currentThread() -> UInt {
    #if canImport(Glibc)
      return UInt(pthread_self())
    #else
      return UInt(bitPattern: pthread_self())
    #endif
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.write(descriptor, bytes, count)
    #else
      return Darwin.write(descriptor, bytes, count)
    #endif
  }
}
