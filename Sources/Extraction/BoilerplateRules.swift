/// Every knob of the boilerplate decision in one place: class/id vocabularies, text patterns and thresholds.
enum BoilerplateRules {
    // MARK: class, id, role and itemprop vocabularies (substrings; `_` matches `-`)

    static let classSubstrings: [(String, ContentHints)] = {
        var rules: [(String, ContentHints)] = []
        func add(_ hint: ContentHints, _ words: String) {
            for w in words.split(separator: " ") { rules.append((String(w), hint)) }
        }
        add(.articleBody, """
            articlebody article-body article--body articletext article-text article--text article-content articlecontent \
            article--content story-body storybody story--body story-content storycontent story-text storytext \
            post-body postbody post-content postcontent post--content entry-content entrycontent entry-body \
            body-text bodytext article-copy story-copy main-article-body content-body article-main-body \
            rich-text-article news-body newsbody news-content article-detail-body detail-body article-entry
            """)
        add(.positive, "article content entry story post body text main blog hentry h-entry column")
        add(.comments, "comment disqus replies respond talkback discussion")
        add(.share, """
            share sharing social sociable addthis shareaholic sharethis follow-us followus print-this email-this \
            article-tools articletools toolbar save-article bookmark-this
            """)
        add(.related, """
            related recommend more-stories morestories more-from morefrom also-read alsoread read-more readmore \
            read-next readnext up-next upnext trending popular most-read mostread most-viewed outbrain taboola \
            recirc you-may youmay suggested further-reading next-article previous-article next-post prev-post \
            post-navigation pagination pager more-news morenews latest-news top-stories other-stories \
            similar-articles see-also seealso in-case-you-missed more-on moreon related-links
            """)
        add(.advert, """
            advert ad-slot adslot ad-container adcontainer ad-wrapper adwrapper ad-unit adunit ads- -ads dfp- \
            gpt-ad google-ad sponsor promo banner commercial billboard skyscraper leaderboard native-ad doubleclick \
            adsense ad-placeholder adplaceholder ad-label ad-block adblock ad-box adbox -ad- affiliate partner-box \
            teads piano-
            """)
        add(.newsletter, """
            newsletter subscribe subscription signup sign-up optin opt-in registration regwall-promo inline-cta \
            membership donate donation support-us supportus paywall-prompt meter-
            """)
        add(.caption, """
            caption figcaption photo-credit photocredit image-credit imagecredit media-credit wp-caption-text \
            getty image-meta img-credit credit
            """)
        add(.byline, """
            byline by-line dateline timestamp pubdate article-meta \
            articlemeta post-meta postmeta entry-meta entrymeta story-meta article-info article-details \
            reading-time readtime
            """)
        add(.bio, "author contributor writer author-bio authorbio about-author about-the-author author-info authorinfo author-box authorbox bio-")
        add(.chrome, """
            header widget menu navbar navigation breadcrumb masthead topbar top-bar skip-link skiplink popup pop-up \
            modal overlay lightbox site-nav sitenav offcanvas off-canvas drawer mega-nav
            """)
        add(.margins, """
            footer sidebar side-bar right-rail left-rail cookie consent gdpr copyright site-info colophon complementary \
            contentinfo disclaimer legal-notice
            """)
        add(.tags, "tag-list taglist tags-list keywords article-tags post-tags entry-tags topics-list categories")
        add(.embed, "twitter-tweet instagram-media tiktok-embed social-media-embed social-embed embedded-tweet tweet-embed embed-tweet bluesky-embed")
        // Screen-reader-only labels, and what only a printout shows.
        add(.hidden, """
            sr-only visually-hidden visuallyhidden screen-reader screenreader offscreen a11y-hidden print-only \
            print-header print-footer visible-print show-for-print
            """)
        return rules
    }()

    /// Short tokens that count only as whole words of a class or id (`ad`, not `head`).
    static let classTokens: [(String, ContentHints)] = [
        ("ad", .advert), ("ads", .advert), ("adv", .advert), ("advert", .advert), ("promo", .advert),
        ("nav", .chrome), ("rail", .margins), ("tools", .share), ("cta", .newsletter),
        ("meta", .byline), ("date", .byline), ("time", .byline), ("by", .byline), ("bio", .bio),
        ("tag", .tags), ("tags", .tags), ("topics", .tags),
    ]

    static let classMatcher = BytePatternMatcher(patterns: classSubstrings.map { ($0.0, $0.1.rawValue) })
    static let tokenMatcher = ClassTokenTable(tokens: classTokens.map { ($0.0, $0.1.rawValue) })

    /// schema.org types on `itemtype` that mark an article.
    static let articleTypeMatcher = BytePatternMatcher(patterns: [
        ("newsarticle", ContentHints.articleType.rawValue), ("/article", ContentHints.articleType.rawValue),
        ("blogposting", ContentHints.articleType.rawValue), ("reportagenewsarticle", ContentHints.articleType.rawValue),
        ("analysisnewsarticle", ContentHints.articleType.rawValue), ("opinionnewsarticle", ContentHints.articleType.rawValue),
    ])

    // MARK: text of blocks that is never article content (compared case-insensitively, whole block or prefix)

    /// Whole blocks with exactly this text (after trimming punctuation) are dropped.
    static let boilerplateBlocks: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "story continues below advertisement",
        "continue reading", "continue reading below", "read more", "read more below", "read full article",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "comments", "comment", "view comments", "show comments", "leave a comment",
        "post with no comments", "no comments", "view all posts", "recent", "recent articles", "recent posts",
        "related", "related articles", "related stories", "related posts", "related content", "related news",
        "more from", "more stories", "more news", "you may also like", "you might also like", "recommended",
        "recommended for you", "most popular", "most read", "trending", "trending now", "latest", "latest news",
        "pin it on pinterest", "subscribe", "sign up", "follow us", "listen", "audio only", "live", "skip to content",
        "skip to main content", "toggle navigation", "menu", "search", "close", "back to top", "top", "home",
        "our books", "watch", "video", "play video", "loading", "loading...", "click to expand", "expand", "see more",
        "image", "photo", "enlarge this image", "hide caption", "toggle caption", "getty images", "ap",
        "supported by", "story continues below", "article continues below", "scroll to continue", "newsletter",
        "sign up for our newsletter", "already a subscriber? log in", "log in", "login", "register", "next", "previous",
        "google plus", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "telegram", "copy link", "copied",
        "advert", "this slideshow requires javascript", "explore further", "more great wired stories", "don't miss",
        "like this story share it with a friend", "read the full story", "more on this story", "what others are reading",
        "opens in a new window", "opens in a new tab", "thanks for signing up", "thank you for signing up", "sign me up",
    ]

    /// Blocks starting with one of these (case-insensitive) are promotion, navigation or credits.
    static let boilerplatePrefixes: [String] = [
        "read more:", "read also:", "also read:", "read more about", "related:", "related article:", "related story:",
        "recommended:", "see also:", "more:", "watch:", "listen:", "click here", "sign up for", "subscribe to",
        "join our", "follow us on", "follow @", "like us on", "share this", "advertisement", "copyright ©",
        "© copyright", "all rights reserved", "originally published at", "this article was originally",
        "this article originally", "this story was originally", "this article was orignally", "this article first",
        "this story first", "have a news tip", "got a news tip", "do you know what i have posted",
        "for full details of graphics", "published:", "story continues", "the post ", "we use cookies",
        "by clicking", "by signing up", "sign in", "don't miss", "do not miss", "trending:", "exclusive:", "breaking:",
        "download our app", "get the app", "you can read more", "want more", "image source", "image caption",
        "photo:", "photograph:", "pictured:", "(photo", "photo by", "image:", "video:", "file photo",
    ]

    /// Blocks containing one of these (case-insensitive) and shorter than `maxCreditLength` are credits, contact lines,
    /// promotion or disclosures ("Reporting by …; Editing by …", "Follow her on Twitter", "Subscribe to our newsletter").
    static let creditPhrases: [String] = [
        "contributed to this report", "contributed reporting", "contributed to this article", "reporting by ",
        "editing by ", "additional reporting", "writing by ", "compiled by ", "may be reached at", "can be reached at",
        "follow him on", "follow her on", "follow them on", "follow us on", "follow @", "email him at", "email her at",
        "affiliate commission", "may earn a commission", "we may earn", "earn an affiliate", "subscribe to our",
        "sign up for our", "sign up for the", "subscribe to the", "our newsletter", "free newsletter", "this document is subject to copyright",
        "all rights reserved", "retrieved from http", "click here", "have a tip?", "got a tip?", "share it with a friend",
        "requires javascript", "comments are moderated", "open thread", "leave a comment", "join the conversation",
    ]
    static let maxCreditLength = 320
    /// A short block mentioning a newsletter is promotion when it also asks for something (sign up, subscribe, your
    /// inbox); a sentence that merely mentions a newsletter is not.
    static let newsletterWords = ["newsletter"]
    static let callToAction = ["sign up", "sign-up", "signup", "subscribe", "inbox", "unlock", "forwarded", "join "]

    /// Headings that open a list of other articles; the heading and the short blocks after it are dropped.
    static let relatedHeadingPrefixes: [String] = [
        "more ", "related", "recommended", "popular", "most read", "most popular", "most viewed", "latest",
        "trending", "see also", "you may", "you might", "read more", "read next", "further reading", "explore further",
        "also read", "top stories", "editor's picks", "editors' picks", "what to read next", "in case you missed",
        "other stories", "around the web", "sponsored",
    ]

    // MARK: thresholds

    /// Minimum characters for a block to count as a paragraph when scoring containers.
    static let minScoredParagraph = 25
    /// A block whose link text is more than this share of its text is navigation, unless it is long.
    static let maxLinkDensity = 0.5
    /// Candidates must reach this share of the top score to count as siblings of it.
    static let siblingScoreShare = 0.2
    /// A link-poor block at least this long is prose (a paragraph, not a label or a menu entry).
    static let minProseBlock = 80
    /// An element holding this many characters of prose is article text whatever its class or tag says.
    static let minProseContainer = 80
    /// A promotion or metadata box (newsletter, advert, byline) holding this much prose is an article mislabelled.
    static let minMislabelledArticle = 1_000
    /// An element named a caption by its class holds at most this many characters (more is an article mislabelled).
    static let maxCaptionChars = 1_000
    /// When the chosen content is shorter than this many characters, fallbacks are tried.
    static let minimumArticleChars = 300
}
