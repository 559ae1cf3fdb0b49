/// A parsed page copied out of libxml2 into flat Swift arrays, in document order.
///
/// Elements and text nodes are stored pre-order, so an element's subtree is the contiguous range `index..<end`.
struct DOM: Sendable {
    struct Node: Sendable {
        var tag: HTMLTag
        var hints: ContentHints
        /// Index of the parent element, -1 for the root.
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// For text nodes, the bytes `textStart..<textEnd` of `DOM.text`.
        var textStart: Int32
        var textEnd: Int32
        /// For text nodes, the number of non-space characters and of commas.
        var chars: Int32
        var commas: Int32
    }

    var nodes: [Node] = []
    /// The UTF-8 bytes of every text node, back to back.
    var text: [UInt8] = []
    /// Attributes kept for the few elements metadata needs (a, meta, link, time, html, elements with itemprop), by node index.
    var attributes: [Int32: [String: String]] = [:]
    /// `<title>` text, JSON-LD script bodies, and the `lang` of `<html>`.
    var documentTitle: String?
    var jsonLD: [String] = []
    var metas: [[String: String]] = []
    var links: [[String: String]] = []

    func string(ofTextNode i: Int) -> String {
        let n = nodes[i]
        return String(decoding: text[Int(n.textStart)..<Int(n.textEnd)], as: UTF8.self)
    }

    /// The text of the subtree at `i`, whitespace collapsed.
    func textContent(of i: Int) -> String {
        var bytes: [UInt8] = []
        let end = Int(nodes[i].end)
        var j = i
        while j < end {
            let n = nodes[j]
            if n.tag == .text {
                bytes.append(contentsOf: text[Int(n.textStart)..<Int(n.textEnd)])
                bytes.append(0x20)
            }
            j += 1
        }
        return bytes.withUnsafeBufferPointer { Whitespace.collapse(utf8: $0) }
    }

    /// True when `ancestor` is `node` or contains it.
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < Int(nodes[ancestor].end)
    }
}

import Text
