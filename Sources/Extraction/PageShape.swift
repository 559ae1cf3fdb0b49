/// What a page is when it is not an article: a list of other pages, a product, a forum thread.
public enum PageKind: String, Codable, Sendable {
    case listing, product, forum
}

/// A page that does not look like an article, and why: the text taken from it is worth a look before it is stored.
public struct PageShape: Codable, Sendable, Equatable {
    public var kind: PageKind
    /// What gave it away, in words ("the page calls itself an ItemList", "9 of its 11 paragraphs are excerpts …").
    public var evidence: String

    public init(kind: PageKind, evidence: String) {
        self.kind = kind
        self.evidence = evidence
    }

    /// A sentence for the user.
    public var note: String {
        let what: String
        switch kind {
        case .listing: what = "a list of other pages"
        case .product: what = "a product page"
        case .forum: what = "a forum or question page"
        }
        return "the page does not look like an article but like \(what) (\(evidence)); check the text before using it"
    }
}

/// Counts from the body's choice that tell an article from a list of other pages.
struct BodyShape {
    /// Link-poor paragraphs in the chosen part of the page.
    var proseBlocks = 0
    /// Of them, excerpts under linked titles: other pages' teasers.
    var teasers = 0
    /// Characters of those excerpts, and of the whole body as cleaned.
    var teaserChars = 0
    var chars = 0
}

/// Judges whether a page is an article, from what the page declares itself to be and from the shape of its body.
/// Declarations win when the page declares no article type; the shape speaks only when it is unambiguous.
enum PageShapeJudge {
    static let listingTypes = ["itemlist", "collectionpage", "searchresultspage", "offercatalog"]
    static let productTypes = ["product", "productgroup", "og:product", "og:product.item", "og:product.group"]
    static let forumTypes = ["discussionforumposting", "qapage", "og:forum"]

    static func judge(declared: Set<String>, body: [Block], shape: BodyShape) -> PageShape? {
        let article = declared.contains { JSONLDArticle.articleTypes.contains($0) || $0 == "og:article" }
        if !article {
            if let t = productTypes.first(where: declared.contains) {
                return PageShape(kind: .product, evidence: "the page declares itself \(name(t))")
            }
            if let t = forumTypes.first(where: declared.contains) {
                return PageShape(kind: .forum, evidence: "the page declares itself \(name(t))")
            }
            if let t = listingTypes.first(where: declared.contains) {
                return PageShape(kind: .listing, evidence: "the page declares itself \(name(t))")
            }
        }
        // Nearly all of the body's paragraphs are excerpts of other pages under their linked titles (a list article,
        // "the ten best trails", has a linked heading over each item too, but an introduction and prose of its own).
        if shape.teasers >= 5, 5 * shape.teasers >= 4 * shape.proseBlocks, 2 * shape.teaserChars >= shape.chars {
            return PageShape(kind: .listing, evidence: "\(shape.teasers) of its \(shape.proseBlocks) paragraphs are "
                             + "excerpts under links to other pages")
        }
        return nil
    }

    private static func name(_ type: String) -> String {
        type.hasPrefix("og:") ? "og:type \"\(type.dropFirst(3))\"" : "a schema.org \(type)"
    }
}
