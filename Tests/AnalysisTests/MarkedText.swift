import Foundation
import TestSupport
import Text

/// Test text with expected spans marked inline: ⏩content⏪ and ⟪source⟫. The markers are removed; their positions
/// become Unicode-scalar spans of the clean text.
struct MarkedText {
    var text: String
    var contents: [TextSpan] = []
    var sources: [TextSpan] = []

    init(_ marked: String) {
        var clean = String.UnicodeScalarView()
        var open: [Character: Int] = [:]
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⏩", "⟪": open[Character(scalar)] = clean.count
            case "⏪": contents.append(TextSpan(open["⏩"]!, clean.count))
            case "⟫": sources.append(TextSpan(open["⟪"]!, clean.count))
            default: clean.append(scalar)
            }
        }
        text = String(clean)
    }
}

