/// A parameter table flattened for the hot loop into one `Int64` array: versions as day-number periods, rows as
/// sorted keys with their values, and the `beyond linear` step precomputed.
///
/// Values are `Int64` (count, money, day number, case index, text id) or rationals (numerator, denominator).
/// Lookups agree with ``ParameterTable/value(in:key:)`` and ``ParameterTable/version(on:)``.
///
/// Layout of ``data``: the version count `V`, then per version `from, to, firstKey, rowCount, rowsStart,
/// hasBeyond, beyondStep`, then per version its rows as `keys…, values…, denominators…` from `rowsStart`.
struct CompiledTable: Sendable {
  private static let header = 7
  private static let maximumMapDays = 1 << 17
  private let data: ContiguousArray<Int64>
  /// The version in force on each day from ``mapStart`` (255: none); later days can only be in the last version.
  private let versionOfDay: ContiguousArray<UInt8>
  /// The first day of ``versionOfDay``.
  private let mapStart: Int64
  /// Whether values are rationals.
  let isRatio: Bool

  /// Flattens a table.
  ///
  /// - Parameters:
  ///   - table: the checked table.
  ///   - texts: the literal table, extended with text values.
  /// - Returns: `nil` when the value type has no compiled form (bool, duration), or the versions overlap.
  init?(_ table: ParameterTable, texts: inout TextTable) {
    var headers: [Int64] = [Int64(table.versions.count)]
    var rows: [Int64] = []
    let rowsBase = 1 + table.versions.count * CompiledTable.header
    var previousTo: Int64?
    for version in table.versions {
      let from = Int64(version.from.dayNumber)
      let to = version.to.map { Int64($0.dayNumber) } ?? Int64.max
      // Checked tables have sorted, disjoint versions (overlaps are errors); the lookup relies on it.
      if let previousTo, previousTo >= from { return nil }
      previousTo = to
      var values: [Int64] = []
      var denominators: [Int64] = []
      for row in version.rows {
        switch row.value {
        case .count(let v), .money(let v): values.append(v)
        case .date(let d): values.append(Int64(d.dayNumber))
        case .enumCase(let i): values.append(Int64(i))
        case .text(let s): values.append(Int64(texts.intern(s)))
        case .ratio(let r): values.append(r.numerator)
        default: return nil
        }
        if case .ratio(let r) = row.value { denominators.append(r.denominator) } else { denominators.append(1) }
      }
      var step: Int64?
      if version.beyondLinear, version.rows.count >= 2,
        case .money(let last) = version.rows[version.rows.count - 1].value,
        case .money(let previous) = version.rows[version.rows.count - 2].value
      {
        let (difference, overflow) = last.subtractingReportingOverflow(previous)
        step = overflow ? nil : difference
      }
      headers += [
        from, to, version.rows.first?.key ?? 0, Int64(version.rows.count), Int64(rowsBase + rows.count),
        step == nil ? 0 : 1, step ?? 0,
      ]
      rows += version.rows.map(\.key) + values + denominators
    }
    data = ContiguousArray(headers + rows)
    isRatio = table.valueType == .ratio
    // A byte per day from the first version's start to the last version's start (covering every bounded version
    // before it); fewer than 255 versions and a span of at most 2¹⁷ days, else lookups count versions.
    let starts = table.versions.map { Int64($0.from.dayNumber) }
    mapStart = starts.first ?? 0
    let span = (starts.last ?? 0) - mapStart + 1
    var map = ContiguousArray<UInt8>()
    if table.versions.count < 255, span <= CompiledTable.maximumMapDays {
      map = ContiguousArray(repeating: 255, count: Int(span))
      for (v, version) in table.versions.enumerated() {
        let end = min(version.to.map { Int64($0.dayNumber) } ?? Int64.max, mapStart + span - 1)
        for day in starts[v]...max(starts[v], end) where day <= end { map[Int(day - mapStart)] = UInt8(v) }
      }
    }
    versionOfDay = map
  }

  /// Looks up `count` records' keys on their days.
  ///
  /// Unknown keys or days, a day in no version, a key with no row and no rule beyond, and an overflowing
  /// continuation all give unknown. `denominators` is written only for ratio tables.
  func lookup(
    count: Int, keys: UnsafeMutablePointer<Int64>, keyKnown: UnsafeMutablePointer<UInt8>,
    days: UnsafeMutablePointer<Int64>, dayKnown: UnsafeMutablePointer<UInt8>,
    values: UnsafeMutablePointer<Int64>, denominators: UnsafeMutablePointer<Int64>?, known: UnsafeMutablePointer<UInt8>
  ) {
    data.withUnsafeBufferPointer { buffer in versionOfDay.withUnsafeBufferPointer { mapBuffer in
      // Every index below was laid out by `init` (headers, then rows at `rowsStart`); offsets are checked against
      // `rowCount` and the map's length before use.
      guard let d = buffer.baseAddress else { return }
      let versions = Int(d[0])
      let map = mapBuffer.baseAddress
      let mapCount = UInt64(mapBuffer.count)
      let mapStart = self.mapStart
      for i in 0..<count {
        let day = days[i]
        let key = keys[i]
        var v = -1
        let offset = UInt64(bitPattern: day &- mapStart)
        if let map, offset < mapCount {
          let mapped = map[Int(offset)]
          v = mapped == 255 ? -1 : Int(mapped)
        } else if map != nil {
          v = day < mapStart ? -1 : versions - 1
        } else {
          // The only version that can hold the day is the last to start on or before it.
          for j in 0..<versions { v &+= d[1 + j * CompiledTable.header] <= day ? 1 : 0 }
        }
        var found = false
        var value: Int64 = 0
        var denominator: Int64 = 1
        if keyKnown[i] & dayKnown[i] == 1, v >= 0 {
          let h = d + 1 + v * CompiledTable.header
          let rowCount = Int(h[3])
          let rows = d + Int(h[4])
          let offset = key &- h[2]
          if day <= h[1], rowCount > 0 {
            if UInt64(bitPattern: offset) < UInt64(rowCount), rows[Int(offset)] == key {
              // Dense keys (1, 2, 3, …) index directly.
              (found, value, denominator) = (true, rows[rowCount + Int(offset)], rows[2 * rowCount + Int(offset)])
            } else {
              (found, value, denominator) = CompiledTable.search(key: key, rows: rows, count: rowCount, header: h)
            }
          }
        }
        values[i] = value
        denominators?[i] = denominator
        known[i] = found ? 1 : 0
      }
    } }
  }

  /// A key that is not at its dense position: a sparse row, or past the last row (`beyond linear`).
  private static func search(
    key: Int64, rows: UnsafePointer<Int64>, count: Int, header h: UnsafePointer<Int64>
  ) -> (Bool, Int64, Int64) {
    let lastKey = rows[count - 1]
    if key > lastKey {
      guard h[5] == 1 else { return (false, 0, 1) }
      let (extra, overflow) = h[6].multipliedReportingOverflow(by: key &- lastKey)
      let (total, overflow2) = rows[2 * count - 1].addingReportingOverflow(extra)
      return overflow || overflow2 || key &- lastKey < 0 ? (false, 0, 1) : (true, total, 1)
    }
    for row in 0..<count where rows[row] == key { return (true, rows[count + row], rows[2 * count + row]) }
    return (false, 0, 1)
  }
}
