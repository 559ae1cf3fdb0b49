import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A page fetched over HTTP(S).
struct FetchedPage {
    var bytes: [UInt8]
    var finalURL: String
    var contentType: String
}

/// Why a fetch failed, in words for the user.
struct FetchError: Error, CustomStringConvertible {
    let url: String
    let message: String
    var description: String { "\(url): \(message)" }
}

/// Fetches one page: follows redirects, gives up after `timeout` seconds, stops reading past `maxBytes`, and refuses
/// anything that is not an HTML (or plain-text) page.
final class HTTPFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    static let acceptedTypes = ["text/html", "application/xhtml+xml", "text/plain"]

    private let lock = NSLock()
    private var data = Data()
    private var failure: String?
    private var response: HTTPURLResponse?
    private let done = DispatchSemaphore(value: 0)
    private let maxBytes: Int

    private init(maxBytes: Int) { self.maxBytes = maxBytes }

    static func fetch(_ address: String, timeout: TimeInterval, maxBytes: Int) throws(FetchError) -> FetchedPage {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else {
            throw FetchError(url: address, message: "not a valid http(s) URL")
        }
        let fetcher = HTTPFetcher(maxBytes: maxBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpAdditionalHeaders = [
            "User-Agent": "slant/0.1 (news framing research tool)",
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        ]
        let session = URLSession(configuration: configuration, delegate: fetcher, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        session.dataTask(with: url).resume()
        if fetcher.done.wait(timeout: .now() + timeout + 5) == .timedOut {
            throw FetchError(url: address, message: "timed out after \(Int(timeout)) s")
        }
        fetcher.lock.lock()
        defer { fetcher.lock.unlock() }
        if let failure = fetcher.failure { throw FetchError(url: address, message: failure) }
        guard let response = fetcher.response else { throw FetchError(url: address, message: "no response from the server") }
        let type = (response.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        return FetchedPage(bytes: [UInt8](fetcher.data), finalURL: response.url?.absoluteString ?? address, contentType: type)
    }

    private func fail(_ message: String) {
        lock.lock()
        if failure == nil { failure = message }
        lock.unlock()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            fail("not an HTTP response"); completionHandler(.cancel); return
        }
        lock.lock(); self.response = http; lock.unlock()
        guard (200..<300).contains(http.statusCode) else {
            fail("the server answered HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")
            completionHandler(.cancel)
            return
        }
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        let mime = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if !mime.isEmpty && !Self.acceptedTypes.contains(mime) {
            fail("the server sent \(mime), not an HTML page; save the article as HTML or text and add that file")
            completionHandler(.cancel)
            return
        }
        if http.expectedContentLength > Int64(maxBytes) {
            fail("the page is \(http.expectedContentLength / 1_000_000) MB, over the \(maxBytes / 1_000_000) MB limit (--max-size)")
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        self.data.append(data)
        let tooLarge = self.data.count > maxBytes
        lock.unlock()
        if tooLarge {
            fail("the page is over the \(maxBytes / 1_000_000) MB limit (--max-size)")
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: fail("timed out after \(Int(session.configuration.timeoutIntervalForRequest)) s")
            case .cancelled: fail("the transfer was cancelled")
            case .cannotConnectToHost, .cannotFindHost: fail("cannot connect to the server (\(error.localizedDescription))")
            default: fail(error.localizedDescription)
            }
        } else if let error {
            fail(error.localizedDescription)
        }
        done.signal()
    }
}
