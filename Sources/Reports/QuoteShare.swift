/// How much of a shared quotation's longest version an outlet's excerpt carries, in words for the reader.
enum QuoteShare {
    static func phrase(_ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        if share <= 0 { return "quotes another part of it" }
        if percent == 0 { return "keeps under 1%" }
        return "keeps \(percent)%"
    }
}
