/// The words the people-and-organisations layer reads names by: titles and honorifics, role nouns, what marks an
/// organisation, a place or an event, and capitalised words that are never a speaker. Knobs in one place, all folded
/// (lower case, dots kept as the tokenizer keeps them).
enum NameVocabulary {
    /// Honorifics that say whether a person is a man or a woman.
    static let male: Set<String> = ["mr", "mr."]
    static let female: Set<String> = ["mrs", "ms", "miss", "mrs.", "ms."]

    /// Role nouns and the role each names: "the senator", "Sen.", "the congresswoman", "House Speaker". A title word
    /// before a name gives that person the role; "the senator" alone is then resolved to them.
    static let roles: [String: String] = [
        "president": "president", "pres": "president",
        "sen": "senator", "senator": "senator", "sens": "senator",
        "rep": "representative", "representative": "representative", "congressman": "representative",
        "congresswoman": "representative", "congressmember": "representative", "reps": "representative",
        "gov": "governor", "governor": "governor",
        "speaker": "speaker", "mayor": "mayor", "secretary": "secretary", "chairman": "chair", "chairwoman": "chair",
        "chair": "chair", "chairperson": "chair", "judge": "judge", "justice": "justice", "leader": "leader",
        "gen": "general", "general": "general", "ambassador": "ambassador", "minister": "minister",
        "premier": "minister", "chancellor": "chancellor", "king": "king", "queen": "queen", "pope": "pope",
        "candidate": "candidate", "nominee": "nominee", "commissioner": "commissioner", "director": "director",
        "sheriff": "sheriff", "lawmaker": "lawmaker", "legislator": "lawmaker", "publisher": "publisher",
        "founder": "founder", "cofounder": "founder", "editor": "editor", "superintendent": "superintendent", "prosecutor": "prosecutor", "ceo": "ceo",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
        "envoy": "envoy", "prince": "prince", "princess": "princess", "duke": "duke", "duchess": "duchess",
        "sheikh": "sheikh", "emir": "emir", "sultan": "sultan",
    ]

    /// Words that go before a name and are not part of it: honorifics, titles, ranks, offices, qualifiers.
    static let titles: Set<String> = AttributionCues.titles.union(roles.keys).union([
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "prof.",
        "rev.", "sir", "dame", "hon", "honorable", "pro", "tem", "tempore", "incumbent", "outgoing", "incoming", "republican", "democrat", "democratic", "gop",
        "independent", "libertarian", "conservative", "liberal", "progressive", "freshman", "veteran", "longtime",
        "late", "embattled", "top", "lawmaker", "activist", "businessman", "businesswoman", "billionaire", "actor",
        "actress", "singer", "rapper", "musician", "filmmaker", "novelist", "poet", "podcaster", "pundit", "commentator",
        "entrepreneur", "influencer", "physician", "surgeon", "nurse", "quarterback", "pitcher", "golfer", "boxer",
        "comedian", "writer", "journalist", "blogger", "host", "lawyer", "attorney", "counsel", "special",
        "advocate", "expert", "historian", "scholar", "researcher", "economist", "pollster", "consultant",
        "strategist", "aide", "official", "officials", "agent", "officer", "detective", "trooper", "deputy",
        "commander", "chief", "head", "founder", "co-founder", "owner", "executive", "president-elect", "vice",
        "majority", "minority", "whip", "ranking", "member", "associate", "chief", "circuit", "district", "federal",
        "state", "county", "city", "u.s", "u.s.", "us", "american", "white", "house", "senate", "supreme", "court",
    ])

    /// Words written in capitals that name no organisation: diseases, measures, jobs, things.
    static let commonAcronyms: Set<String> = [
        "covid", "hiv", "aids", "sars", "mers", "std", "ptsd", "adhd", "gdp", "cpi", "ceo", "cfo", "coo", "cto", "vp",
        "dna", "rna", "mrna", "ppe", "icu", "er", "lgbt", "lgbtq", "ai", "ivf", "id", "iq", "am", "pm", "tv", "ok", "ar",
        "ak", "suv", "usb", "pdf", "faq", "diy", "asap", "rip", "omg", "lol", "mvp", "vip", "ipo", "ev", "evs",
    ]

    /// Prepositions whose object is not a sentence's subject.
    static let prepositions: Set<String> = ["to", "of", "in", "on", "at", "from", "with", "by", "for", "into", "against",
                                            "about", "after", "before", "during", "under", "over", "through", "than", "like"]

    /// Nouns that any organisation of their kind can be called without its name ("the company said").
    static let organisationKinds: Set<String> = [
        "company", "firm", "giant", "group", "organization", "organisation", "drugmaker", "automaker", "carmaker",
        "retailer", "manufacturer", "maker", "carrier", "airline", "insurer", "lender", "nonprofit", "charity", "startup",
        "conglomerate", "platform", "outlet", "chain", "developer", "publisher", "broadcaster", "operator", "provider",
        "agency", "regulator", "watchdog",
    ]

    /// Whether a noun, singular or plural, is one of `organisationKinds` ("the drugmakers", "the companies").
    static func isOrganisationKind(_ noun: String) -> Bool {
        organisationKinds.contains(noun)
            || (noun.hasSuffix("ies") && organisationKinds.contains(String(noun.dropLast(3)) + "y"))
            || (noun.hasSuffix("s") && organisationKinds.contains(String(noun.dropLast())))
    }

    /// Words ending a capitalised run that make it an organisation.
    static let organisationHeads: Set<String> = [
        "department", "dept", "committee", "panel", "party", "court", "congress", "senate", "administration", "agency",
        "council", "commission", "association", "union", "university", "college", "institute", "foundation", "bureau",
        "office", "ministry", "army", "navy", "police", "times", "post", "news", "journal", "network", "press",
        "service", "board", "campaign", "group", "coalition", "center", "centre", "fund", "bank", "corporation",
        "company", "inc", "corp", "caucus", "organization", "organisation", "federation", "league", "society", "club",
        "church", "school", "hospital", "reserve", "guard", "force", "forces", "command", "tribune", "herald",
        "magazine", "gazette", "channel", "radio", "television", "tv", "institution", "authority", "alliance",
        "coalition", "project", "watch", "initiative", "network", "review", "weekly", "daily", "chronicle", "wire",
        "cabinet", "government", "parliament", "assembly", "legislature", "movement", "front", "brigade", "brigades",
        "mission", "embassy", "consulate", "prosecution", "prosecutions",
        "militia", "regiment", "battalion", "council", "secretariat", "state", "states", "nations", "house",
        "representatives", "commons", "lords", "delegates", "commerce", "conference", "convention",
        "centers", "centres", "institutes", "services", "laboratories", "industries", "enterprises", "holdings",
        // Publications and broadcasters, often named as where someone spoke.
        "caller", "examiner", "beast", "hill", "register", "observer", "monitor", "inquirer", "star", "standard",
        "mirror", "guardian", "telegraph", "economist", "atlantic", "blaze", "globe", "sun", "bulletin", "dispatch",
        "enquirer", "courier", "record", "today", "motors", "airlines", "systems", "technologies", "partners",
        // Units and bodies that speak as such.
        "patrol", "division", "unit", "pac", "academy", "laboratory", "museum", "library", "trust", "endowment",
    ]

    /// Organisations known by one word or an acronym.
    static let organisations: Set<String> = [
        "fbi", "cia", "nsa", "nasa", "aarp", "naacp", "aclu", "nra", "gop", "dnc", "rnc", "irs", "epa", "fda", "cdc",
        "pentagon", "nato", "un", "u.n", "u.n.", "eu", "opec", "cnn", "msnbc", "nbc", "abc", "cbs",
        "npr", "pbs", "fox", "ap", "reuters", "bloomberg", "politico", "newsweek", "time", "axios", "breitbart",
        "huffpost", "buzzfeed", "vox", "slate", "salon", "hezbollah", "hamas", "taliban", "isis", "isil", "daesh",
        "kremlin", "vatican", "google", "facebook", "twitter", "apple", "amazon", "microsoft", "walmart", "wikileaks",
        "qaeda", "al-qaeda", "medium", "youtube", "instagram", "tiktok", "reddit",
    ]

    /// Platforms others publish on: where a post appeared, never its author ("a Facebook post").
    static let platforms: Set<String> = ["facebook", "twitter", "instagram", "youtube", "tiktok", "reddit", "snapchat",
                                         "linkedin", "tumblr", "medium", "parler", "gab", "truth social", "threads",
                                         "whatsapp", "telegram", "x"]

    /// Capitalised words that end a run that is a place, not a name ("Shelby County", "Rose Garden").
    static let placeHeads: Set<String> = [
        "county", "city", "state", "river", "street", "avenue", "road", "island", "islands", "mountain", "mountains",
        "valley", "park", "square", "bay", "lake", "district", "province", "region", "airport", "base", "camp", "hall",
        "building", "garden", "gardens", "beach", "coast", "border", "capitol", "plaza", "bridge", "canyon", "desert",
        "harbor", "harbour", "peninsula", "strait", "sea", "ocean", "gulf", "heights", "hill", "hills", "falls",
        "springs", "township", "village", "borough", "parish", "territory", "territories", "zone", "palace", "tower",
    ]

    /// Capitalised words that end a run that is an event, a law, a work or a thing ("Ames Straw Poll", "Affordable
    /// Care Act"), never a speaker.
    static let thingHeads: Set<String> = [
        "poll", "debate", "convention", "summit", "election", "elections", "primary", "primaries", "caucuses", "hearing",
        "hearings", "act", "bill", "amendment", "law", "plan", "program", "programme", "initiative", "report", "award",
        "prize", "day", "war", "accord", "agreement", "treaty", "doctrine", "deal", "rule", "order", "resolution",
        "constitution", "declaration", "budget", "tax", "care", "security", "medicare", "medicaid", "obamacare",
        "crisis", "scandal", "attack", "attacks", "shooting", "massacre", "storm", "hurricane", "festival", "game",
        "games", "cup", "series", "show", "hour", "tonight", "today", "morning", "week", "month", "year", "times",
        "book", "film", "movie", "album", "song", "article", "op-ed", "editorial", "column", "letter", "speech",
        "address", "tour", "march", "rally", "protest", "party's", "platform", "movement", "revolution", "spring",
    ]

    /// Capitalised at the start of a sentence, never the first word of a name.
    static let sentenceOpeners: Set<String> = [
        "after", "before", "when", "while", "although", "though", "since", "during", "unlike", "like", "despite",
        "because", "until", "unless", "whether", "once", "upon", "without", "within", "amid", "among", "against",
        "asked", "meanwhile", "still", "yet", "even", "only", "now", "later", "earlier", "instead", "according",
        "plus", "also", "however", "then", "thus", "indeed", "besides", "moreover", "furthermore", "therefore", "again",
        "today", "yesterday", "tonight", "recently", "previously", "finally", "ultimately",
    ]

    /// Determiners that open a sentence before a capitalised word ("One Facebook user"): never part of a name.
    static let determiners: Set<String> = ["one", "another", "some", "many", "several", "two", "three", "four", "five"]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Adjectives of nationality, faith and party: never a person on their own ("the first Muslim women").
    static let demonyms: Set<String> = [
        "american", "iraqi", "iranian", "muslim", "christian", "jewish", "arab", "israeli", "palestinian", "syrian",
        "afghan", "russian", "chinese", "british", "french", "german", "mexican", "african", "european", "asian",
        "hispanic", "latino", "latina", "catholic", "evangelical", "kurdish", "saudi", "turkish", "ukrainian",
        "korean", "japanese", "indian", "pakistani", "canadian", "cuban", "egyptian", "libyan", "yemeni", "lebanese",
        "republican", "democrat", "democratic", "conservative", "liberal", "progressive", "libertarian", "independent",
        "protestant", "mormon", "sunni", "shiite", "shia", "western", "eastern", "northern", "southern", "federal",
        "national", "international", "global", "english", "spanish", "italian", "irish", "scottish", "black", "white",
    ]

    /// Nouns that make a phrase an unnamed source ("a senior administration official", "aides", "critics").
    static let unnamedHeads: Set<String> = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources",
        "person", "people", "critics", "critic", "supporters", "supporter", "protesters", "protester", "analysts",
        "analyst", "experts", "expert", "lawmakers", "lawmaker", "residents", "resident", "officers", "officer",
        "police", "witnesses", "witness", "advocates", "advocate", "leaders", "leader", "members", "member", "staff",
        "staffer", "staffers", "team", "organizers", "organiser", "organisers", "voters", "voter", "democrats", "republicans",
        "conservatives", "liberals", "activists", "activist", "observers", "insiders", "diplomats", "diplomat",
        "representatives", "representative", "executives", "executive", "economists", "scholars", "historians",
        "attorneys", "attorney", "lawyers", "lawyer", "prosecutors", "prosecutor", "investigators", "investigator",
        "agents", "agent", "soldiers", "soldier", "troops", "veterans", "students", "parents", "workers", "employees",
        "employee", "farmers", "doctors", "nurses", "scientists", "researchers", "respondents", "participants", "outlets",
        "group", "groups", "statement",
        "report", "letter", "campaign", "administration", "department", "committee", "memo", "complaint", "lawsuit",
        "filing", "indictment", "release", "ad", "post", "tweet", "poll", "survey", "study", "website", "blogger",
        "bloggers", "websites", "interviewer", "reporter", "reporters", "columnist", "host", "anchor", "friend", "board", "panel",
        "friends", "family", "colleagues", "allies", "opponents", "rivals", "senators", "governors", "mayors",
        "americans", "iraqis", "iranians", "muslims", "christians", "jews", "residents", "neighbors", "users",
        // People named by what they are: "a young man", "the cameraman", "one caller".
        "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "student", "cameraman",
        "photographer", "writer", "commentator", "caller", "callers", "viewer", "viewers", "reader", "readers",
        "neighbor", "neighbour", "veteran", "worker", "farmer", "teacher", "teachers", "doctor", "nurse", "owner",
        "owners", "customer", "customers", "passenger", "passengers", "victim", "victims", "survivor", "survivors",
        "parent", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "demonstrators", "user",
        "demonstrator", "fan", "fans", "bystander", "bystanders", "patient", "patients", "pastor", "priest", "imam",
        "crowd", "crowds", "audience", "marchers", "spectators", "onlookers", "attendees",
        "proponents", "backers", "sponsors", "defenders", "detractors", "skeptics", "writers", "authors", "signers",
        "signatories",
    ]

    /// Relatives named by kinship ("his father said"), who share the family name.
    /// Kinship nouns that tell a person's gender when the article puts them before the name.
    static let kinGender: [String: Bool] = ["wife": false, "mother": false, "daughter": false, "sister": false, "widow": false,
                                            "girlfriend": false, "grandmother": false, "granddaughter": false, "niece": false,
                                            "aunt": false, "husband": true, "father": true, "son": true, "brother": true,
                                            "widower": true, "boyfriend": true, "grandfather": true, "grandson": true,
                                            "nephew": true, "uncle": true]

    static let kinship: Set<String> = ["father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
                                       "dad", "mom", "mum", "grandfather", "grandmother", "uncle", "aunt", "cousin",
                                       "nephew", "niece", "sons", "daughters", "parents"]

    /// Nouns that describe a person already named, after "the": "the Mexican-born journalist", "the Texas Republican".
    static let describedPeople: Set<String> = [
        "journalist", "reporter", "columnist", "commentator", "pundit", "host", "anchor", "author", "writer", "lawyer",
        "attorney", "billionaire", "millionaire", "businessman", "businesswoman", "mogul", "tycoon", "magnate", "developer",
        "entrepreneur", "executive", "actor", "actress", "comedian", "singer", "rapper", "musician", "star", "celebrity",
        "activist", "pastor", "preacher", "minister", "economist", "strategist", "consultant", "politician", "republican",
        "democrat", "independent", "conservative", "liberal", "libertarian", "veteran", "professor", "scholar",
        "scientist", "researcher", "physician", "surgeon", "congressman", "congresswoman", "lawmaker", "legislator",
        "candidate", "nominee", "hopeful", "contender", "incumbent", "challenger", "newcomer", "freshman", "senator",
        "governor", "mayor", "official", "officer", "judge", "justice", "prosecutor", "founder", "chief", "leader",
        "runner", "frontrunner",    // (hyphens split words: "front-runner" is "front", "runner")
    ]

    /// Titles that make a single capitalised word after them a person's surname ("Sen. Lee", "Mrs. Clinton").
    static let personTitles: Set<String> = Set(roles.keys).union(male).union(female).union([
        "dr", "dr.", "prof", "prof.", "rev", "rev.", "lt", "col", "capt", "sgt", "adm", "cmdr", "maj", "lt.", "col.", "capt.",
        "sgt.", "father", "fr", "reverend", "pastor", "rabbi", "imam", "bishop", "archbishop", "cardinal", "msgr",
    ])

    /// The third-person pronouns that can stand for a speaker, and the gender they ask for.
    static let pronounGender: [String: Bool?] = ["he": true, "him": true, "his": true, "she": false, "her": false,
                                                 "hers": false, "they": nil, "them": nil, "their": nil]
}
