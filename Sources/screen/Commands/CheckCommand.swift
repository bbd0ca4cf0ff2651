import Eligibility
import Foundation
import Rules

/// `screen check APPLICANT.json`: screens one applicant against every service (or those named by `--service`).
enum CheckCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let context = try CommandRunner.loadRules(arguments)
    guard let path = arguments.argument("applicant") else { return .invalidUsage }
    guard let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path) else {
      throw CommandFailure(
        message: language == .korean ? "error: 신청자 파일을 읽을 수 없음: \(path)" : "error: cannot read the applicant file \(path)",
        code: .invalidUsage)
    }
    let facts: Facts
    switch context.decodeApplicant(jsonData: data) {
    case .success(let decoded): facts = decoded
    case .failure(let errors):
      throw CommandFailure(message: "\(path): " + errors.rendered(in: language), code: .invalidUsage)
    }
    let asOf = try arguments.date("as-of")
    let format = try arguments.choice("format", as: OutputFormat.self) ?? .text
    let services = arguments.strings("service")
    var reports: [ScreeningReport] = []
    do {
      if services.isEmpty {
        reports.append(try context.screen(facts, asOf: asOf))
      } else {
        for id in services { reports.append(try context.screen(facts, asOf: asOf, service: id)) }
      }
    } catch {
      throw CommandFailure(message: "error: " + error.message(in: language), code: .invalidUsage)
    }
    for report in reports {
      Console.answer(format == .json ? ReportRenderer.json(report, language: language) : ReportRenderer.text(report, language: language))
    }
    return .success
  }
}
