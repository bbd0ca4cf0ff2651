/// One decision a compiled service makes from atoms: its eligibility (effective period and criteria), the row
/// chosen from its priority or tier list, or the truth of a sub-condition (written back as a pseudo-atom).
///
/// The result is one load from ``table``, built at compile time by evaluating the three-valued conditions for
/// every combination of atom truths. With at most ``maximumTernaryAtoms`` atoms the table is indexed in base 3
/// (no, yes, unknown per atom), so records with missing facts need no other path; wider parts index their
/// table by the atoms' values and evaluate their conditions directly for a record with an unknown atom.
struct DecisionPart: Sendable {
  /// What the part decides.
  enum Kind: Sendable, Hashable {
    /// `programs[0]` is the effective period, `programs[1]` the criteria, and any further programs the top-level
    /// criteria one by one; the result is a decision code (0 ineligible, 1 eligible, 2 undetermined) in bits
    /// 0–1, and above it a ``FailureMask`` without its availability bit: bit 2 the period is false, bit `3 + k`
    /// top-level criterion `k` is false.
    case eligibility
    /// One program per row, first match wins; the result is a ``ResultCode/RowMatch`` code.
    case rows
    /// One program; the result is its truth (0 no, 1 yes, 2 unknown), stored as a pseudo-atom.
    case truth
  }

  /// How the table is indexed.
  enum Index: Sendable, Hashable {
    /// `Σ truth(atom j) × 3^j`: every combination, unknowns included.
    case ternary
    /// `Σ value(atom j) × 2^j`, for records whose atoms are all known.
    case binary
    /// No table: the conditions are evaluated for every record.
    case none
  }

  /// Most atoms for a base-3 table (3⁸ = 6561 entries).
  static let maximumTernaryAtoms = 8
  /// Most atoms for a base-2 table (2¹⁵ entries, so that a 16-bit index keeps a bit for "some atom is unknown").
  static let maximumBinaryAtoms = 15
  /// Most atoms a part may read at all (one 64-bit word of known bits).
  static let maximumAtoms = 64

  /// What the part decides.
  let kind: Kind
  /// The global atoms it reads; local atom `i` is `atoms[i]`.
  let atoms: [Int]
  /// The conditions, over local atoms.
  let programs: [LogicProgram]
  /// How ``table`` is indexed.
  let index: Index
  /// The result for every combination of atoms (see ``Index``).
  let table: ContiguousArray<UInt16>
  /// For a ``Kind/truth`` part, the pseudo-atom its results are written to.
  var output: Int?

  /// Compiles a part.
  ///
  /// - Returns: `nil` when the part reads more than ``maximumAtoms`` atoms or a condition nests too deeply.
  init?(_ kind: Kind, conditions: [Logic]) {
    var atoms: [Int] = []
    var local: [Int: Int] = [:]
    for condition in conditions {
      condition.forEachAtom { atom in
        if local[atom] == nil {
          local[atom] = atoms.count
          atoms.append(atom)
        }
      }
    }
    guard atoms.count <= DecisionPart.maximumAtoms else { return nil }
    var programs: [LogicProgram] = []
    for condition in conditions {
      guard let program = LogicProgram(condition, local: local) else { return nil }
      programs.append(program)
    }
    self.kind = kind
    self.atoms = atoms
    self.programs = programs
    var table = ContiguousArray<UInt16>()
    if atoms.count <= DecisionPart.maximumTernaryAtoms {
      index = .ternary
      var size = 1
      for _ in atoms { size *= 3 }
      table.reserveCapacity(size)
      for combination in 0..<size {
        var known: UInt64 = 0
        var value: UInt64 = 0
        var rest = combination
        for j in atoms.indices {
          let truth = rest % 3
          rest /= 3
          if truth != 2 { known |= 1 << UInt64(j) }
          if truth == 1 { value |= 1 << UInt64(j) }
        }
        table.append(DecisionPart.result(kind, programs, known: known, value: value))
      }
    } else if atoms.count <= DecisionPart.maximumBinaryAtoms {
      index = .binary
      let all: UInt64 = (1 << UInt64(atoms.count)) - 1
      for bits in 0..<(1 << atoms.count) {
        table.append(DecisionPart.result(kind, programs, known: all, value: UInt64(bits)))
      }
    } else {
      index = .none
    }
    self.table = table
  }

  /// The result for atoms some of which may be unknown.
  ///
  /// - Parameters:
  ///   - known: bit `i` set when local atom `i` is known.
  ///   - value: bit `i` set when local atom `i` is true.
  func result(known: UInt64, value: UInt64) -> UInt16 {
    DecisionPart.result(kind, programs, known: known, value: value)
  }

  private static func result(_ kind: Kind, _ programs: [LogicProgram], known: UInt64, value: UInt64) -> UInt16 {
    switch kind {
    case .eligibility:
      let inForce = programs[0].evaluate(known: known, value: value)
      let criteria = programs[1].evaluate(known: known, value: value)
      var failures: UInt16 = inForce == .no ? 1 : 0
      for k in programs.indices.dropFirst(2) where programs[k].evaluate(known: known, value: value) == .no {
        failures |= 1 << UInt16(k - 1)
      }
      let decision: UInt16
      switch (inForce, criteria) {
      case (.no, _), (_, .no): decision = 0
      case (.unknown, _): decision = 2
      case (.yes, .yes): decision = 1
      case (.yes, .unknown): decision = 2
      }
      return decision | failures << 2
    case .rows:
      for (index, program) in programs.enumerated() {
        switch program.evaluate(known: known, value: value) {
        case .yes: return UInt16(ResultCode.RowMatch.row(index).code)
        case .unknown: return UInt16(ResultCode.RowMatch.undetermined.code)
        case .no: continue
        }
      }
      return UInt16(ResultCode.RowMatch.none.code)
    case .truth:
      return UInt16(programs[0].evaluate(known: known, value: value).rawValue)
    }
  }
}
