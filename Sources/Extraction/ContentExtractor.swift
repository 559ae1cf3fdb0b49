import Text

/// A run of inline text under one block-level element.
struct TextBlock: Sendable {
    /// The innermost block-level element holding the text.
    var owner: Int
    /// The first text node of the block.
    var first: Int
    var text: String
    var chars: Int
    var linkChars: Int
    var commas: Int
    /// UTF-8 bytes of the text not counted in `chars`: spaces, and continuation bytes of non-ASCII letters.
    var otherBytes: Int
    var kind: BlockKind
    var level: Int?
    /// Inside a list or a table: rows of data, not stray labels.
    var structured = false
    /// Inside an embedded post (a tweet): kept even when it is mostly links.
    var embedded = false
    /// Ends in an ellipsis: an excerpt cut short ("…distribution of 1,500 hampers on Tuesday, December 1...").
    var truncated = false

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

/// Chooses the article body in a `DOM`: scores containers by the paragraphs they hold (the Readability idea), prefers
/// structural evidence (`itemprop=articleBody`, body classes), then keeps the blocks of the chosen subtrees that are not
/// boilerplate by class, tag, link density or text.
struct ContentExtractor {
    let dom: DOM
    private let context: [Context]
    private let subtreeChars: [Int32]
    private let subtreeLinkChars: [Int32]
    private let bodyIndex: Int
    /// Hidden elements shown after all because together they hold the page's text (streamed chunks), in page order.
    private let shownChunks: [Int]
    /// The text blocks of the whole page without their strings, for scoring.
    private var scoringBlocks: [TextBlock]
    private var proseChars: [Int32]
    /// Per element, its prose blocks, and those of them that are teasers of other articles (see `isTeaser`).
    private var proseBlocks: [Int32]
    private var teaserBlocks: [Int32]
    /// Per scoring block: an excerpt under a linked title (a teaser of another article).
    private var isTeaser: [Bool]

    /// Flags an element passes down to everything inside it.
    struct Context: OptionSet {
        let rawValue: UInt16
        static let hidden = Context(rawValue: 1 << 0)
        static let link = Context(rawValue: 1 << 1)
        static let heading = Context(rawValue: 1 << 2)
        static let listItem = Context(rawValue: 1 << 3)
        static let quote = Context(rawValue: 1 << 4)
        static let caption = Context(rawValue: 1 << 5)
        static let figure = Context(rawValue: 1 << 6)
        static let preformatted = Context(rawValue: 1 << 7)
        static let table = Context(rawValue: 1 << 8)
        static let embed = Context(rawValue: 1 << 9)
    }

    init(dom: DOM) {
        self.dom = dom
        let nodes = dom.nodes
        let n = nodes.count
        var body = -1
        for i in 0..<n where nodes[i].tag == .body { body = i; break }
        self.bodyIndex = max(body, 0)
        let (all, plain) = Self.rawChars(nodes)
        let visible = Self.visibleHiddenContainers(dom, chars: all, linkFreeChars: plain)
        self.shownChunks = visible.sorted()
        var context = [Context](repeating: [], count: n)
        for i in 0..<n {
            let node = nodes[i]
            var c: Context = node.parent >= 0 ? context[Int(node.parent)] : []
            switch node.tag {
            case .a: c.insert(.link)
            case .h1, .h2, .h3, .h4, .h5, .h6: c.insert(.heading)
            case .li, .dd, .dt: c.insert(.listItem)
            case .blockquote, .q: c.insert(.quote)
            case .figcaption, .caption: c.insert(.caption)
            case .figure: c.insert(.figure)
            case .pre: c.insert(.preformatted)
            case .table: c.insert(.table)
            default: break
            }
            if node.hints.contains(.hidden), !visible.contains(i) { c.insert(.hidden) }
            if node.hints.contains(.embed) { c.insert(.embed) }
            // A caption by class is short: a class word on an element holding the article is a mislabel.
            if node.hints.contains(.caption) && node.tag != .text && plain[i] < BoilerplateRules.maxCaptionChars {
                c.insert(.caption)
            }
            context[i] = c
        }
        var chars = [Int32](repeating: 0, count: n)
        var links = [Int32](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let node = nodes[i]
            if node.tag == .text {
                chars[i] = node.chars
                if context[Int(max(node.parent, 0))].contains(.link) && node.parent >= 0 { links[i] = node.chars }
            }
            if node.parent >= 0, !context[i].contains(.hidden) {
                chars[Int(node.parent)] += chars[i]
                links[Int(node.parent)] += links[i]
            }
        }
        self.context = context
        self.subtreeChars = chars
        self.subtreeLinkChars = links
        self.scoringBlocks = []
        self.proseChars = []
        self.proseBlocks = []
        self.teaserBlocks = []
        self.isTeaser = []
        self.scoringBlocks = blocks(in: bodyIndex, withText: false)
        isTeaser = scoringBlocks.indices.map { Self.isTeaser($0, in: scoringBlocks) }
        (proseChars, proseBlocks, teaserBlocks) = Self.prose(of: scoringBlocks, teasers: isTeaser, nodes: nodes)
    }

    /// Pages streamed by a server renderer park the article in `hidden` elements that a script moves into place.
    /// The outermost hidden elements holding link-poor text are shown when together they hold most of the page's text
    /// (twice what is visible: the article streamed in hidden chunks); hidden menus, link lists and notices stay hidden.
    private static func visibleHiddenContainers(_ dom: DOM, chars: [Int32], linkFreeChars own: [Int32]) -> Set<Int> {
        let nodes = dom.nodes
        guard nodes.contains(where: { $0.tag != .text && $0.hints.contains(.hidden) }) else { return [] }
        let total = nodes.indices.reduce(Int32(0)) { nodes[$1].parent < 0 ? $0 + own[$1] : $0 }
        var candidates: [Int] = []
        var i = 0
        while i < nodes.count {
            let node = nodes[i]
            guard node.tag != .text, node.hints.contains(.hidden) else { i += 1; continue }
            if own[i] >= 200, Double(own[i]) >= 0.7 * Double(chars[i]) { candidates.append(i) }
            i = Int(node.end)   // outermost only
        }
        var held = candidates.reduce(0) { $0 + Int(own[$1]) }
        guard held >= 500, Double(held) > 0.5 * Double(total) else { return [] }
        // Hidden copies of the visible article (microdata duplicates, print versions) stay hidden.
        let visibleWords = wordHashes(dom, skippingHidden: true, in: 0..<nodes.count)
        let copies = Set(candidates.filter { candidate in
            let inside = wordHashes(dom, skippingHidden: false, in: candidate..<Int(nodes[candidate].end))
            return !inside.isEmpty && Double(inside.intersection(visibleWords).count) >= 0.8 * Double(inside.count)
        })
        held -= copies.reduce(0) { $0 + Int(own[$1]) }
        guard held >= 500, Double(held) > 0.5 * Double(total) else { return [] }
        return Set(candidates).subtracting(copies)
    }

    /// Hashes of the distinct words (four letters or more) of the text nodes in `range`, outside hidden elements if asked.
    private static func wordHashes(_ dom: DOM, skippingHidden: Bool, in range: Range<Int>) -> Set<UInt64> {
        let nodes = dom.nodes
        var set = Set<UInt64>()
        var i = range.lowerBound
        while i < range.upperBound {
            let node = nodes[i]
            if skippingHidden, node.tag != .text, node.hints.contains(.hidden) { i = Int(node.end); continue }
            if node.tag == .text {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325, length = 0
                for b in dom.text[Int(node.textStart)..<Int(node.textEnd)] {
                    if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 {
                        h = (h ^ UInt64(b | 0x20)) &* 0x100_0000_01b3; length += 1
                    } else {
                        if length >= 4 { set.insert(h) }
                        h = 0xcbf2_9ce4_8422_2325; length = 0
                    }
                }
                if length >= 4 { set.insert(h) }
            }
            i += 1
        }
        return set
    }

    /// Per node, the characters of its subtree, all and outside links, hidden or not.
    private static func rawChars(_ nodes: [DOM.Node]) -> (all: [Int32], linkFree: [Int32]) {
        var inLink = [Bool](repeating: false, count: nodes.count)
        var all = [Int32](repeating: 0, count: nodes.count)
        var own = [Int32](repeating: 0, count: nodes.count)
        for i in nodes.indices {
            let parent = Int(nodes[i].parent)
            inLink[i] = nodes[i].tag == .a || (parent >= 0 && inLink[parent])
        }
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            if nodes[i].tag == .text {
                all[i] = nodes[i].chars
                if !inLink[i] { own[i] = nodes[i].chars }
            }
            let parent = Int(nodes[i].parent)
            if parent >= 0 { own[parent] += own[i]; all[parent] += all[i] }
        }
        return (all, own)
    }

    /// Per element, the characters of the link-poor paragraphs inside it (prose, as opposed to menus, labels and lists of
    /// links).
    private static func prose(of blocks: [TextBlock], teasers isTeaser: [Bool], nodes: [DOM.Node])
        -> (chars: [Int32], blocks: [Int32], teasers: [Int32]) {
        var chars = [Int32](repeating: 0, count: nodes.count)
        var count = [Int32](repeating: 0, count: nodes.count)
        var teasers = [Int32](repeating: 0, count: nodes.count)
        for (k, block) in blocks.enumerated() where isProse(block) {
            chars[block.owner] += Int32(block.chars)
            count[block.owner] += 1
            if isTeaser[k] { teasers[block.owner] += 1 }
        }
        // Children come after their parent in the node order: one backward pass sums every subtree (linear however
        // deep the page nests).
        for i in stride(from: nodes.count - 1, through: 0, by: -1) where nodes[i].parent >= 0 {
            let parent = Int(nodes[i].parent)
            chars[parent] += chars[i]
            count[parent] += count[i]
            teasers[parent] += teasers[i]
        }
        return (chars, count, teasers)
    }

    /// An excerpt of another article: prose right after a linked title, or a few blocks after a linked heading (or any
    /// linked title, when the excerpt is cut short with an ellipsis) with only labels (a date, a byline, categories)
    /// between them.
    private static func isTeaser(_ k: Int, in blocks: [TextBlock]) -> Bool {
        guard isProse(blocks[k]) else { return false }
        var j = k - 1
        while j >= 0, j >= k - 3 {
            let b = blocks[j]
            if b.chars >= 15 && b.linkDensity > 0.8 && (j == k - 1 || b.kind == .heading || blocks[k].truncated) {
                return true
            }
            if isProse(b) { return false }
            j -= 1
        }
        return false
    }

    private static func isProse(_ block: TextBlock) -> Bool {
        // Words, not one long token (a URL, a code): at least one space or multibyte letter per 15 characters.
        block.kind != .heading && block.kind != .caption && block.chars >= BoilerplateRules.minProseBlock
            && block.linkDensity < 0.25 && block.otherBytes * 15 >= block.chars
    }

    func chars(_ i: Int) -> Int { Int(subtreeChars[i]) }

    /// Holds substantial link-poor prose: article text, whatever the element's tag or class says (page builders call
    /// every block a widget; a menu left open by invalid markup swallows the article that follows it).
    func holdsProse(_ i: Int) -> Bool {
        let prose = Double(proseChars[i])
        return prose >= Double(BoilerplateRules.minProseContainer)
            && prose >= 0.5 * Double(subtreeChars[i] - subtreeLinkChars[i])
    }

    /// Not article text by its class: comments, related links, bios, bylines, captions, promotion and the page's margins
    /// always; layout words (widget, menu, header) only on containers that hold no prose.
    func isBoilerplateByClass(_ i: Int) -> Bool {
        let hints = dom.nodes[i].hints
        if hints.contains(.articleBody) || hints.isDisjoint(with: .boilerplate) { return false }
        if !hints.isDisjoint(with: .firmBoilerplate) {
            // Promotion and metadata words name small boxes: one holding an article's worth of prose is the article
            // under a misleading name (a "newsletter-post" on a newsletter platform).
            // An advert holding paragraphs is an ad slot left open by its markup around the article's text.
            let boxOnly = hints.isDisjoint(with: [.comments, .related, .bio, .caption, .margins])
            let openAd = hints.contains(.advert) && proseBlocks[i] - teaserBlocks[i] >= 2
            return !(boxOnly && (proseChars[i] >= BoilerplateRules.minMislabelledArticle || openAd) && holdsProse(i))
        }
        // Layout words say nothing about a paragraph or a heading, which are never layout.
        if dom.nodes[i].tag == .p || dom.nodes[i].tag.isHeading { return false }
        return !holdsProse(i)
    }

    /// Page chrome by its tag: sidebars and footers always; menus, headers and buttons unless they hold prose.
    private func isChromeByTag(_ i: Int) -> Bool {
        switch dom.nodes[i].tag {
        case .aside, .footer: return true
        case .nav, .header, .menu, .button: return !holdsProse(i)
        default: return false
        }
    }

    func linkDensity(_ i: Int) -> Double {
        let c = subtreeChars[i]
        return c == 0 ? 0 : Double(subtreeLinkChars[i]) / Double(c)
    }

    // MARK: blocks

    /// The text blocks of the subtree at `root`, skipping hidden elements and those `skip` rejects. Without `withText`
    /// only the statistics are kept (the scoring pass needs no strings).
    func blocks(in root: Int, withText: Bool = true, skip: (Int) -> Bool = { _ in false }) -> [TextBlock] {
        let nodes = dom.nodes
        guard !nodes.isEmpty else { return [] }
        var result: [TextBlock] = []
        var open: [Int] = []
        var bytes: [UInt8] = []
        var owner = -1, first = -1, last = -1, chars = 0, linkChars = 0, commas = 0, textBytes = 0
        var pendingBreak = false

        func flush() {
            defer {
                bytes.removeAll(keepingCapacity: true)
                owner = -1; first = -1; last = -1; chars = 0; linkChars = 0; commas = 0; textBytes = 0; pendingBreak = false
            }
            guard chars > 0 else { return }
            let text = withText ? bytes.withUnsafeBufferPointer { Whitespace.collapse(utf8: $0) } : ""
            guard !text.isEmpty || !withText else { return }
            let (kind, level) = blockKind(owner: owner, firstText: first)
            let c = context[first]
            result.append(TextBlock(owner: owner, first: first, text: text, chars: chars, linkChars: linkChars,
                                    commas: commas, otherBytes: max(0, textBytes - chars), kind: kind, level: level,
                                    structured: c.contains(.listItem) || c.contains(.table), embedded: c.contains(.embed),
                                    truncated: endsInEllipsis(last)))
        }

        var i = root
        let end = Int(nodes[root].end)
        while i < end {
            while let top = open.last, Int(nodes[top].end) <= i {
                flush()
                open.removeLast()
            }
            let node = nodes[i]
            if node.tag == .text {
                if node.chars > 0 {
                    if owner < 0 { owner = open.last ?? root; first = i }
                    last = i
                    chars += Int(node.chars)
                    commas += Int(node.commas)
                    textBytes += Int(node.textEnd - node.textStart)
                    if context[i].contains(.link) || (node.parent >= 0 && context[Int(node.parent)].contains(.link)) {
                        linkChars += Int(node.chars)
                    }
                    pendingBreak = false
                }
                if owner >= 0 && withText { bytes.append(contentsOf: dom.text[Int(node.textStart)..<Int(node.textEnd)]) }
                i += 1
                continue
            }
            if context[i].contains(.hidden) || (i != root && skip(i)) {
                i = Int(node.end)
                continue
            }
            if node.tag == .br {
                if pendingBreak { flush() } else { pendingBreak = true; bytes.append(0x20) }
                i += 1
                continue
            }
            if node.tag.isBlock || node.tag == .img {
                flush()
                if node.tag.isBlock { open.append(i) }
            } else if node.tag == .td || node.tag == .th {
                bytes.append(0x20)
            }
            i += 1
        }
        flush()
        return result
    }

    /// The text node ends in "..." or "…" (closing brackets and spaces aside).
    private func endsInEllipsis(_ textNode: Int) -> Bool {
        guard textNode >= 0 else { return false }
        let node = dom.nodes[textNode]
        var end = Int(node.textEnd)
        let start = Int(node.textStart)
        while end > start, [0x20, 0x09, 0x0A, 0x0D, 0x5D, 0x29].contains(dom.text[end - 1]) { end -= 1 }
        guard end - start >= 3 else { return false }
        let tail = (dom.text[end - 3], dom.text[end - 2], dom.text[end - 1])
        return tail == (0x2E, 0x2E, 0x2E) || tail == (0xE2, 0x80, 0xA6)
    }

    private func blockKind(owner: Int, firstText: Int) -> (BlockKind, Int?) {
        let c = context[firstText >= 0 ? firstText : owner].union(context[owner])
        if c.contains(.caption) { return (.caption, nil) }
        if c.contains(.heading) {
            var j = owner
            while j >= 0 {
                switch dom.nodes[j].tag {
                case .h1: return (.heading, 1)
                case .h2: return (.heading, 2)
                case .h3: return (.heading, 3)
                case .h4: return (.heading, 4)
                case .h5: return (.heading, 5)
                case .h6: return (.heading, 6)
                default: j = Int(dom.nodes[j].parent)
                }
            }
            return (.heading, 2)
        }
        if c.contains(.quote) { return (.quote, nil) }
        if c.contains(.listItem) { return (.listItem, nil) }
        return (.paragraph, nil)
    }

    // MARK: choosing the container

    /// Readability-style scores of candidate containers, already weighted by link density.
    private func candidateScores() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        // Excerpts under linked titles score nothing: a grid of them is a list of other articles.
        for (k, block) in scoringBlocks.enumerated() where block.chars >= BoilerplateRules.minScoredParagraph && !isTeaser[k] {
            if block.kind == .heading || block.kind == .caption { continue }
            let content = 1 + Double(block.commas) + min(Double(block.chars / 100), 3)
            var ancestor = Int(dom.nodes[block.owner].parent)
            if dom.nodes[block.owner].tag == .li || dom.nodes[block.owner].tag == .td { ancestor = block.owner }
            var level = 0
            while ancestor >= 0, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                scores[ancestor]! += content / divider
                ancestor = Int(dom.nodes[ancestor].parent)
                level += 1
            }
        }
        for (i, s) in scores { scores[i] = s * (1 - linkDensity(i)) }
        return scores
    }

    private func initialScore(_ i: Int) -> Double {
        var score: Double
        switch dom.nodes[i].tag {
        case .div, .article, .main: score = 5
        case .pre, .td, .blockquote, .section: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form, .aside, .nav, .footer, .header: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        return score + classWeight(i)
    }

    private func classWeight(_ i: Int) -> Double {
        let hints = dom.nodes[i].hints
        var weight = 0.0
        if hints.contains(.articleBody) { weight += 40 } else if hints.contains(.positive) { weight += 25 }
        if hints.contains(.articleType) { weight += 25 }
        if isBoilerplateByClass(i) { weight -= 25 }
        return weight
    }

    /// The subtrees that hold the article, in document order.
    func chooseRoots() -> [Int] {
        let scores = candidateScores()
        guard var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else {
            return [bodyIndex]
        }
        let topScore = scores[top]!

        // Several strong candidates inside one ancestor: the ancestor is the article.
        // It scores at least what its best candidate scored: a parent must beat that to take its place.
        var mergedScore = 0.0
        let strong = scores.filter { $0.key != top && $0.value >= topScore * 0.75 }.map(\.key)
        if strong.count >= 2 {
            var ancestor = Int(dom.nodes[top].parent)
            while ancestor > bodyIndex {
                if strong.filter({ dom.contains(ancestor, $0) }).count >= 2 { top = ancestor; mergedScore = topScore; break }
                ancestor = Int(dom.nodes[ancestor].parent)
            }
        }
        // Climb while the parent holds the same text (a wrapper) or scores higher.
        while true {
            let parent = Int(dom.nodes[top].parent)
            guard parent > bodyIndex else { break }
            if holdsOneArticle(top) { break }
            if subtreeChars[parent] == subtreeChars[top] { top = parent; continue }
            if let ps = scores[parent], ps > (scores[top] ?? mergedScore) { top = parent; continue }
            if let more = articleContinuation(above: top) { top = more; continue }
            break
        }

        if let structural = structuralRoots(near: top) { return structural }
        // An article streamed in hidden chunks: the chunk chosen and the others that hold prose, in page order.
        if let chunk = shownChunks.first(where: { dom.contains($0, top) }) {
            let others = shownChunks.filter { $0 != chunk && holdsProse($0) }
            return ([top] + others).sorted()
        }

        // Siblings of the top candidate that look like more of the article.
        let parent = Int(dom.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let threshold = max(10, (scores[top] ?? 0) * BoilerplateRules.siblingScoreShare)
        var roots: [Int] = []
        var child = parent + 1
        let parentEnd = Int(dom.nodes[parent].end)
        while child < parentEnd {
            defer { child = Int(dom.nodes[child].end) }
            if child == top { roots.append(child); continue }
            let node = dom.nodes[child]
            guard node.tag != .text, !context[child].contains(.hidden) else { continue }
            if isBoilerplateByClass(child) || isChromeByTag(child) { continue }
            let chars = Int(subtreeChars[child])
            let density = linkDensity(child)
            if let s = scores[child], s >= threshold {
                roots.append(child)
            } else if node.tag == .p {
                if chars > 80 && density < 0.25 {
                    roots.append(child)
                } else if chars > 0 && density == 0 && dom.textContent(of: child).last.map({ ".!?\"”".contains($0) }) == true {
                    roots.append(child)
                }
            }
        }
        return roots.isEmpty ? [top] : roots
    }

    /// A parent that adds prose to the candidate and is itself mostly prose holds more of the same article: the other
    /// sections of a sectioned page, paragraphs split around a figure.
    private func continuesArticle(_ parent: Int, from child: Int) -> Bool {
        guard parent > bodyIndex else { return false }
        let gained = Double(proseChars[parent] - proseChars[child])
        guard gained >= max(Double(BoilerplateRules.minProseContainer), 0.5 * Double(proseChars[child])),
              linkDensity(parent) < 0.15 else { return false }
        // Excerpts under linked titles are a list of other articles, not more of this one.
        let gainedTeasers = teaserBlocks[parent] - teaserBlocks[child]
        guard 2 * gainedTeasers < proseBlocks[parent] - proseBlocks[child] else { return false }
        return Double(proseChars[parent]) >= 0.6 * Double(subtreeChars[parent] - subtreeLinkChars[parent])
    }

    /// The nearest of the next few ancestors that continues the article (wrappers that add no text do not count).
    private func articleContinuation(above top: Int) -> Int? {
        var ancestor = Int(dom.nodes[top].parent)
        var levels = 0, below = top
        while levels < 6, ancestor > bodyIndex {
            if holdsOneArticle(below) { return nil }
            if continuesArticle(ancestor, from: top) { return ancestor }
            if subtreeChars[ancestor] != subtreeChars[below] { levels += 1 }
            below = ancestor
            ancestor = Int(dom.nodes[ancestor].parent)
        }
        return nil
    }

    /// An <article> element holds one article: what lies outside it is not more of it (unless the page marks up its
    /// sections as sibling articles).
    private func holdsOneArticle(_ i: Int) -> Bool {
        let parent = Int(dom.nodes[i].parent)
        guard dom.nodes[i].tag == .article, parent >= 0 else { return false }
        var child = parent + 1
        while child < Int(dom.nodes[parent].end) {
            if child != i, dom.nodes[child].tag == .article { return false }
            child = Int(dom.nodes[child].end)
        }
        return true
    }

    /// Elements that name themselves the article body, when they agree with the scored candidate.
    private func structuralRoots(near top: Int) -> [Int]? {
        var bodies: [Int] = []
        var i = 0
        let n = dom.nodes.count
        while i < n {
            let node = dom.nodes[i]
            if node.tag != .text, node.hints.contains(.articleBody), !context[i].contains(.hidden),
               subtreeChars[i] - subtreeLinkChars[i] >= 100 {
                bodies.append(i)
                i = Int(node.end)   // outermost only
                continue
            }
            i += 1
        }
        guard !bodies.isEmpty else { return nil }
        let topChars = Double(subtreeChars[top] - subtreeLinkChars[top])
        // A body element that contains the candidate is the article (the candidate was one part of it).
        if let outer = bodies.first(where: { dom.contains($0, top) }) { return [outer] }
        // Body elements inside the candidate that hold most of its text: keep them and drop the rest.
        let inside = bodies.filter { dom.contains(top, $0) }
        let insideChars = inside.reduce(0.0) { $0 + Double(subtreeChars[$1] - subtreeLinkChars[$1]) }
        if !inside.isEmpty, insideChars >= 0.5 * topChars { return inside }
        // Elsewhere on the page: prefer it when it carries comparable text.
        if inside.isEmpty, let best = bodies.max(by: { subtreeChars[$0] < subtreeChars[$1] }),
           Double(subtreeChars[best] - subtreeLinkChars[best]) >= 0.7 * topChars {
            return [best]
        }
        return nil
    }

    // MARK: cleaning

    /// True for elements inside the article that are not article text: boilerplate by tag or class, unless they hold
    /// most of the article (a misnamed wrapper) or, for layout words and menus, prose of their own.
    func isPrunable(_ i: Int, rootChars: Int) -> Bool {
        let node = dom.nodes[i]
        let share = rootChars > 0 ? Double(subtreeChars[i]) / Double(rootChars) : 0
        switch node.tag {
        case .aside, .footer:
            return share < 0.5
        case .nav, .form, .menu, .button:
            return share < 0.5 && !holdsProse(i)
        case .header:
            return share < 0.3 && !holdsProse(i)
        case .figure, .picture:
            // A figure is an image unless it holds a table (a figure's content may be a table of data).
            return !node.hints.contains(.embed) && !holdsProse(i) && !holdsTable(i)
        default:
            break
        }
        if node.hints.contains(.embed) { return false }
        // Class words on inline elements mark up words, not page sections (`<span class="hljs-comment">` in code).
        if !node.tag.isBlock { return false }
        if node.hints.contains(.comments) && !node.hints.contains(.articleBody) { return true }
        return isBoilerplateByClass(i) && share < 0.5
    }

    private func holdsTable(_ i: Int) -> Bool {
        dom.nodes[(i + 1)..<Int(dom.nodes[i].end)].contains { $0.tag == .table }
    }

    /// The article body and its captions.
    func extract(title: String?) -> (body: [Block], captions: [Block], fallback: Bool, shape: BodyShape) {
        // A page of only a doctype, a comment or text outside any element has no elements to choose from.
        guard !dom.nodes.isEmpty else { return ([], [], false, BodyShape()) }
        let roots = chooseRoots()
        var shape = BodyShape(proseBlocks: roots.reduce(0) { $0 + Int(proseBlocks[$1]) },
                              teasers: roots.reduce(0) { $0 + Int(teaserBlocks[$1]) })
        for (k, block) in scoringBlocks.enumerated() where isTeaser[k] && roots.contains(where: { dom.contains($0, block.owner) }) {
            shape.teaserChars += block.chars
        }
        var kept: [TextBlock] = []
        var captions: [Block] = []
        for root in roots {
            let rootChars = Int(subtreeChars[root])
            kept.append(contentsOf: blocks(in: root, skip: { isPrunable($0, rootChars: rootChars) }))
        }
        captions = figureCaptions(around: roots)
        let body = BlockCleaner(title: title).clean(kept, captions: &captions)
        shape.chars = body.reduce(0) { $0 + $1.text.count }
        let bodyLength = body.reduce(0) { $0 + $1.text.utf8.count }
        if bodyLength < BoilerplateRules.minimumArticleChars {
            var ignored: [Block] = []
            let fallback = BlockCleaner(title: title).clean(densityFallback(blocks(in: bodyIndex)), captions: &ignored)
            if fallback.reduce(0, { $0 + $1.text.utf8.count }) > bodyLength * 2 { return (fallback, captions, true, shape) }
        }
        return (body, captions, false, shape)
    }

    /// Captions of the article's figures: inside the chosen subtrees or the `<article>` around them, kept apart.
    private func figureCaptions(around roots: [Int]) -> [Block] {
        var scopes: [Int] = []
        for root in roots {
            var scope = root
            var j = Int(dom.nodes[root].parent)
            while j > bodyIndex {
                let node = dom.nodes[j]
                if node.tag == .article || node.hints.contains(.articleType) { scope = j; break }
                j = Int(node.parent)
            }
            if !scopes.contains(where: { dom.contains($0, scope) }) {
                scopes.removeAll { dom.contains(scope, $0) }
                scopes.append(scope)
            }
        }
        var captions: [Block] = []
        var seen: Set<String> = []
        for scope in scopes.sorted() {
            var j = scope
            while j < Int(dom.nodes[scope].end) {
                let node = dom.nodes[j]
                if node.tag != .text, context[j].contains(.hidden) { j = Int(node.end); continue }
                if node.tag == .figcaption || (node.tag != .text && node.hints.contains(.caption)) {
                    let text = dom.textContent(of: j)
                    if !text.isEmpty, seen.insert(text).inserted { captions.append(Block(kind: .caption, text: text)) }
                    j = Int(node.end)
                    continue
                }
                j += 1
            }
        }
        return captions
    }

    /// jusText-style selection over the whole page: long, link-poor blocks and the short ones between them.
    private func densityFallback(_ all: [TextBlock]) -> [TextBlock] {
        let candidates = all.filter { block in
            var j = block.owner
            while j > bodyIndex {
                if isBoilerplateByClass(j) || isChromeByTag(j) { return false }
                j = Int(dom.nodes[j].parent)
            }
            return true
        }
        var good = candidates.map { $0.chars >= 80 && $0.linkDensity < 0.2 && $0.kind != .caption }
        for k in candidates.indices where !good[k] && candidates[k].linkDensity < 0.2 && candidates[k].chars >= 20 {
            let before = k > 0 && good[k - 1]
            let after = k + 1 < candidates.count && good[k + 1]
            if before && after { good[k] = true }
        }
        return candidates.indices.filter { good[$0] }.map { candidates[$0] }
    }
}

