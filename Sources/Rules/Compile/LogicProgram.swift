/// A condition compiled to postfix steps over a part's local atoms, evaluated on a stack of truths held in two
/// 64-bit words (known bits and value bits), so that evaluation never allocates.
struct LogicProgram: Sendable, Hashable {
  /// One postfix step.
  enum Step: Sendable, Hashable {
    /// Push a local atom's truth.
    case atom(Int)
    /// Push a constant.
    case constant(Truth)
    /// Negate the top.
    case not
    /// Replace the top `n` truths by their conjunction.
    case and(Int)
    /// Replace the top `n` truths by their disjunction.
    case or(Int)
  }

  /// The steps.
  let steps: [Step]

  /// The deepest the stack can get (the words hold 64).
  static let maximumDepth = 64

  /// Widest `and`/`or` step; wider groups are nested.
  private static let maximumWidth = 32

  /// Compiles a condition, mapping global atoms to local positions.
  ///
  /// - Returns: `nil` when the stack would need more than 64 entries.
  init?(_ logic: Logic, local: [Int: Int]) {
    var steps: [Step] = []
    LogicProgram.emit(logic, local: local, into: &steps)
    var depth = 0
    var deepest = 0
    for step in steps {
      switch step {
      case .atom, .constant: depth += 1
      case .not: break
      case .and(let n), .or(let n): depth -= n - 1
      }
      deepest = max(deepest, depth)
    }
    guard deepest <= LogicProgram.maximumDepth else { return nil }
    self.steps = steps
  }

  private static func emit(_ logic: Logic, local: [Int: Int], into steps: inout [Step]) {
    switch logic {
    case .atom(let index):
      guard let position = local[index] else { preconditionFailure("atom \(index) missing from its part") }
      steps.append(.atom(position))
    case .constant(let truth): steps.append(.constant(truth))
    case .not(let inner):
      emit(inner, local: local, into: &steps)
      steps.append(.not)
    case .and(let parts), .or(let parts):
      let isAnd: Bool
      if case .and = logic { isAnd = true } else { isAnd = false }
      if parts.count > maximumWidth {
        let groups = stride(from: 0, to: parts.count, by: maximumWidth).map {
          Array(parts[$0..<min($0 + maximumWidth, parts.count)])
        }
        emit(isAnd ? .and(groups.map(Logic.and)) : .or(groups.map(Logic.or)), local: local, into: &steps)
        return
      }
      for part in parts { emit(part, local: local, into: &steps) }
      steps.append(isAnd ? .and(parts.count) : .or(parts.count))
    }
  }

  /// Evaluates the condition.
  ///
  /// - Parameters:
  ///   - known: bit `i` set when local atom `i` is known.
  ///   - value: bit `i` set when local atom `i` is known and true.
  /// - Returns: the Kleene truth.
  func evaluate(known: UInt64, value: UInt64) -> Truth {
    var ks: UInt64 = 0
    var vs: UInt64 = 0
    for step in steps {
      switch step {
      case .atom(let i):
        ks = ks << 1 | (known >> UInt64(i) & 1)
        vs = vs << 1 | (value >> UInt64(i) & known >> UInt64(i) & 1)
      case .constant(let truth):
        ks = ks << 1 | (truth == .unknown ? 0 : 1)
        vs = vs << 1 | (truth == .yes ? 1 : 0)
      case .not:
        vs ^= ks & 1
      case .and(let n), .or(let n):
        let mask: UInt64 = n >= 64 ? ~0 : (1 << UInt64(n)) &- 1
        let k = ks & mask
        let v = vs & mask
        ks = n >= 64 ? 0 : ks >> UInt64(n)
        vs = n >= 64 ? 0 : vs >> UInt64(n)
        let isAnd: Bool
        if case .and = step { isAnd = true } else { isAnd = false }
        let decisive = isAnd ? (k & ~v) != 0 : (k & v) != 0
        if decisive {
          ks = ks << 1 | 1
          vs = vs << 1 | (isAnd ? 0 : 1)
        } else if k == mask {
          ks = ks << 1 | 1
          vs = vs << 1 | (isAnd ? 1 : 0)
        } else {
          ks <<= 1
          vs <<= 1
        }
      }
    }
    if ks & 1 == 0 { return .unknown }
    return vs & 1 == 1 ? .yes : .no
  }
}
