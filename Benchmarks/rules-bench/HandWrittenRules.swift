/// The hand-written version of `saha-organizing` and `bukgu-meal` (rulesets/*.rules), for the `hand-1` variant of
/// `--e2e 1`: plain structs and integer arithmetic, no `Rules` or `Eligibility` code. Its output must be byte for
/// byte what `screen batch` writes for the same CSV. `HandTables` (HandWrittenTables.swift) runs these functions to
/// build its lookup tables and its memo; the derived facts (`income_pct`, age) are in HandWrittenDerived.swift.
///
/// Three-valued logic follows the reference evaluator (`Evaluator`): `and`/`all` is false when any part is false,
/// else unknown when any part is unknown (with the unknown parts' reasons, in order, without repeats), else true;
/// `or`/`any` likewise. A reason list is up to 8 reason ids packed into the bytes of a `UInt64`, low byte first.

/// One applicant, as read from the CSV: only the facts the two services read, in 32 bytes (the id is kept apart,
/// in `HandApplicants`).
struct HandApplicant {
  /// Monthly household income in won; -1 when missing.
  var income: Int64 = -1
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

/// Bits of `HandApplicant.boolKnown` / `boolValue`: the four `saha-organizing` reads in the low half, the four
/// `bukgu-meal` reads in the high half, so that each service's values index its lookup table directly.
enum HandBool {
  static let caseManaged: UInt8 = 1 << 0
  static let publicReferral: UInt8 = 1 << 1
  static let privateReferral: UInt8 = 1 << 2
  static let singleParent: UInt8 = 1 << 3
  static let discharged: UInt8 = 1 << 4
  static let disabled: UInt8 = 1 << 5
  static let livesAlone: UInt8 = 1 << 6
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
  /// Unknown, for the reasons given.
  @inline(__always) static func unknown(_ reasons: UInt64) -> Tri { Tri(truth: 2, reasons: reasons) }
  /// Known: yes or no.
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

/// One applicant-service result: decision, priority, tier and the reasons, in 16 bytes.
struct HandOutcome: Hashable {
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
  /// A boolean fact (`HandBool` bit), unknown with `reason` when missing.
  @inline(__always) static func bool(_ a: HandApplicant, _ bit: UInt8, _ reason: UInt8) -> Tri {
    a.boolKnown & bit == 0 ? .unknown(UInt64(reason)) : .of(a.boolValue & bit != 0)
  }

  /// `sido = 부산광역시 and sigungu = wanted` (1 사하구, 2 북구).
  @inline(__always) static func region(_ a: HandApplicant, sigungu wanted: UInt8) -> Tri {
    let sido: Tri = a.sido == 0 ? .unknown(UInt64(HandReason.sido)) : .of(a.sido == 1)
    let sigungu: Tri = a.sigungu == 0 ? .unknown(UInt64(HandReason.sigungu)) : .of(a.sigungu == wanted)
    return Tri.all(sido, sigungu)
  }

  /// `income_pct <= limit` (band ≤ `maxBand`).
  @inline(__always) static func income(_ d: HandDerived, atMost maxBand: UInt8) -> Tri {
    d.band == 255 ? .unknown(d.incomeReasons) : .of(d.band <= maxBand)
  }

  /// `status in recipient or status in near_poor`.
  @inline(__always) static func status(_ a: HandApplicant) -> Tri {
    // status in recipient (1–4) or status in near_poor (5–8)
    a.status == 255 ? .unknown(UInt64(HandReason.status)) : .of(a.status >= 1 && a.status <= 8)
  }

  /// `household_size = 1`.
  @inline(__always) static func sizeIsOne(_ a: HandApplicant) -> Tri {
    a.householdSize < 0 ? .unknown(UInt64(HandReason.householdSize)) : .of(a.householdSize == 1)
  }

  /// `age >= years`.
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

  /// `ltc_grade in {3, 4, 5, outside}`: cases 3, 4, 5 and 7.
  @inline(__always) static func grade(_ a: HandApplicant) -> Tri {
    a.ltc == 255 ? .unknown(UInt64(HandReason.ltcGrade)) : .of((a.ltc >= 3 && a.ltc <= 5) || a.ltc == 7)
  }

  /// The ages `bukgu-meal` compares with: the 연령 criterion and the 가구특성 / priority row.
  static let minimumAge: Int32 = 65
  static let olderAge: Int32 = 75

  /// 사하구 취약계층 정리수납지원서비스 (rulesets/saha-organizing.rules), three-valued.
  static func saha(_ a: HandApplicant, _ d: HandDerived) -> HandOutcome {
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

  /// 북구 식사영양관리서비스 (rulesets/bukgu-meal.rules), three-valued.
  static func bukgu(_ a: HandApplicant, _ d: HandDerived) -> HandOutcome {
    let discharged = bool(a, HandBool.discharged, HandReason.discharged)
    let oldAlone = Tri.all(
      age(d, atLeast: olderAge),
      Tri.any(bool(a, HandBool.disabled, HandReason.disabled), bool(a, HandBool.livesAlone, HandReason.livesAlone)))
    let grade = grade(a)
    let criteria = [
      region(a, sigungu: 2),  // 거주지
      age(d, atLeast: minimumAge),  // 연령
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
}
