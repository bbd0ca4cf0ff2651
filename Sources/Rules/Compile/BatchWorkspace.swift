/// Scratch memory for evaluating blocks of records with one ``CompiledRuleset``: registers, atom truths and
/// decision results for one block, allocated once.
///
/// A workspace belongs to one worker (it is not `Sendable`); workers share the immutable `CompiledRuleset` and
/// each make their own workspace with ``CompiledRuleset/makeWorkspace()``.
public final class BatchWorkspace {
  /// Records per block.
  let blockSize: Int
  /// The compiled ruleset it was made for.
  let identity: UInt64
  /// Register values (`registers × blockSize`).
  let values: UnsafeMutablePointer<Int64>
  /// Register known flags (`registers × blockSize`).
  let known: UnsafeMutablePointer<UInt8>
  /// Per record: must go to the reference evaluator.
  let exotic: UnsafeMutablePointer<UInt8>
  /// Atom truths (`(atoms + 1) × blockSize`; the last row stays 0, "no", to pad a part's last pass).
  let truths: UnsafeMutablePointer<UInt8>
  /// Decision-part results (`(parts + 1) × blockSize`; the last row stays zero, for absent lists).
  let results: UnsafeMutablePointer<UInt16>
  /// A decision part's table index per record (bit 15: some atom is unknown).
  let index: UnsafeMutablePointer<UInt16>
  private let registerCount: Int
  private let atomCount: Int
  private let partCount: Int

  /// Allocates a workspace and fills the constant registers.
  init(
    identity: UInt64, registerCount: Int, constants: [ProgramBuilder.Constant], atomCount: Int, partCount: Int,
    blockSize: Int
  ) {
    self.identity = identity
    self.blockSize = blockSize
    self.registerCount = registerCount
    self.atomCount = atomCount
    self.partCount = partCount
    values = .allocate(capacity: max(1, registerCount * blockSize))
    values.initialize(repeating: 0, count: max(1, registerCount * blockSize))
    known = .allocate(capacity: max(1, registerCount * blockSize))
    known.initialize(repeating: 0, count: max(1, registerCount * blockSize))
    exotic = .allocate(capacity: blockSize)
    exotic.initialize(repeating: 0, count: blockSize)
    truths = .allocate(capacity: (atomCount + 1) * blockSize)
    truths.initialize(repeating: 0, count: (atomCount + 1) * blockSize)
    results = .allocate(capacity: (partCount + 1) * blockSize)
    results.initialize(repeating: 0, count: (partCount + 1) * blockSize)
    index = .allocate(capacity: blockSize)
    index.initialize(repeating: 0, count: blockSize)
    for constant in constants {
      (values + constant.register * blockSize).update(repeating: constant.value, count: blockSize)
      (known + constant.register * blockSize).update(repeating: constant.known ? 1 : 0, count: blockSize)
    }
  }

  deinit {
    values.deallocate()
    known.deallocate()
    exotic.deallocate()
    truths.deallocate()
    results.deallocate()
    index.deallocate()
  }

  /// The registers as a block view.
  var registers: BlockRegisters { BlockRegisters(values: values, known: known, exotic: exotic, stride: blockSize) }
}
