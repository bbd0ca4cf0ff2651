import Eligibility
import Foundation
import Rules
import Testing

/// The project's rulesets, loaded once for all tests (tests run from the package root).
let projectRulesets: Result<ScreeningContext, ScreeningLoadError> = Result { () throws(ScreeningLoadError) in
  try Screening.load(rulesDirectory: "rulesets")
}

/// The loaded context, or a recorded issue.
func rulesetContext(sourceLocation: SourceLocation = #_sourceLocation) throws -> ScreeningContext {
  switch projectRulesets {
  case .success(let context): return context
  case .failure(.invalidRuleset(let diagnostics)):
    Issue.record("rulesets have errors:\n\(DiagnosticRenderer.render(diagnostics))", sourceLocation: sourceLocation)
    throw TestSetupFailure()
  case .failure(.unreadable(let error)):
    Issue.record("rulesets unreadable: \(error.path): \(error.reason)", sourceLocation: sourceLocation)
    throw TestSetupFailure()
  }
}

struct TestSetupFailure: Error {}

/// Decodes an applicant written as JSON text.
func applicantFacts(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Facts {
  switch try rulesetContext().decodeApplicant(jsonData: Array(json.utf8)) {
  case .success(let facts): return facts
  case .failure(let errors):
    Issue.record("applicant does not decode:\n\(errors.rendered())", sourceLocation: sourceLocation)
    throw errors
  }
}

/// Screens an applicant written as JSON text for one service.
func screenService(_ json: String, service: String, asOf: CivilDate? = nil) throws -> ServiceReport {
  let report = try rulesetContext().screen(try applicantFacts(json), asOf: asOf, service: service)
  guard let only = report.services.first else { throw TestSetupFailure() }
  return only
}

/// A date literal for tests.
func civil(_ text: String) throws -> CivilDate {
  guard let date = CivilDate(iso: text) else { throw TestSetupFailure() }
  return date
}

/// Compares text with a golden file in `Goldens/`; `SCREEN_RECORD=1 swift test` rewrites it and fails, for review.
///
/// - Parameters:
///   - actual: the text produced.
///   - name: the golden's file name.
///   - placeholders: `(placeholder, value)` pairs: the golden holds the placeholder where the output has the value
///     (e.g. hashes computed by the test).
func assertMatchesGolden(
  _ actual: String, _ name: String, placeholders: [(String, String)] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/\(name)")
  if ProcessInfo.processInfo.environment["SCREEN_RECORD"] == "1" {
    var recorded = actual
    for (placeholder, value) in placeholders { recorded = recorded.replacingOccurrences(of: value, with: placeholder) }
    do {
      try recorded.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); review and run again without SCREEN_RECORD", sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    Issue.record("missing golden \(name); run SCREEN_RECORD=1 swift test", sourceLocation: sourceLocation)
    return
  }
  var expected = String(decoding: data, as: UTF8.self)
  for (placeholder, value) in placeholders { expected = expected.replacingOccurrences(of: placeholder, with: value) }
  if actual != expected {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
    let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
    Issue.record(
      "\(name) differs at line \(first + 1)\n  got:  \(got)\n  want: \(want)\n(SCREEN_RECORD=1 swift test rewrites it)",
      sourceLocation: sourceLocation)
  }
}
