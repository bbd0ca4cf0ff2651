import Foundation
import Synchronization

/// Runs the inputs of a run on `--jobs` threads, watches them from a monitor thread, and summarises.
struct Runner {
  /// The shared state.
  let state: RunState

  /// How often the checkpoint file is rewritten, in inputs per job.
  static let checkpointInterval = 10_000

  /// The stack size of each job's thread: the usual 8 MiB of a main thread, so that a recursion that overflows
  /// one job's stack overflows every job's at the same depth.
  static let stackSize = 8 << 20

  /// Runs every input, job 0 on the calling (main) thread and each other job on a thread of its own, then
  /// returns with the workers finished (the monitor may end the process first when an input never finishes).
  func run() {
    let monitor = Monitor(state: state)
    let monitorThread = Thread { monitor.watch() }
    monitorThread.start()
    let finished = DispatchGroup()
    for job in state.slots.indices.dropFirst() {
      finished.enter()
      let thread = Thread { [self] in
        work(job: job, slot: state.slots[job])
        finished.leave()
      }
      thread.stackSize = Runner.stackSize
      thread.start()
    }
    work(job: 0, slot: state.slots[0])
    finished.wait()
    monitor.stop()
  }

  /// One worker: generates and runs each input of its range in order, on its own thread.
  private func work(job: Int, slot: WorkerSlot) {
    CrashReporter.prepareThread(job: job)
    let timeout = Duration.milliseconds(state.options.timeoutMilliseconds)
    var slowest: (milliseconds: Double, index: Int, stage: String) = (0, -1, "-")
    for index in slot.range {
      if (index - slot.range.lowerBound) % Runner.checkpointInterval == 0 { state.checkpoint(slot, at: index) }
      let input = state.generator.input(at: index)
      slot.startedAt.store(state.elapsedNanoseconds, ordering: .relaxed)
      slot.index.store(index, ordering: .releasing)
      CrashReporter.setRunning(job: job, index: index, text: input.text)
      let start = state.clock.now
      let report = exercise(input.text, stages: state.options.stages)
      let elapsed = state.clock.now - start
      slot.index.store(-1, ordering: .releasing)
      CrashReporter.setIdle(job: job)
      let milliseconds = RunState.milliseconds(elapsed)
      if milliseconds > slowest.milliseconds {
        slowest = (milliseconds, index, report.slowestStage)
        state.slowest.withLock { if slowest.milliseconds > $0.milliseconds { $0 = slowest } }
      }
      if elapsed > timeout {
        state.record(finding(.hang, index: index, input: input, milliseconds: milliseconds, detail: stages(report)))
      }
      if !report.violations.isEmpty {
        let detail = report.violations.prefix(3).joined(separator: "; ")
        state.record(finding(.violation, index: index, input: input, milliseconds: milliseconds, detail: detail))
      }
      state.done.add(1, ordering: .relaxed)
    }
  }

  /// Saves the input and describes the finding.
  private func finding(
    _ kind: Finding.Kind, index: Int, input: InputGenerator.Input, milliseconds: Double, detail: String
  ) -> Finding {
    let path = state.store.save(input.text, seed: state.options.seed, index: index) ?? "(not saved)"
    return Finding(
      kind: kind, index: index, milliseconds: milliseconds, detail: detail, origin: Runner.origin(of: input),
      path: path)
  }

  /// Where an input came from: `saha-organizing.rules + drop-token, deep-nesting (1234 bytes)`.
  static func origin(of input: InputGenerator.Input) -> String {
    "\(input.base) + \(input.mutators.map(\.rawValue).joined(separator: ", ")) (\(input.text.utf8.count) bytes)"
  }

  /// The time of each stage, `parse 1.2 ms, check 0.3 ms, render 0.1 ms`.
  func stages(_ report: ExerciseReport) -> String {
    [("parse", report.parse), ("check", report.check), ("render", report.render)]
      .map { "\($0.0) \(Summary.format(RunState.milliseconds($0.1))) ms" }.joined(separator: ", ")
  }
}

/// The monitor thread: prints progress to a terminal and catches inputs that run too long, even ones that never
/// finish.
final class Monitor: Sendable {
  private let state: RunState
  private let stopped = Mutex<Bool>(false)

  /// An input still running after this long (10 × `--timeout-ms`, at least 20 s) may never finish, and a
  /// thread cannot be stopped from outside: it is reported, and the run ends.
  private var hardLimitNanoseconds: Int { max(10 * state.options.timeoutMilliseconds, 20_000) * 1_000_000 }

  /// Creates the monitor of a run.
  init(state: RunState) {
    self.state = state
  }

  /// Asks the monitor to finish (after its current tick) and clears the progress line.
  func stop() {
    stopped.withLock { $0 = true }
    if Summary.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  /// Polls the workers every 100 ms until ``stop()``.
  func watch() {
    var tick = 0
    while !stopped.withLock({ $0 }) {
      Thread.sleep(forTimeInterval: 0.1)
      tick += 1
      let now = state.elapsedNanoseconds
      for slot in state.slots { inspect(slot, now: now) }
      if Summary.stderrIsTerminal, tick % 5 == 0, !stopped.withLock({ $0 }) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Summary.progress(state)).utf8))
      }
    }
  }

  private func inspect(_ slot: WorkerSlot, now: Int) {
    let index = slot.index.load(ordering: .acquiring)
    guard index >= 0 else { return }
    let running = now - slot.startedAt.load(ordering: .relaxed)
    guard slot.index.load(ordering: .acquiring) == index else { return }
    let timeout = state.options.timeoutMilliseconds * 1_000_000
    if running > timeout, slot.flagged.load(ordering: .relaxed) != index {
      slot.flagged.store(index, ordering: .relaxed)
      let input = state.generator.input(at: index)
      let path = state.store.save(input.text, seed: state.options.seed, index: index) ?? "(not saved)"
      Summary.printError("rules-fuzz: input \(index) still running after \(running / 1_000_000) ms; saved \(path)")
      state.record(
        Finding(
          kind: .hang, index: index, milliseconds: Double(running) / 1e6, detail: "still running",
          origin: Runner.origin(of: input), path: path))
    }
    if running > hardLimitNanoseconds {
      let seconds = running / 1_000_000_000
      Summary.printError("rules-fuzz: input \(index) still running after \(seconds) s: stopping the run")
      state.findings.withLock { list in
        if let at = list.firstIndex(where: { $0.kind == .hang && $0.index == index }) {
          list[at].milliseconds = Double(running) / 1e6
          list[at].detail = "still running after \(running / 1_000_000_000) s, run stopped (endless or just very slow)"
        }
      }
      print(Summary.text(state, finished: false))
      exit(1)
    }
  }
}
