/// `saha-organizing` and `bukgu-meal` (HandWrittenRules.swift) precomputed into lookup tables over the facts they
/// read, and the evaluation loop over them.
///
/// A service whose facts are all known for an applicant (the common case) costs one table lookup. Each table is
/// indexed by the codes of what the service reads: region (시도 × 시군구), income band, before or in the effective
/// period, then 1인 가구, status class and its four booleans (사하구), or age band, status class, 장기요양등급 class and
/// its four booleans (북구). The tables are built once by running `HandServices.saha` and `.bukgu` on one
/// representative applicant per index; the status and grade classes come from the rules' own predicates
/// (`HandServices.status`, `.grade`), the band limits from `HandMedian` and `HandDerived`. A service missing a fact it
/// reads, or an applicant outside the median table, goes to a memo keyed by everything that service reads
/// (`HandDerived` included), filled from the same functions the first time a key is seen (about 12,500 keys for the
/// generated million, in a millisecond or two). Outcomes are numbered per service: `outcomes[service][id]`.
final class HandTables {
  /// Distinct outcomes per service (0 `saha-organizing`, 1 `bukgu-meal`), by id.
  private(set) var outcomes: [[HandOutcome]] = [[], []]
  private var ids: [[HandOutcome: UInt16]] = [[:], [:]]
  /// Outcome ids by dense index (`sahaIndex`, `bukguIndex`).
  private let saha: UnsafeMutablePointer<UInt16>
  private let bukgu: UnsafeMutablePointer<UInt16>
  /// Band limits (`HandDerived.limits`) by `(year − 2022) << 4 | household size`, sizes 1…15, years 2022…2026.
  private let limits: UnsafeMutablePointer<(Int64, Int64, Int64)>
  /// The class (0 or 1: the rules' predicate false or true) of every `status` and `ltc_grade` byte.
  private let statusClass: UnsafeMutablePointer<UInt8>
  private let gradeClass: UnsafeMutablePointer<UInt8>
  /// `(sido − 1) × 3 + sigungu − 1` by `sido << 2 | sigungu`, both known.
  private let region: UnsafeMutablePointer<UInt8>
  /// The memo: keys (`UInt64.max` empty) and outcome ids, open addressing, `memoMask + 1` slots.
  private var memoKeys: UnsafeMutablePointer<UInt64>
  private var memoValues: UnsafeMutablePointer<UInt16>
  private var memoMask = (1 << 12) - 1
  private var memoCount = 0

  static let sahaSize = 48 * 64
  static let bukguSize = 48 * 192
  /// 2022-12-31: a reference date before the effective period.
  static let beforeEffective: Int32 = 2022 << 9 | 12 << 5 | 31

  /// Builds both tables from the rules.
  ///
  /// - Complexity: 12,288 evaluations of the rules, about a millisecond.
  init() {
    saha = .allocate(capacity: HandTables.sahaSize)
    bukgu = .allocate(capacity: HandTables.bukguSize)
    limits = .allocate(capacity: 5 << 4)
    statusClass = .allocate(capacity: 256)
    gradeClass = .allocate(capacity: 256)
    region = .allocate(capacity: 16)
    memoKeys = .allocate(capacity: memoMask + 1)
    memoKeys.initialize(repeating: .max, count: memoMask + 1)
    memoValues = .allocate(capacity: memoMask + 1)
    for value in 0..<256 {
      var a = HandApplicant()
      a.status = UInt8(value)
      a.ltc = UInt8(value)
      statusClass[value] = HandServices.status(a).truth == 1 ? 1 : 0
      gradeClass[value] = HandServices.grade(a).truth == 1 ? 1 : 0
    }
    for code in 0..<16 { region[code] = UInt8(max(0, (code >> 2 - 1) * 3 + (code & 3) - 1)) }
    for year in 0..<5 {
      for size in 0..<16 {
        let median = HandMedian.median(year: 2022 + year, size: Int64(size)) ?? 0
        let limit = HandDerived.limits(median: median)
        precondition(limit.0 <= limit.1 && limit.1 <= limit.2, "band limits out of order")
        limits[year << 4 | size] = limit
      }
    }
    let statusValue = [0, 1].map { c in UInt8((0..<255).first { statusClass[$0] == c } ?? 0) }
    let gradeValue = [0, 1].map { c in UInt8((0..<255).first { gradeClass[$0] == c } ?? 0) }
    let ages = [HandServices.minimumAge - 1, HandServices.minimumAge, HandServices.olderAge]
    for common in 0..<48 {
      var a = HandApplicant()
      let band = UInt8(common >> 1 & 3)
      a.sido = UInt8((common >> 3) / 3 + 1)
      a.sigungu = UInt8((common >> 3) % 3 + 1)
      a.application = common & 1 == 1 ? HandTables.beforeEffective : HandDate.effectiveFrom
      a.boolKnown = 0xFF
      for rest in 0..<64 {
        a.householdSize = rest >> 5 == 1 ? 1 : 2
        a.status = statusValue[rest >> 4 & 1]
        a.boolValue = UInt8(rest & 15)
        saha[common << 6 | rest] = id(HandServices.saha(a, HandDerived(band: band, age: 0)), service: 0)
      }
      for rest in 0..<192 {
        a.status = statusValue[rest >> 5 & 1]
        a.ltc = gradeValue[rest >> 4 & 1]
        a.boolValue = UInt8(rest & 15) << 4
        let age = ages[rest >> 6]
        bukgu[common * 192 + rest] = id(HandServices.bukgu(a, HandDerived(band: band, age: age)), service: 1)
      }
    }
  }

  deinit {
    saha.deallocate()
    bukgu.deallocate()
    limits.deallocate()
    statusClass.deallocate()
    gradeClass.deallocate()
    region.deallocate()
    memoKeys.deallocate()
    memoValues.deallocate()
  }

  /// The id of an outcome of a service, numbering it when new.
  private func id(_ outcome: HandOutcome, service: Int) -> UInt16 {
    if let id = ids[service][outcome] { return id }
    precondition(outcomes[service].count <= Int(UInt16.max), "more distinct outcomes than ids")
    let id = UInt16(outcomes[service].count)
    outcomes[service].append(outcome)
    ids[service][outcome] = id
    return id
  }

  /// Evaluates both services for `count` applicants, writing their outcome ids.
  ///
  /// - Complexity: O(count): per service, one table lookup when every fact it reads is known, one memo probe
  ///   otherwise.
  func evaluate(
    _ applicants: UnsafePointer<HandApplicant>, count: Int, saha sahaOut: UnsafeMutablePointer<UInt16>,
    bukgu bukguOut: UnsafeMutablePointer<UInt16>
  ) {
    let saha = self.saha, bukgu = self.bukgu, limits = self.limits, region = self.region
    let statusClass = self.statusClass, gradeClass = self.gradeClass
    let minimumAge = HandServices.minimumAge, olderAge = HandServices.olderAge
    for i in 0..<count {
      let a = applicants[i]
      let year = Int(a.application >> 9) &- 2022
      let size = Int(a.householdSize)
      // Known: region, income band (a median row for the year and size), status.
      if a.income >= 0 && a.sido != 0 && a.sigungu != 0 && a.status != 255 && UInt(bitPattern: year) < 5
        && UInt(bitPattern: size &- 1) < 15
      {
        // The limits ascend (checked in `init`), so this is `HandDerived.band` without branches.
        let scaled = a.income &* 100, limit = limits[year << 4 | size]
        let band = (scaled > limit.0 ? 1 : 0) + (scaled > limit.1 ? 1 : 0) + (scaled > limit.2 ? 1 : 0)
        let before = a.application < HandDate.effectiveFrom ? 1 : 0
        let common = (Int(region[Int(a.sido) << 2 | Int(a.sigungu)]) << 2 | band) << 1 | before
        let status = Int(statusClass[Int(a.status)])
        sahaOut[i] = a.boolKnown & 15 == 15
          ? saha[common << 6 | (size == 1 ? 32 : 0) | status << 4 | Int(a.boolValue & 15)] : memo(a, service: 0)
        if a.boolKnown >> 4 == 15 && a.birth != 0 && a.ltc != 255 {
          let age = HandDerived.age(birth: a.birth, reference: a.application)
          let ageBand = (age >= minimumAge ? 1 : 0) + (age >= olderAge ? 1 : 0)
          let grade = Int(gradeClass[Int(a.ltc)])
          bukguOut[i] = bukgu[common * 192 + (ageBand << 6 | status << 5 | grade << 4 | Int(a.boolValue >> 4))]
        } else {
          bukguOut[i] = memo(a, service: 1)
        }
      } else {
        sahaOut[i] = memo(a, service: 0)
        bukguOut[i] = memo(a, service: 1)
      }
    }
  }

  /// A service's outcome id for an applicant the tables do not cover, through the memo.
  ///
  /// The key holds what the service reads, as the rules read it: the derived income band with its reasons (and for
  /// `bukgu-meal` the age band or its reasons), the reference date's presence and period, the region, the household
  /// size as 1, other or missing, the status (and grade) class or missing, and the service's four booleans.
  private func memo(_ a: HandApplicant, service: Int) -> UInt16 {
    var derived: HandDerived?
    /// The derived facts, computed once and only when needed.
    func d() -> HandDerived {
      if let derived { return derived }
      let facts = HandDerived(a)
      derived = facts
      return facts
    }
    /// Two reason ids (each below 32) in 10 bits.
    func two(_ list: UInt64) -> UInt64 {
      precondition(list >> 16 == 0, "more than two reasons for a derived fact")
      return list & 31 | (list >> 8 & 31) << 5
    }
    let year = Int(a.application >> 9) &- 2022, size = Int(a.householdSize)
    var key = UInt64(service)
    if a.income >= 0 && UInt(bitPattern: year) < 5 && UInt(bitPattern: size &- 1) < 15 {
      key |= UInt64(HandDerived.band(scaled: a.income &* 100, limits: limits[year << 4 | size])) << 1
    } else {
      key |= UInt64(min(d().band, 7)) << 1 | two(d().incomeReasons) << 4
    }
    key |= (a.application != 0 ? 1 : 0) << 14 | (a.application < HandDate.effectiveFrom ? 1 : 0) << 15
    key |= UInt64(a.sido) << 16 | UInt64(a.sigungu) << 18
    key |= UInt64(a.householdSize < 0 ? 2 : a.householdSize == 1 ? 1 : 0) << 20
    key |= UInt64(a.status == 255 ? 2 : statusClass[Int(a.status)]) << 22
    if service == 0 {
      key |= UInt64(a.boolKnown & 15) << 24 | UInt64(a.boolValue & 15) << 28
    } else {
      key |= UInt64(a.boolKnown >> 4) << 24 | UInt64(a.boolValue >> 4) << 28
      key |= UInt64(a.ltc == 255 ? 2 : gradeClass[Int(a.ltc)]) << 32
      let age = a.birth != 0 && a.application != 0 ? HandDerived.age(birth: a.birth, reference: a.application) : -1
      key |= (age < 0
        ? 3 | two(d().ageReasons) << 2
        : (age >= HandServices.minimumAge ? 1 : 0) + (age >= HandServices.olderAge ? 1 : 0)) << 34
    }
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & memoMask
    while memoKeys[slot] != .max {
      if memoKeys[slot] == key { return memoValues[slot] }
      slot = (slot + 1) & memoMask
    }
    let value = id(service == 0 ? HandServices.saha(a, d()) : HandServices.bukgu(a, d()), service: service)
    memoKeys[slot] = key
    memoValues[slot] = value
    memoCount += 1
    if memoCount * 2 > memoMask { growMemo() }
    return value
  }

  /// Doubles the memo.
  private func growMemo() {
    let keys = memoKeys, values = memoValues, slots = memoMask + 1
    memoMask = slots * 2 - 1
    memoKeys = .allocate(capacity: slots * 2)
    memoKeys.initialize(repeating: .max, count: slots * 2)
    memoValues = .allocate(capacity: slots * 2)
    for old in 0..<slots where keys[old] != .max {
      var slot = Int(truncatingIfNeeded: (keys[old] &* 0x9E37_79B9_7F4A_7C15) >> 32) & memoMask
      while memoKeys[slot] != .max { slot = (slot + 1) & memoMask }
      memoKeys[slot] = keys[old]
      memoValues[slot] = values[old]
    }
    keys.deallocate()
    values.deallocate()
  }
}
