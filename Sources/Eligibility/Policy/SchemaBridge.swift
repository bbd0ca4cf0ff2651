import Rules

/// Carries applicant facts read with the NEW ruleset's schema over to the OLD ruleset's schema, field by
/// canonical name, so one reading of the file feeds both sides of a ``PolicyDiff``.
///
/// The applicants are read with the NEW ruleset's reader (the rules about to be announced define the file's
/// columns). Every column of the file must name a field of the OLD schema too, with the same type; an enumeration
/// case is carried over by its name. When the two schemas are identical the facts pass through unchanged.
public struct SchemaBridge: Sendable {
  /// Why two schemas cannot share a file.
  public enum Problem: Error, Sendable, Hashable {
    /// A column of the file names no field of the OLD schema.
    case unknownToOld(column: String)
    /// A column's field has a different type in the OLD schema.
    case typeMismatch(field: String, new: String, old: String)
  }

  /// For each NEW slot, the OLD slot it fills (or `nil` when the OLD schema lacks it).
  let slots: [Int?]
  /// For each NEW slot holding an enumeration: NEW case index → OLD case index (`nil` when OLD lacks the case).
  let cases: [[Int?]?]
  /// Whether facts pass through unchanged.
  let identical: Bool
  /// The OLD schema's field count.
  let oldCount: Int
  /// The rulesets.
  let new: CheckedRuleset
  let old: CheckedRuleset

  /// Builds the bridge from NEW facts to OLD facts.
  ///
  /// - Parameters:
  ///   - new: the NEW ruleset (the reader's).
  ///   - old: the OLD ruleset.
  public init(new: CheckedRuleset, old: CheckedRuleset) {
    self.new = new
    self.old = old
    oldCount = old.schema.fields.count
    var slots: [Int?] = []
    var cases: [[Int?]?] = []
    for field in new.schema.fields {
      let oldSlot = old.schema.fields.firstIndex { $0.name == field.name }
      slots.append(oldSlot)
      if case .enumeration(let newEnum) = field.type, let oldSlot, case .enumeration(let oldEnum) = old.schema.fields[oldSlot].type {
        let oldNames = old.enumerations[oldEnum].caseNames
        cases.append(new.enumerations[newEnum].caseNames.map { oldNames.firstIndex(of: $0) })
      } else {
        cases.append(nil)
      }
    }
    self.slots = slots
    self.cases = cases
    identical = new.schema.fields.count == old.schema.fields.count
      && zip(new.schema.fields, old.schema.fields).allSatisfy { $0.name == $1.name && Self.sameType($0.type, $1.type, new, old) }
      && cases.allSatisfy { map in map.map { $0.enumerated().allSatisfy { $0.offset == $0.element } } ?? true }
  }

  /// Checks that every column of the file is a field of both schemas with the same type.
  ///
  /// - Parameter columns: the header cells as written (names, labels or aliases of the NEW schema).
  /// - Throws: the first ``Problem``.
  public func check(columns: [String]) throws(Problem) {
    for column in columns {
      guard let newSlot = new.schema.slot(named: column) else { continue }
      let field = new.schema.fields[newSlot]
      guard let oldSlot = slots[newSlot] else { throw .unknownToOld(column: column) }
      let oldField = old.schema.fields[oldSlot]
      guard Self.sameType(field.type, oldField.type, new, old) else {
        throw .typeMismatch(field: field.name, new: field.type.description, old: oldField.type.description)
      }
    }
  }

  /// The NEW facts as OLD facts.
  ///
  /// - Parameter facts: facts by NEW slot.
  /// - Returns: facts by OLD slot, or the name of the first field whose enumeration case the OLD schema lacks
  ///   (with the case's name).
  public func oldFacts(_ facts: Facts) -> Result<Facts, MissingCase> {
    if identical { return .success(facts) }
    var out = Facts(count: oldCount)
    for (newSlot, value) in facts.values.enumerated() {
      guard let value, let oldSlot = slots[newSlot] else { continue }
      if case .enumCase(let index) = value, let map = cases[newSlot] {
        guard index < map.count, let mapped = map[index] else {
          let field = new.schema.fields[newSlot]
          var name = "\(index)"
          if case .enumeration(let e) = field.type, index < new.enumerations[e].caseNames.count {
            name = new.enumerations[e].caseNames[index]
          }
          return .failure(MissingCase(field: field.label, caseName: name))
        }
        out[oldSlot] = .enumCase(mapped)
      } else {
        out[oldSlot] = value
      }
    }
    return .success(out)
  }

  /// An enumeration case the OLD schema does not have.
  public struct MissingCase: Error, Sendable, Hashable {
    /// The field's label (the column as staff know it).
    public var field: String
    /// The case's name.
    public var caseName: String
  }

  static func sameType(_ a: ValueType, _ b: ValueType, _ new: CheckedRuleset, _ old: CheckedRuleset) -> Bool {
    switch (a, b) {
    case (.enumeration, .enumeration), (.enumSet, .enumSet): return true
    default: return a == b
    }
  }
}
