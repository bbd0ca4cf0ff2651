/// Per-worker outputs, each slot written by one worker, merged in order after all have finished.
final class PartialResults: @unchecked Sendable {
  // Safe: each slot is initialised by exactly one worker of a `concurrentPerform` and read only after it returns;
  // the slots live in one fixed allocation, so no worker touches another's memory or a shared array header.
  private let slots: UnsafeMutableBufferPointer<[BatchResult]>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: [])
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ index: Int, _ results: [BatchResult]) { slots[index] = results }

  func merged() -> [BatchResult] { slots.flatMap { $0 } }
}
