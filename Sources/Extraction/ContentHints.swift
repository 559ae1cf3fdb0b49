/// What an element's class, id, role and itemprop say about its content.
struct ContentHints: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// `itemprop=articleBody` or a class that names the article body itself (`article-body`, `entry-content`, …).
    static let articleBody = ContentHints(rawValue: 1 << 0)
    /// Generic words of content containers (`article`, `content`, `story`, …).
    static let positive = ContentHints(rawValue: 1 << 1)
    static let comments = ContentHints(rawValue: 1 << 2)
    static let share = ContentHints(rawValue: 1 << 3)
    static let related = ContentHints(rawValue: 1 << 4)
    static let advert = ContentHints(rawValue: 1 << 5)
    static let newsletter = ContentHints(rawValue: 1 << 6)
    static let caption = ContentHints(rawValue: 1 << 7)
    static let byline = ContentHints(rawValue: 1 << 8)
    /// Page layout: headers, menus, breadcrumbs, widgets, overlays (words page builders also give to content wrappers).
    static let chrome = ContentHints(rawValue: 1 << 9)
    static let tags = ContentHints(rawValue: 1 << 10)
    /// Screen-reader-only labels and elements hidden by `style`, `hidden` or `aria-hidden`.
    static let hidden = ContentHints(rawValue: 1 << 11)
    /// `<article>`-like schema.org types on `itemtype`.
    static let articleType = ContentHints(rawValue: 1 << 12)
    /// Author biographies.
    static let bio = ContentHints(rawValue: 1 << 13)

    /// Embedded posts (tweets, Instagram): quoted material that belongs to the article even inside social widgets.
    static let embed = ContentHints(rawValue: 1 << 14)
    /// The page's margins: sidebars, footers, cookie and legal notices.
    static let margins = ContentHints(rawValue: 1 << 15)

    /// Hints that mark an element as not article text whatever it holds (the others yield to prose).
    static let firmBoilerplate: ContentHints = [.comments, .related, .bio, .caption, .newsletter, .byline, .advert, .margins]

    /// Every hint that marks an element as not article text.
    static let boilerplate: ContentHints = [.comments, .share, .related, .advert, .newsletter, .caption, .byline,
                                            .chrome, .margins, .tags, .bio]
}
