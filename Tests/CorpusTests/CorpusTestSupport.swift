import Foundation
import TestSupport
@testable import Corpus

/// A corpus in a fresh temporary folder.
func temporaryCorpus() throws -> Corpus {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return Corpus(root: url)
}

let seedEvent = repositoryRoot.appendingPathComponent("seeds/iraq-2021-combat-mission")

func seedSource(_ outlet: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: seedEvent.appendingPathComponent("articles/\(outlet)/source.txt")))
}

/// Every file under a folder with its bytes' hash, to compare a corpus before and after an operation.
func snapshot(_ corpus: Corpus) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = corpus.root.path
    if let walker = FileManager.default.enumerator(atPath: base) {
        while let path = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue, !path.hasSuffix(".slant.lock") {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
    }
    return files
}

func htmlPage(title: String, site: String? = nil, body: String) -> [UInt8] {
    let meta = site.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? ""
    return Array("""
        <html><head><title>\(title)</title>\(meta)</head><body><article><h1>\(title)</h1>
        <p>\(body)</p><p>A second paragraph follows, long enough to be article text, with commas, and a full stop.</p>
        </article></body></html>
        """.utf8)
}
