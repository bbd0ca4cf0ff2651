/// How many terminal cells text takes, so that carets line up under Hangul and other wide characters.
///
/// A small `wcwidth`: East Asian wide characters (Hangul, CJK, full-width forms, emoji) take 2 cells, combining
/// marks and zero-width characters 0, everything else 1. Tabs are not special here; the renderer expands them
/// before measuring.
///
/// ```swift
/// TextWidth.cells(of: "소득: x")  // 7
/// ```
public enum TextWidth {
  /// The cells a string takes in a terminal.
  ///
  /// - Parameter text: the text, without line breaks.
  /// - Returns: the sum of ``cells(of:)-(Unicode.Scalar)`` over its scalars.
  /// - Complexity: O(n) in the number of scalars.
  public static func cells(of text: some StringProtocol) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += cells(of: scalar) }
    return total
  }

  /// The cells one Unicode scalar takes in a terminal: 0, 1 or 2.
  ///
  /// - Parameter scalar: the scalar.
  /// - Returns: 2 for East Asian wide characters, 0 for combining marks and zero-width characters, else 1.
  public static func cells(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }  // ASCII and Latin-1: the common case, no table look-up
    if isZeroWidth(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    return isWide(value) ? 2 : 1
  }

  /// Conjoining jamo vowels and finals, zero-width spaces and joiners, variation selectors.
  private static func isZeroWidth(_ value: UInt32) -> Bool {
    switch value {
    case 0x1160...0x11FF,  // Hangul Jamo medial vowels and final consonants: join the preceding initial
      0xD7B0...0xD7FF,  // Hangul Jamo Extended-B: the same
      0x200B...0x200F,  // zero-width space, non-joiner, joiner, direction marks
      0x2060...0x2064,  // word joiner and invisible operators
      0xFE00...0xFE0F,  // variation selectors
      0xFEFF:  // zero-width no-break space (byte order mark)
      return true
    default:
      return false
    }
  }

  /// East Asian wide and full-width characters.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F,  // Hangul Jamo initial consonants
      0x2E80...0xA4CF,  // CJK radicals and symbols, kana, bopomofo, compatibility jamo, CJK ideographs, Yi
      0xA960...0xA97F,  // Hangul Jamo Extended-A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE30...0xFE4F,  // CJK compatibility forms
      0xFF00...0xFF60,  // full-width forms
      0xFFE0...0xFFE6,  // full-width signs
      0x1F300...0x1FAFF,  // pictographs, emoticons and other emoji
      0x20000...0x3FFFD:  // CJK ideographs, extensions B and later
      return true
    default:
      return false
    }
  }
}
