import Foundation
import Text

/// One problem `slant check` found.
public struct CheckFinding: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The corpus is damaged: a missing or altered file, a manifest that disagrees with its files.
        case error
        /// The current extractor would produce a different text from the stored source.
        case stale
        /// A folder the manifest does not list.
        case orphan
    }

    public var kind: Kind
    public var event: String
    public var file: String
    public var message: String

    public var description: String { "\(kind.rawValue): \(file): \(message)" }
}

extension Corpus {
    /// Validates one event, or all: manifests, files against their hashes, and re-extraction with the current extractor.
    public func check(_ event: String? = nil) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let slugs: [String]
        if let event {
            guard let slug = try? Slug.make(event), Files.exists(manifestURL(slug)) else {
                return [CheckFinding(kind: .error, event: event, file: display(root), message: "no such event")]
            }
            slugs = [slug]
        } else {
            slugs = eventSlugs()
        }
        for slug in slugs { findings += checkEvent(slug) }
        return findings
    }

    private func checkEvent(_ slug: String) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        func report(_ kind: CheckFinding.Kind, _ url: URL, _ message: String) {
            findings.append(CheckFinding(kind: kind, event: slug, file: display(url), message: message))
        }
        let manifest: EventManifest
        do {
            manifest = try self.manifest(slug)
        } catch {
            if case let .corruptManifest(file, line, message) = error {
                findings.append(CheckFinding(kind: .error, event: slug, file: file + (line.map { ":\($0)" } ?? ""), message: message))
            } else {
                report(.error, manifestURL(slug), error.description)
            }
            return findings
        }
        let eventURL = eventFolder(slug)
        for entry in manifest.articles {
            let folder = eventURL.appendingPathComponent(entry.folder)
            let source = eventURL.appendingPathComponent(entry.source)
            settle(entry, event: slug)
            guard Files.exists(folder) else { report(.error, folder, "the article folder is missing"); continue }
            let bytes: Data
            do {
                bytes = try read(source, limit: Self.maxSourceBytes)
            } catch {
                if case let .io(_, message) = error { report(.error, source, "the source file " + message) } else { report(.error, source, error.description) }
                continue
            }
            if SHA256.hex([UInt8](bytes)) != entry.sourceSHA256 {
                report(.error, source, "the source was changed: its SHA-256 no longer matches the manifest")
            }
            let stored: StoredArticle
            do {
                stored = try load(entry, event: slug)
            } catch {
                switch error {
                case let .corruptArticle(file, message), let .io(file, message):
                    findings.append(CheckFinding(kind: .error, event: slug, file: file, message: message))
                default:
                    report(.error, folder.appendingPathComponent("article.json"), error.description)
                }
                continue
            }
            let textURL = folder.appendingPathComponent("text.txt")
            let textHash = SHA256.hex(utf8: stored.text)
            if textHash != entry.textSHA256 || textHash != stored.provenance.textSHA256 {
                report(.error, textURL, "the clean text was changed: its SHA-256 no longer matches the manifest")
            }
            if entry.words != stored.wordCount {
                report(.stale, manifestURL(slug), "\(entry.slug): words: \(entry.words) is not the article's word count, \(stored.wordCount) (counted since with every word of the text, headline included); `slant add … --replace` updates it")
            }
            if stored.slug != entry.slug || stored.outlet != entry.outlet || stored.provenance.sourceSHA256 != entry.sourceSHA256 {
                report(.error, folder.appendingPathComponent("article.json"), "outlet or source hash disagrees with the manifest")
            }
            do {
                let fresh = try reextract(stored, event: slug)
                if fresh.text != stored.text {
                    report(.stale, textURL, Self.describeChange(from: stored.text, to: fresh.text, extractor: fresh.provenance.extractor)
                           + "; `slant add \(slug) \(display(source)) --outlet \"\(entry.outlet)\" --replace` updates it")
                }
            } catch {
                if case let .io(_, message) = error { report(.error, source, "re-extraction failed: " + message) }
                else { report(.error, source, "re-extraction failed: \(error.description)") }
            }
        }
        for item in leftovers(slug) {
            report(.orphan, eventURL.appendingPathComponent(item),
                   "left by a write that was interrupted; the next `slant add` or `slant remove` on this event clears it (and puts back an article it had moved aside)")
        }
        let articlesURL = eventURL.appendingPathComponent("articles")
        let listed = Set(manifest.articles.map(\.slug))
        for item in ((try? FileManager.default.contentsOfDirectory(atPath: articlesURL.path)) ?? []).sorted()
        where !item.hasPrefix(".") && !listed.contains(item) {
            report(.orphan, articlesURL.appendingPathComponent(item),
                   "not listed in event.yaml (left by an interrupted add, or added by hand); remove the folder, or add its source again with `slant add`")
        }
        return findings
    }

    static func describeChange(from old: String, to new: String, extractor: String) -> String {
        let a = old.components(separatedBy: "\n\n"), b = new.components(separatedBy: "\n\n")
        let removed = a.filter { !b.contains($0) }.count, added = b.filter { !a.contains($0) }.count
        return "\(extractor) would change the text (\(removed) block(s) dropped, \(added) new or changed)"
    }
}
