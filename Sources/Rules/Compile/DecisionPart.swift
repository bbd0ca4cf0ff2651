/// One decision a compiled service makes from atoms: its eligibility (effective period and criteria), or the
/// row chosen from its priority or tier list.
///
/// When every atom of the part is known (the common case), the result is one load from ``table``, indexed by
/// the atoms' values as bits; the table is built at compile time by evaluating the three-valued conditions for
/// every combination. Otherwise ``result(known:value:)`` evaluates the conditions directly.
struct DecisionPart: Sendable {
  /// What the part decides.
  enum Kind: Sendable, Hashable {
    /// `programs[0]` is the effective period, `programs[1]` the criteria; the result is a decision code
    /// (0 ineligible, 1 eligible, 2 undetermined).
    case eligibility
    /// One program per row, first match wins; the result is a ``ResultCode/RowMatch`` code.
    case rows
  }

  /// Most atoms a part may read for its table (2¹⁶ entries); wider parts evaluate their programs.
  static let maximumTableAtoms = 16
  /// Most atoms a part may read at all (one 64-bit word of known bits).
  static let maximumAtoms = 64

  /// What the part decides.
  let kind: Kind
  /// The global atoms it reads; local atom `i` is `atoms[i]`.
  let atoms: [Int]
  /// The conditions, over local atoms.
  let programs: [LogicProgram]
  /// The result for every combination of atom values when all are known; empty when there are too many atoms.
  let table: ContiguousArray<UInt16>

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
    if atoms.count <= DecisionPart.maximumTableAtoms {
      let all: UInt64 = (1 << UInt64(atoms.count)) - 1
      var table = ContiguousArray<UInt16>(repeating: 0, count: 1 << atoms.count)
      for bits in table.indices {
        table[bits] = DecisionPart.result(kind, programs, known: all, value: UInt64(bits))
      }
      self.table = table
    } else {
      table = []
    }
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
      switch (inForce, criteria) {
      case (.no, _), (_, .no): return 0
      case (.unknown, _): return 2
      case (.yes, .yes): return 1
      case (.yes, .unknown): return 2
      }
    case .rows:
      for (index, program) in programs.enumerated() {
        switch program.evaluate(known: known, value: value) {
        case .yes: return UInt16(ResultCode.RowMatch.row(index).code)
        case .unknown: return UInt16(ResultCode.RowMatch.undetermined.code)
        case .no: continue
        }
      }
      return UInt16(ResultCode.RowMatch.none.code)
    }
  }
}
