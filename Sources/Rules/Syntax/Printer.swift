/// Prints a syntax tree back to canonical source text.
///
/// The output parses back to the same tree, source ranges aside (`Parser.parse(print(tree))`), and printing is
/// idempotent: `print(parse(print(tree))) == print(tree)`. Layout is fixed: two-space indentation, one field,
/// criterion, row or clause per line, a blank line between top-level declarations, and each clause's `source`,
/// `note`, `choice` and `waive` annotations after it on the same line. Comments are not part of the tree and are not
/// printed. Parentheses appear only where the tree has `.parenthesized` nodes (the parser keeps them), or where a
/// hand-built tree needs them to mean what it says.
///
/// ```swift
/// let text = Printer.print(Parser.parse(file).syntax)
/// ```
public enum Printer {
  /// Prints a whole file.
  ///
  /// - Parameter syntax: the tree of one `.rules` file.
  /// - Returns: the source text, declarations separated by blank lines, ending with a line break (empty for a
  ///   file with no declarations).
  /// - Complexity: O(n) in the size of the tree.
  public static func print(_ syntax: RulesetSyntax) -> String {
    var out = Output()
    for (index, declaration) in syntax.declarations.enumerated() {
      if index > 0 { out.blank() }
      out.declaration(declaration)
    }
    return out.text
  }

  /// Prints one declaration.
  ///
  /// - Parameter declaration: a `schema`, `enum`, `set`, `table`, `let` or `service`.
  /// - Returns: its source text, ending with a line break.
  public static func print(_ declaration: Declaration) -> String {
    var out = Output()
    out.declaration(declaration)
    return out.text
  }

  /// Prints one expression on one line.
  ///
  /// - Parameter expr: the expression.
  /// - Returns: its source text, e.g. `100% < income_pct <= 120%`; `.missing` prints as nothing.
  public static func print(_ expr: ExprSyntax) -> String { Printer.ExprPrinter.print(expr) }
}

extension Printer {
  /// The text being printed, a line at a time.
  struct Output {
    /// Everything printed so far.
    private(set) var text = ""

    /// Appends one line at a depth of indentation.
    mutating func line(_ depth: Int, _ content: String) {
      text += String(repeating: "  ", count: depth) + content + "\n"
    }

    /// Appends an empty line.
    mutating func blank() { text += "\n" }

    /// Prints a top-level declaration.
    mutating func declaration(_ declaration: Declaration) {
      switch declaration {
      case .schema(let schema): self.schema(schema)
      case .enumeration(let enumeration): self.enumeration(enumeration)
      case .set(let set): self.set(set)
      case .table(let table): self.table(table)
      case .binding(let binding): self.binding(binding)
      case .service(let service): self.service(service)
      }
    }

    /// Prints `header {`, the body, and `}` (with `trailer` after it); or `header {}` when the body prints nothing.
    ///
    /// The body prints its lines at depth 1 and nested blocks at depth 1, relative to the block; the block indents
    /// them by `depth`.
    mutating func block(_ depth: Int, _ header: String, trailer: String = "", body: (inout Output) -> Void) {
      var inner = Output()
      body(&inner)
      if inner.text.isEmpty {
        line(depth, header + " {}" + trailer)
      } else {
        line(depth, header + " {")
        text += inner.text.indented(by: depth)
        line(depth, "}" + trailer)
      }
    }

    // MARK: Declarations

    private mutating func schema(_ schema: SchemaSyntax) {
      block(0, "schema \(schema.name.text) \(Printer.quote(schema.label))") { out in
        for field in schema.fields {
          out.line(
            1,
            "field \(field.name.text): \(field.type.text) \(Printer.quote(field.label))"
              + field.aliases.map { " alias " + Printer.quote($0) }.joined()
              + Printer.trailing(field.annotations))
        }
      }
    }

    private mutating func enumeration(_ enumeration: EnumSyntax) {
      let header =
        "enum \(enumeration.name.text) \(Printer.quote(enumeration.label))" + Printer.leading(enumeration.annotations)
      block(0, header) { out in
        for enumCase in enumeration.cases { out.line(1, "\(enumCase.name.text) \(Printer.quote(enumCase.label))") }
      }
    }

    private mutating func set(_ set: SetSyntax) {
      let members = set.members.isEmpty ? "{}" : "{ " + set.members.map(\.text).joined(separator: ", ") + " }"
      line(
        0,
        "set \(set.name.text) \(Printer.quote(set.label)) = \(set.enumeration.text) \(members)"
          + Printer.trailing(set.annotations))
    }

    private mutating func table(_ table: TableSyntax) {
      let header =
        "table \(table.name.text) \(Printer.quote(table.label)) key \(table.keyName.text): \(table.keyType.text) -> "
        + table.valueType.text + Printer.leading(table.annotations)
      block(0, header) { out in
        for version in table.versions {
          let versionHeader =
            "version \(Printer.quote(version.name)) effective \(Printer.period(from: version.from, to: version.to))"
            + Printer.leading(version.annotations)
          out.block(1, versionHeader) { out in
            for row in version.rows { out.line(1, "\(Printer.print(row.key)): \(Printer.print(row.value))") }
            if version.beyondLinear { out.line(1, "beyond linear") }
          }
        }
      }
    }

    private mutating func binding(_ binding: LetSyntax) {
      line(
        0,
        "let \(binding.name.text) \(Printer.quote(binding.label)) = \(Printer.print(binding.value))"
          + Printer.trailing(binding.annotations))
    }
  }
}

extension Printer {
  /// A string literal: `"…"` with `\"`, `\\` and line breaks (`\n`) escaped.
  ///
  /// - Parameter text: the string's value.
  /// - Returns: the literal as written in source.
  static func quote(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      default: out.append(scalar)
      }
    }
    out.append("\"")
    return String(out)
  }

  /// A label as a string literal.
  static func quote(_ label: Label) -> String { quote(label.text) }

  /// `2023-01-01 .. 2023-12-31` or `2023-01-01 .. open`.
  static func period(from: CivilDate, to: CivilDate?) -> String {
    "\(from) .. \(to.map(\.description) ?? "open")"
  }

  /// The annotations as source words: sources, then notes, choices and waivers, each in written order.
  static func annotationWords(_ annotations: Annotations) -> [String] {
    annotations.sources.map { "source \(quote($0))" } + annotations.notes.map { "note \(quote($0))" }
      + annotations.choices.map { "choice \(quote($0.id)) \(quote($0.text))" }
      + annotations.waivers.map { "waive \($0.code.text) because \(quote($0.reason))" }
  }

  /// Annotations ending a line: two spaces, then the annotations; empty when there are none.
  static func trailing(_ annotations: Annotations) -> String {
    let words = annotationWords(annotations)
    return words.isEmpty ? "" : "  " + words.joined(separator: " ")
  }

  /// Annotations in a block's header, before its `{`: one space, then the annotations; empty when there are none.
  static func leading(_ annotations: Annotations) -> String {
    let words = annotationWords(annotations)
    return words.isEmpty ? "" : " " + words.joined(separator: " ")
  }
}

extension String {
  /// Every line indented by `depth` levels of two spaces.
  fileprivate func indented(by depth: Int) -> String {
    guard depth > 0 else { return self }
    let indent = String(repeating: "  ", count: depth)
    var out = ""
    for line in split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      out += line.isEmpty ? "\n" : indent + line + "\n"
    }
    return out
  }
}
