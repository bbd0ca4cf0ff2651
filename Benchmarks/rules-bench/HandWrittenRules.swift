/// The hand-written version of `saha-organizing` and `bukgu-meal` (rulesets/*.rules), for the `hand-1` variant of
/// `--e2e 1`: plain structs and integer arithmetic, no `Rules` or `Eligibility` code. Its output must be byte for
/// byte what `screen batch` writes for the same CSV.
///
/// Three-valued logic follows the reference evaluator (`Evaluator`): `and`/`all` is false when any part is false,
/// else unknown when any part is unknown (with the unknown parts' reasons, in order, without repeats), else true;
/// `or`/`any` likewise. A reason list is up to 8 reason ids packed into the bytes of a `UInt64`, low byte first.

/// One applicant, as read from the CSV: only the facts the two services read.
struct HandApplicant {
  /// Monthly household income in won; -1 when missing.
  var income: Int64 = -1
  /// Where the id's bytes are: an offset into the input (or, with the top bit set, into the side buffer of ids that
  /// needed unquoting).
  var idOffset: UInt32 = 0
  var idLength: UInt32 = 0
  /// Household size; -1 when missing.
  var householdSize: Int32 = -1
  /// Dates packed as `year << 9 | month << 5 | day` (ordered like the dates); 0 when missing.
  var birth: Int32 = 0
  var application: Int32 = 0
  /// The eight booleans: which are known, and their values (bits below).
  var boolKnown: UInt8 = 0
  var boolValue: UInt8 = 0
  /// `status` and `ltc_grade` case index; 255 when missing.
  var status: UInt8 = 255
  var ltc: UInt8 = 255
  /// 0 missing, 1 부산광역시, 2 other.
  var sido: UInt8 = 0
  /// 0 missing, 1 사하구, 2 북구, 3 other.
  var sigungu: UInt8 = 0
}

/// Bits of `HandApplicant.boolKnown` / `boolValue`.
enum HandBool {
  static let singleParent: UInt8 = 1 << 0
  static let livesAlone: UInt8 = 1 << 1
  static let disabled: UInt8 = 1 << 2
  static let discharged: UInt8 = 1 << 3
  static let caseManaged: UInt8 = 1 << 4
  static let publicReferral: UInt8 = 1 << 5
  static let privateReferral: UInt8 = 1 << 6
  static let mealPrep: UInt8 = 1 << 7
}

/// Reason ids: 1–15 the missing facts (`ask:<field>`), then the reasons that are not facts.
enum HandReason {
  static let sido: UInt8 = 1
  static let sigungu: UInt8 = 2
  static let householdSize: UInt8 = 3
  static let monthlyIncome: UInt8 = 4
  static let status: UInt8 = 5
  static let singleParent: UInt8 = 6
  static let livesAlone: UInt8 = 7
  static let disabled: UInt8 = 8
  static let ltcGrade: UInt8 = 9
  static let discharged: UInt8 = 10
  static let caseManaged: UInt8 = 11
  static let publicReferral: UInt8 = 12
  static let privateReferral: UInt8 = 13
  static let mealPrep: UInt8 = 14
  static let birthDate: UInt8 = 15
  /// `no-table:median_income:<application date>`
  static let noTable: UInt8 = 16
  /// `no-row:median_income:<household size>`
  static let noRow: UInt8 = 17
  /// `no-reference-date`
  static let noReferenceDate: UInt8 = 18

  static let fieldNames: [String] = [
    "", "sido", "sigungu", "household_size", "monthly_income", "status", "single_parent", "lives_alone", "disabled",
    "ltc_grade", "discharged", "case_managed", "public_referral", "private_referral", "meal_prep_difficulty", "birth_date",
  ]

  /// `list` with `id` appended unless already there.
  @inline(__always) static func adding(_ list: UInt64, _ id: UInt8) -> UInt64 {
    var rest = list
    var shift: UInt64 = 0
    while rest != 0 {
      if UInt8(truncatingIfNeeded: rest) == id { return list }
      rest >>= 8
      shift += 8
    }
    return shift >= 64 ? list : list | (UInt64(id) << shift)
  }

  /// `a` then the ids of `b` not in `a`.
  @inline(__always) static func joined(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var list = a
    var rest = b
    while rest != 0 {
      list = adding(list, UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    return list
  }
}

/// A three-valued fact or condition with, when unknown, its reasons.
struct Tri {
  /// 0 no, 1 yes, 2 unknown.
  var truth: UInt8
  var reasons: UInt64

  static let no = Tri(truth: 0, reasons: 0)
  static let yes = Tri(truth: 1, reasons: 0)
  @inline(__always) static func unknown(_ reasons: UInt64) -> Tri { Tri(truth: 2, reasons: reasons) }
  @inline(__always) static func of(_ b: Bool) -> Tri { b ? .yes : .no }

  /// Kleene conjunction of parts, as `and` and `all` evaluate it.
  @inline(__always) static func all(_ parts: Tri...) -> Tri {
    var reasons: UInt64 = 0
    var unknown = false
    for part in parts {
      if part.truth == 0 { return .no }
      if part.truth == 2 { unknown = true; reasons = HandReason.joined(reasons, part.reasons) }
    }
    return unknown ? .unknown(reasons) : .yes
  }

  /// Kleene disjunction of parts, as `or` and `any` evaluate it.
  @inline(__always) static func any(_ parts: Tri...) -> Tri {
    var reasons: UInt64 = 0
    var unknown = false
    for part in parts {
      if part.truth == 1 { return .yes }
      if part.truth == 2 { unknown = true; reasons = HandReason.joined(reasons, part.reasons) }
    }
    return unknown ? .unknown(reasons) : .no
  }
}

/// 기준 중위소득 (rulesets/median-income.rules), 2022–2026, household sizes 1–7, and the 8인 이상 rule.
enum HandMedian {
  static let table: [[Int64]] = [
    [1_944_812, 3_260_085, 4_194_701, 5_121_080, 6_024_515, 6_907_004, 7_780_592],  // 2022
    [2_077_892, 3_456_155, 4_434_816, 5_400_964, 6_330_688, 7_227_981, 8_107_515],  // 2023
    [2_228_445, 3_682_609, 4_714_657, 5_729_913, 6_695_735, 7_618_369, 8_514_994],  // 2024
    [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805, 8_988_428],  // 2025
    [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952, 9_515_150],  // 2026
  ]

  /// The median for a year and a household size; `nil` when the table has no version for the year (reason
  /// `no-table`) or no row for the size (`no-row`): the caller tells which by the year.
  @inline(__always) static func median(year: Int, size: Int64) -> Int64? {
    guard year >= 2022, year <= 2026, size >= 1 else { return nil }
    let row = table[year - 2022]
    if size <= 7 { return row[Int(size) - 1] }
    let step = row[6] - row[5]
    let (extra, o1) = step.multipliedReportingOverflow(by: size - 7)
    let (total, o2) = row[6].addingReportingOverflow(extra)
    return o1 || o2 ? nil : total
  }
}

/// The facts both services derive from an applicant once: `income_pct` and `age`.
struct HandDerived {
  /// income_pct as a band: 0 ≤ 100%, 1 ≤ 120%, 2 ≤ 160%, 3 > 160%; 255 unknown (reasons in `incomeReasons`).
  var band: UInt8
  var incomeReasons: UInt64
  /// The median income used (for ranking by the exact ratio); 0 when unknown.
  var median: Int64
  /// 만 나이; -1 when unknown (reasons in `ageReasons`).
  var age: Int32
  var ageReasons: UInt64
  /// Whether the reference date (the application date) is known.
  var hasReferenceDate: Bool

  @inline(__always) init(_ a: HandApplicant) {
    hasReferenceDate = a.application != 0
    let refYear = Int(a.application >> 9)
    // income_pct = monthly_income / median_income[household_size]
    var reasons: UInt64 = a.income < 0 ? UInt64(HandReason.monthlyIncome) : 0
    var median: Int64 = 0
    if a.householdSize < 0 {
      reasons = HandReason.adding(reasons, HandReason.householdSize)
    } else if !hasReferenceDate {
      reasons = HandReason.adding(reasons, HandReason.noReferenceDate)
    } else if let m = HandMedian.median(year: refYear, size: Int64(a.householdSize)) {
      median = m
    } else {
      reasons = HandReason.adding(reasons, refYear >= 2022 && refYear <= 2026 ? HandReason.noRow : HandReason.noTable)
    }
    self.median = reasons == 0 ? median : 0
    incomeReasons = reasons
    if reasons == 0 {
      let scaled = a.income &* 100
      band = scaled <= median &* 100 ? 0 : scaled <= median &* 120 ? 1 : scaled <= median &* 160 ? 2 : 3
    } else {
      band = 255
    }
    // age = years(birth_date, reference_date): 만 나이; 29 February births have their birthday on 1 March in common years.
    var ageReasons: UInt64 = a.birth == 0 ? UInt64(HandReason.birthDate) : 0
    if !hasReferenceDate { ageReasons = HandReason.adding(ageReasons, HandReason.noReferenceDate) }
    self.ageReasons = ageReasons
    if ageReasons == 0 {
      let by = a.birth >> 9, bmd = a.birth & 511
      let ry = a.application >> 9, rmd = a.application & 511
      var birthday = bmd
      if bmd == (2 << 5 | 29) && !HandDate.isLeap(Int(ry)) { birthday = 3 << 5 | 1 }
      age = ry - by - (rmd < birthday ? 1 : 0)
    } else {
      age = -1
    }
  }
}

enum HandDate {
  @inline(__always) static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
  @inline(__always) static func days(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
  /// 2023-01-01, the start of both services' effective period (open end).
  static let effectiveFrom: Int32 = 2023 << 9 | 1 << 5 | 1
}

/// One applicant-service result: decision, priority, tier and the reasons, in 16 bytes.
struct HandOutcome {
  /// 0 ineligible, 1 eligible, 2 undetermined; `| 4` when not in force (ineligible, `outside-period`).
  var decision: UInt8 = 0
  /// Priority row number, 0 when none.
  var priority: UInt8 = 0
  /// Tier row number, 0 when none.
  var tier: UInt8 = 0
  /// Ineligible: the failed top-level criteria as bits (in label order).
  var failed: UInt8 = 0
  /// Undetermined or eligible: the reasons (`ask:` …) as a packed list.
  var reasons: UInt64 = 0
}

/// The two services, hand-coded from the rules files.
enum HandServices {
  @inline(__always) static func bool(_ a: HandApplicant, _ bit: UInt8, _ reason: UInt8) -> Tri {
    a.boolKnown & bit == 0 ? .unknown(UInt64(reason)) : .of(a.boolValue & bit != 0)
  }

  @inline(__always) static func region(_ a: HandApplicant, sigungu wanted: UInt8) -> Tri {
    let sido: Tri = a.sido == 0 ? .unknown(UInt64(HandReason.sido)) : .of(a.sido == 1)
    let sigungu: Tri = a.sigungu == 0 ? .unknown(UInt64(HandReason.sigungu)) : .of(a.sigungu == wanted)
    return Tri.all(sido, sigungu)
  }

  /// `income_pct <= limit` (band ≤ `maxBand`).
  @inline(__always) static func income(_ d: HandDerived, atMost maxBand: UInt8) -> Tri {
    d.band == 255 ? .unknown(d.incomeReasons) : .of(d.band <= maxBand)
  }

  @inline(__always) static func status(_ a: HandApplicant) -> Tri {
    // status in recipient (1–4) or status in near_poor (5–8)
    a.status == 255 ? .unknown(UInt64(HandReason.status)) : .of(a.status >= 1 && a.status <= 8)
  }

  @inline(__always) static func sizeIsOne(_ a: HandApplicant) -> Tri {
    a.householdSize < 0 ? .unknown(UInt64(HandReason.householdSize)) : .of(a.householdSize == 1)
  }

  @inline(__always) static func age(_ d: HandDerived, atLeast years: Int32) -> Tri {
    d.ageReasons != 0 ? .unknown(d.ageReasons) : .of(d.age >= years)
  }

  /// Decides from the eligibility criteria, the in-force test and the priority and tier lists (each a first-match
  /// list: the first yes wins; an unknown row before it leaves it open with that row's reasons).
  @inline(__always) static func finish(
    _ d: HandDerived, application: Int32, criteria: [Tri], priority: [Tri], tiers: [Tri]
  ) -> HandOutcome {
    var outcome = HandOutcome()
    let eligibility = Tri.all(criteria[0], criteria[1], criteria[2], criteria.count > 3 ? criteria[3] : .yes)
    if d.hasReferenceDate && application < HandDate.effectiveFrom {
      outcome.decision = 4
      return outcome
    }
    if eligibility.truth == 0 {
      for (i, c) in criteria.enumerated() where c.truth == 0 { outcome.failed |= 1 << UInt8(i) }
      return outcome
    }
    var reasons: UInt64 = 0
    if !d.hasReferenceDate {
      outcome.decision = 2
      reasons = HandReason.joined(UInt64(HandReason.noReferenceDate), eligibility.reasons)
    } else if eligibility.truth == 1 {
      outcome.decision = 1
    } else {
      outcome.decision = 2
      reasons = eligibility.reasons
    }
    for (i, row) in priority.enumerated() {
      if row.truth == 1 { outcome.priority = UInt8(i + 1); break }
      if row.truth == 2 { if outcome.decision == 1 { reasons = HandReason.joined(reasons, row.reasons) }; break }
    }
    for (i, row) in tiers.enumerated() {
      if row.truth == 1 { outcome.tier = UInt8(i + 1); break }
      if row.truth == 2 { if outcome.decision == 1 { reasons = HandReason.joined(reasons, row.reasons) }; break }
    }
    outcome.reasons = reasons
    return outcome
  }

  /// 사하구 취약계층 정리수납지원서비스 (rulesets/saha-organizing.rules), general three-valued path.
  static func sahaGeneral(_ a: HandApplicant, _ d: HandDerived) -> HandOutcome {
    let oneCaseManaged = Tri.all(bool(a, HandBool.caseManaged, HandReason.caseManaged), sizeIsOne(a))
    let publicReferral = bool(a, HandBool.publicReferral, HandReason.publicReferral)
    let privateReferral = bool(a, HandBool.privateReferral, HandReason.privateReferral)
    let criteria = [
      region(a, sigungu: 1),  // 거주지
      income(d, atMost: 1),  // 소득: ≤ 120%
      Tri.any(oneCaseManaged, publicReferral, privateReferral),  // 가구특성
    ]
    let tier1 = Tri.any(status(a), bool(a, HandBool.singleParent, HandReason.singleParent))
    let tier2 = income(d, atMost: 0)
    let tier3: Tri = d.band == 255 ? .unknown(d.incomeReasons) : .of(d.band == 1)
    return finish(d, application: a.application, criteria: criteria,
      priority: [oneCaseManaged, publicReferral, privateReferral], tiers: [tier1, tier2, tier3])
  }

  /// 북구 식사영양관리서비스 (rulesets/bukgu-meal.rules), general three-valued path.
  static func bukguGeneral(_ a: HandApplicant, _ d: HandDerived) -> HandOutcome {
    let discharged = bool(a, HandBool.discharged, HandReason.discharged)
    let oldAlone = Tri.all(
      age(d, atLeast: 75),
      Tri.any(bool(a, HandBool.disabled, HandReason.disabled), bool(a, HandBool.livesAlone, HandReason.livesAlone)))
    // ltc_grade in {3, 4, 5, outside}: cases 3, 4, 5 and 7
    let grade: Tri = a.ltc == 255 ? .unknown(UInt64(HandReason.ltcGrade)) : .of((a.ltc >= 3 && a.ltc <= 5) || a.ltc == 7)
    let criteria = [
      region(a, sigungu: 2),  // 거주지
      age(d, atLeast: 65),  // 연령
      bool(a, HandBool.mealPrep, HandReason.mealPrep),  // 욕구기준
      Tri.any(discharged, oldAlone, grade),  // 가구특성
    ]
    let unknownIncome = Tri.unknown(d.incomeReasons)
    let tiers: [Tri] = [
      status(a),
      d.band == 255 ? unknownIncome : .of(d.band <= 1),
      d.band == 255 ? unknownIncome : .of(d.band == 2),
      d.band == 255 ? unknownIncome : .of(d.band == 3),
    ]
    return finish(d, application: a.application, criteria: criteria, priority: [discharged, oldAlone, grade], tiers: tiers)
  }

  /// The facts each service reads, all known: the fast path applies.
  static let sahaBools = HandBool.caseManaged | HandBool.publicReferral | HandBool.privateReferral | HandBool.singleParent
  static let bukguBools = HandBool.discharged | HandBool.disabled | HandBool.livesAlone | HandBool.mealPrep

  /// Both services for one applicant: plain booleans when every fact is known, the three-valued path otherwise.
  @inline(__always) static func evaluate(_ a: HandApplicant, saha: inout HandOutcome, bukgu: inout HandOutcome) {
    let d = HandDerived(a)
    let common = a.sido != 0 && a.sigungu != 0 && a.householdSize >= 0 && d.band != 255 && a.status != 255
      && a.application >= HandDate.effectiveFrom
    let busan = a.sido == 1
    let v = a.boolValue
    // 사하구
    if common && a.boolKnown & sahaBools == sahaBools {
      let c1 = busan && a.sigungu == 1
      let c2 = d.band <= 1
      let p1 = v & HandBool.caseManaged != 0 && a.householdSize == 1
      let p2 = v & HandBool.publicReferral != 0
      let p3 = v & HandBool.privateReferral != 0
      let c3 = p1 || p2 || p3
      var o = HandOutcome()
      if c1 && c2 && c3 {
        o.decision = 1
        o.priority = p1 ? 1 : p2 ? 2 : 3
        o.tier = (a.status >= 1 && a.status <= 8) || v & HandBool.singleParent != 0 ? 1 : d.band == 0 ? 2 : 3
      } else {
        o.failed = (c1 ? 0 : 1) | (c2 ? 0 : 2) | (c3 ? 0 : 4)
      }
      saha = o
    } else {
      saha = sahaGeneral(a, d)
    }
    // 북구
    if common && a.boolKnown & bukguBools == bukguBools && a.ltc != 255 && a.birth != 0 {
      let c1 = busan && a.sigungu == 2
      let c2 = d.age >= 65
      let c3 = v & HandBool.mealPrep != 0
      let p1 = v & HandBool.discharged != 0
      let p2 = d.age >= 75 && v & (HandBool.disabled | HandBool.livesAlone) != 0
      let p3 = (a.ltc >= 3 && a.ltc <= 5) || a.ltc == 7
      let c4 = p1 || p2 || p3
      var o = HandOutcome()
      if c1 && c2 && c3 && c4 {
        o.decision = 1
        o.priority = p1 ? 1 : p2 ? 2 : 3
        o.tier = a.status >= 1 && a.status <= 8 ? 1 : d.band <= 1 ? 2 : d.band == 2 ? 3 : 4
      } else {
        o.failed = (c1 ? 0 : 1) | (c2 ? 0 : 2) | (c3 ? 0 : 4) | (c4 ? 0 : 8)
      }
      bukgu = o
    } else {
      bukgu = bukguGeneral(a, d)
    }
  }
}
