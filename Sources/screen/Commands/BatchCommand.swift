import Eligibility
import Foundation
import Rules

#if canImport(Glibc)
  import Glibc
#endif

/// `screen batch APPLICANTS`: screens a whole table of applicants, one output row per applicant × service, with
/// waitlist ranks; bad rows are reported (stderr and `--errors FILE`) and counted, never dropped.
enum BatchCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let context = try CommandRunner.loadRules(arguments)
    let input = arguments.argument("applicants") ?? "-"
    let format = try arguments.choice("format", as: OutputFormat.self) == .jsonl ? BatchTableWriter.Format.jsonl : .csv
    let asOf = try arguments.date("as-of")
    let encoding = TextEncodingOption(argument: arguments.string("encoding") ?? "auto") ?? .automatic
    let screening: BatchScreening
    do {
      screening = try BatchScreening(context: context, services: arguments.strings("service"), asOf: asOf)
    } catch {
      throw CommandFailure(message: "error: " + error.message(in: language), code: .invalidUsage)
    }
    let reader = ApplicantTableReader(ruleset: context.ruleset, encoding: encoding)
    let errorsPath = arguments.string("errors")
    var errorLines: [String] = []
    let showProgress = isatty(2) == 1
    let outcome: BatchOutcome
    let run = BatchRun(screening: screening)
    let onRejected = { (bad: RowErrors) in
      let text = bad.rendered(in: language)
      Console.error(text)
      if errorsPath != nil { errorLines.append(text) }
    }
    let onProgress = { (rows: Int) in
      if showProgress { Console.progress(language == .korean ? "처리 중: \(rows)행" : "rows read: \(rows)") }
    }
    let out = arguments.string("out").flatMap { $0 == "-" ? nil : $0 }
    var columnar: ColumnarBatch?
    do {
      if format == .csv {
        columnar = try run.runColumnar(path: input, reader: reader, rejected: onRejected, progress: onProgress)
      }
      if let columnar {
        outcome = columnar.outcome
      } else {
        outcome = try run.run(path: input, reader: reader, rejected: onRejected, progress: onProgress)
      }
    } catch {
      throw CommandFailure(message: error.rendered(in: language), code: .invalidUsage)
    }
    if showProgress { Console.progress("") }
    let provenance = BatchProvenance(context: context, asOf: asOf, outcome: outcome, services: screening.services)
    if let columnar {
      let descriptor = out.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? 1
      guard descriptor >= 0 else {
        throw CommandFailure(
          message: language == .korean ? "error: 파일을 쓸 수 없음: \(out ?? "-")" : "error: cannot write \(out ?? "-")",
          code: .invalidUsage)
      }
      var file = FileDescriptorWriter(descriptor: descriptor)
      columnar.writeCSV(byteOrderMark: arguments.flag("bom")) { file.write($0) }
      if descriptor != 1 { close(descriptor) }
      if file.failed, let out {
        throw CommandFailure(
          message: language == .korean ? "error: 파일을 쓸 수 없음: \(out)" : "error: cannot write \(out)", code: .invalidUsage)
      }
      if let out { try OutputFile.write(provenance.json(), to: out + ".provenance.json", language: language) }
    } else {
      let writer = BatchTableWriter(format: format, ruleset: context.ruleset)
      var text = writer.header(byteOrderMark: arguments.flag("bom"))
      for result in outcome.results { text += writer.line(result) }
      if let out {
        try OutputFile.write(text, to: out, language: language)
        try OutputFile.write(provenance.json(), to: out + ".provenance.json", language: language)
      } else {
        Console.answer(text)
      }
    }
    if let errorsPath { try OutputFile.write(errorLines.joined(), to: errorsPath, language: language) }
    Console.error(provenance.summary(language: language))
    return outcome.rejected > 0 ? ExitCode(.badRows) : .success
  }
}
