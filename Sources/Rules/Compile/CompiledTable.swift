/// A parameter table flattened for the hot loop: versions as day-number periods, rows as sorted key and value
/// arrays, and the `beyond linear` step precomputed.
///
/// Values are `Int64` (count, money, day number, case index, text id) or rationals (numerator, denominator).
/// Lookups agree with ``ParameterTable/value(in:key:)`` and ``ParameterTable/version(on:)``.
struct CompiledTable: Sendable {
  /// First day of each version.
  private let from: [Int32]
  /// Last day of each version (`Int32.max` when open-ended).
  private let to: [Int32]
  /// Each version's first row in ``keys``.
  private let start: [Int]
  /// Each version's row count.
  private let rowCount: [Int]
  /// Whether a version continues its last step past its last row, and the step.
  private let beyondStep: [Int64?]
  /// Row keys, per version, ascending.
  private let keys: [Int64]
  /// Row values (numerators for ratios).
  private let values: [Int64]
  /// Row denominators (1 unless the value type is ratio).
  private let denominators: [Int64]
  /// Whether values are rationals.
  let isRatio: Bool

  /// Flattens a table.
  ///
  /// - Parameters:
  ///   - table: the checked table.
  ///   - texts: the literal table, extended with text values.
  /// - Returns: `nil` when the value type has no compiled form (bool, duration).
  init?(_ table: ParameterTable, texts: inout TextTable) {
    var from: [Int32] = []
    var to: [Int32] = []
    var start: [Int] = []
    var rowCount: [Int] = []
    var beyondStep: [Int64?] = []
    var keys: [Int64] = []
    var values: [Int64] = []
    var denominators: [Int64] = []
    for version in table.versions {
      from.append(Int32(version.from.dayNumber))
      to.append(version.to.map { Int32($0.dayNumber) } ?? Int32.max)
      start.append(keys.count)
      rowCount.append(version.rows.count)
      for row in version.rows {
        keys.append(row.key)
        switch row.value {
        case .count(let v), .money(let v):
          values.append(v)
          denominators.append(1)
        case .date(let d):
          values.append(Int64(d.dayNumber))
          denominators.append(1)
        case .enumCase(let i):
          values.append(Int64(i))
          denominators.append(1)
        case .text(let s):
          values.append(Int64(texts.intern(s)))
          denominators.append(1)
        case .ratio(let r):
          values.append(r.numerator)
          denominators.append(r.denominator)
        default:
          return nil
        }
      }
      var step: Int64?
      if version.beyondLinear, version.rows.count >= 2,
        case .money(let last) = version.rows[version.rows.count - 1].value,
        case .money(let previous) = version.rows[version.rows.count - 2].value
      {
        let (difference, overflow) = last.subtractingReportingOverflow(previous)
        step = overflow ? nil : difference
      }
      beyondStep.append(step)
    }
    self.from = from
    self.to = to
    self.start = start
    self.rowCount = rowCount
    self.beyondStep = beyondStep
    self.keys = keys
    self.values = values
    self.denominators = denominators
    isRatio = table.valueType == .ratio
  }

  /// The value for a key on a day.
  ///
  /// - Returns: the value (numerator, denominator), or `nil` when no version is in force, no row matches and
  ///   there is no rule beyond, or the linear continuation overflows.
  @inline(__always)
  func value(key: Int64, day: Int32) -> (numerator: Int64, denominator: Int64)? {
    var version = -1
    for v in from.indices where from[v] <= day && day <= to[v] {
      version = v
      break
    }
    guard version >= 0 else { return nil }
    let first = start[version]
    let count = rowCount[version]
    guard count > 0 else { return nil }
    // Dense keys (1, 2, 3, …) index directly; otherwise search.
    let offset = key &- keys[first]
    if offset >= 0, offset < Int64(count), keys[first + Int(offset)] == key {
      return (values[first + Int(offset)], denominators[first + Int(offset)])
    }
    let last = first + count - 1
    if key > keys[last] {
      guard let step = beyondStep[version] else { return nil }
      let (extra, overflow) = step.multipliedReportingOverflow(by: key &- keys[last])
      let (total, overflow2) = values[last].addingReportingOverflow(extra)
      return overflow || overflow2 || key &- keys[last] < 0 ? nil : (total, 1)
    }
    for row in first...last where keys[row] == key { return (values[row], denominators[row]) }
    return nil
  }
}
