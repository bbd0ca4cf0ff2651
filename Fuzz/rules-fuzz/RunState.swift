import Synchronization

/// One problem found in a run: an input that was too slow, or one that broke an invariant.
struct Finding: Sendable {
  /// What kind of problem.
  enum Kind: String, Sendable {
    /// Slower than `--timeout-ms`.
    case hang
    /// A diagnostic range outside the file, or a similar broken promise.
    case violation
  }

  /// What kind of problem.
  var kind: Kind
  /// The input's index.
  var index: Int
  /// How long it ran, in milliseconds (at the time it was noticed, for an input still running).
  var milliseconds: Double
  /// The slowest stage, or what is broken.
  var detail: String
  /// The corpus entry and mutators it was made from.
  var origin: String
  /// Where the input was saved.
  var path: String
}

/// What one worker is doing, read by the monitor thread (and by the crash handler, through ``CrashReporter``).
final class WorkerSlot: Sendable {
  /// The index of the input being run, or -1 between inputs.
  let index = Atomic<Int>(-1)
  /// When it started, in nanoseconds since the run started.
  let startedAt = Atomic<Int>(0)
  /// The last index the monitor reported as running too long, so it reports it once.
  let flagged = Atomic<Int>(-1)
  /// The index last written to the `current` checkpoint.
  let checkpoint = Atomic<Int>(-1)
  /// The indices this worker runs.
  let range: Range<Int>

  /// Creates the slot of a worker that runs `range`.
  init(range: Range<Int>) {
    self.range = range
  }
}

/// The state a run's workers and monitor share: counters, slots and findings.
final class RunState: Sendable {
  /// The run's options.
  let options: Options
  /// Makes the inputs.
  let generator: InputGenerator
  /// Where inputs are saved.
  let store: FailureStore
  /// One slot per worker.
  let slots: [WorkerSlot]
  /// The clock every duration is measured with.
  let clock = ContinuousClock()
  /// When the run started.
  let started: ContinuousClock.Instant
  /// Inputs finished so far.
  let done = Atomic<Int>(0)
  /// Hangs and violations, in the order found.
  let findings = Mutex<[Finding]>([])
  /// The slowest input so far: milliseconds, index and stage.
  let slowest = Mutex<(milliseconds: Double, index: Int, stage: String)>((0, -1, "-"))
  /// Serialises writes of the `current` checkpoint.
  private let checkpointLock = Mutex<Void>(())

  /// Creates the state for a run, splitting `start..<start + count` into one contiguous range per job.
  init(options: Options, generator: InputGenerator, store: FailureStore) {
    self.options = options
    self.generator = generator
    self.store = store
    let jobs = max(1, options.jobs)
    slots = (0..<jobs).map { job in
      let lower = options.start + options.count * job / jobs
      let upper = options.start + options.count * (job + 1) / jobs
      return WorkerSlot(range: lower..<upper)
    }
    started = clock.now
  }

  /// Nanoseconds since the run started.
  var elapsedNanoseconds: Int {
    let elapsed = clock.now - started
    return Int(elapsed.components.seconds) * 1_000_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000)
  }

  /// Records a finding; a second one of the same kind for the same index (the worker finishing an input the
  /// monitor reported as still running) updates the first.
  func record(_ finding: Finding) {
    findings.withLock { list in
      if let at = list.firstIndex(where: { $0.kind == finding.kind && $0.index == finding.index }) {
        if finding.milliseconds >= list[at].milliseconds { list[at] = finding }
      } else {
        list.append(finding)
      }
    }
  }

  /// Notes a worker's position and rewrites `.fuzz-failures/current` with every worker's position.
  ///
  /// - Parameters:
  ///   - slot: the worker's slot.
  ///   - index: the index it is about to run.
  func checkpoint(_ slot: WorkerSlot, at index: Int) {
    slot.checkpoint.store(index, ordering: .relaxed)
    checkpointLock.withLock { _ in
      var lines = ["seed \(options.seed)"]
      for (job, each) in slots.enumerated() {
        let at = each.checkpoint.load(ordering: .relaxed)
        guard at >= 0 else { continue }
        let end = min(each.range.upperBound, at + 10_000)
        lines.append(
          "job \(job): inputs \(each.range.lowerBound)..<\(each.range.upperBound), running \(at)..<\(end)"
            + "  (rules-fuzz --seed \(options.seed) --start \(at) --count \(end - at) --jobs 1)")
      }
      store.writeCurrent(lines.joined(separator: "\n") + "\n")
    }
  }

  /// A milliseconds value of a duration.
  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
  }
}
