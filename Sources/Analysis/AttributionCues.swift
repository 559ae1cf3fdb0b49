/// The words attribution is recognised by: speech verbs, titles stripped from names, pronouns. Knobs in one place.
enum AttributionCues {
    /// Cues that can come before their speaker ("…, said Josh Earnest, …", "Added Gibbs: …"); "told HuffPost" names
    /// the listener.
    static let invertible: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained",
                                          "continued", "recalled", "replied", "argued", "insisted", "declared"]

    /// Verbs (any form listed) that introduce or follow a quote.
    static let verbs: Set<String> = Set("""
        say says said saying tell tells told telling add adds added adding warn warns warned warning state states stated
        believe believes believed think thinks thought
        explain explains explained announce announces announced note notes noted write writes wrote written tweet tweets
        tweeted tweeting post posted ask asks asked reply replies replied respond responds responded insist insists insisted
        claim claims claimed argue argues argued contend contends contended maintain maintains maintained assert asserts
        asserted declare declares declared continue continues continued recall recalls recalled concede concedes conceded
        admit admits admitted acknowledge acknowledges acknowledged indicate indicates indicated assure assures assured
        urge urges urged stress stresses stressed emphasize emphasizes emphasized emphasise emphasised suggest suggests
        suggested predict predicts predicted promise promises promised vow vows vowed threaten threatens threatened accuse
        accuses accused charge charges charged complain complains complained lament laments lamented deny denies denied
        describe describes described call calls called confirm confirms confirmed reveal reveals revealed testify testifies
        testified remark remarks remarked observe observes observed quip quips quipped joke jokes joked boast boasts
        boasted brag brags bragged fume fumed scoff scoffed shout shouted yell yelled tout touted counter countered
        retort retorted mutter muttered exclaim exclaimed reiterate reiterates reiterated recount recounted conclude
        concluded begin began wonder wondered demand demands demanded plead pleaded acknowledge assured insisted
        proclaim proclaimed concur concurred caution cautioned advise advised agree agreed disagree disagreed
        pan pans panned dismiss dismisses dismissed slam slams slammed blast blasts blasted criticize criticizes
        criticized criticise criticised praise praises praised label labels labeled labelled dub dubs dubbed
        characterize characterizes characterized brand brands branded decry decries decried hail hails hailed
        allege alleges alleged rip rips ripped deride derides derided mock mocks mocked lambaste lambastes lambasted
        ripping deriding mocking lambasting deem deems deemed posit posits posited read reads reported
        calling claiming arguing describing insisting noting stating explaining announcing asking replying responding
        suggesting accusing charging complaining denying confirming urging stressing predicting promising vowing
        threatening praising criticizing criticising dismissing slamming blasting labeling labelling dubbing branding
        characterizing decrying hailing alleging declaring asserting maintaining acknowledging admitting conceding
        recalling posting testifying
        clarify clarifies clarified clarifying imply implies implied implying rail rails railed railing cite cites cited
        citing pledge pledges pledged pledging writing welcome welcomes welcomed welcoming
        object objects objected objecting reports
        express expresses expressed expressing offer offers offered offering thank thanks thanked thanking dispute disputes disputed disputing rate rated
        summarize summarizes summarized summarise summarised ordered instructed speaks spoke
        comment comments commented commenting
        blame blames blamed blaming chant chants chanted chanting encourage encourages encouraged encouraging
        scream screams screamed screaming shouting yelling repeat repeats repeated repeating
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Verbs that report words only with "as" after them ("referred to a reporter as a “jackass”", "addressing his
    /// opponent as “my friend”", "seeing him as a “Brooklyn race hustler”"); without it they say what something is
    /// about ("referring to the president's view") or what someone saw.
    static let asCues: Set<String> = ["refer", "refers", "referred", "referring", "address", "addresses", "addressed",
                                      "addressing", "seeing", "viewed", "viewing", "regard", "regards", "regarded"]

    /// Verbs that report speech with the particle after them ("Ryan shot back: …", "He went on, …", "As she put it", "as Smythe pointed out").
    static let phrasalCues: [String: String] = [
        "put": "it", "puts": "it", "made": "clear", "makes": "clear", "make": "clear", "making": "clear",
        "shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back", "hits": "back",
        "pushed": "back", "pushes": "back", "snapped": "back", "went": "on", "goes": "on", "chimed": "in",
        "chimes": "in", "weighed": "in", "weighs": "in", "lashed": "out", "lashes": "out", "lashing": "out",
        "pointed": "out", "points": "out", "point": "out", "pointing": "out", "summed": "up", "sums": "up",
    ]

    /// Verbs of reporting by an intermediary ("The Associated Press reported …").
    static let reportVerbs: Set<String> = ["reported", "reports", "reporting", "wrote", "writes", "cited", "cites", "quoted", "quotes"]

    /// Words that may sit between a speaker and the cue ("Khadimi also said").
    static let adverbs: Set<String> = ["also", "later", "then", "further", "again", "previously", "earlier", "recently",
                                       "had", "has", "have", "would", "will", "once", "reportedly", "repeatedly",
                                       "simply", "frankly", "bluntly", "openly", "publicly", "privately", "separately",
                                       "already", "even", "just", "still", "subsequently", "first", "initially", "finally", "now"]

    /// Words before a speech verb that make it a noun ("secretary of state", "a call", "his remarks").
    static let nounMarkers: Set<String> = ["a", "an", "the", "of", "his", "her", "their", "its", "our", "my", "your",
                                           "this", "these", "those", "such", "no", "every", "each"]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we"]

    /// Words stripped from the front of a name ("Iraqi Prime Minister Mustafa al-Kadhimi" → "Mustafa al-Kadhimi").
    static let titles: Set<String> = Set("""
        president vice prime minister foreign defense defence secretary state gen general lt lieutenant col colonel maj major
        sgt sergeant capt captain adm admiral cmdr commander sen senator rep representative gov governor mayor dr mr mrs ms
        miss prof professor ambassador spokesman spokeswoman spokesperson adviser advisor national security chancellor king
        queen prince princess sheikh ayatollah pope judge justice chief director chairman chairwoman chair ceo founder
        former then leader attorney commissioner officer deputy assistant acting senior first lady interior finance
        economy trade health education energy homeland house senate majority minority whip speaker u.s. us american
        iraqi iranian british french german russian chinese israeli palestinian syrian saudi turkish afghan kurdish
        ukrainian european democratic republican gop dem candidate nominee presidential campaign manager press
        communications strategist pastor rev reverend father bishop cardinal imam rabbi coach retired army navy air force
        marine marines corps brig sgt. pfc spc cpl gov. sen. rep. lt. gen. col. dr. mr. mrs. ms. staff analyst professor
        economist author columnist anchor host correspondent reporter editor chairperson superintendent sheriff
        councilman councilwoman assemblyman assemblywoman delegate intelligence treasury labor agriculture commerce
        transportation veterans affairs housing justice joint chiefs operations
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Particles inside names that stay lower case ("al-Kadhimi", "bin Salman", "van der Leyen").
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "abu", "de", "da", "del", "della", "di", "du", "van",
                                             "von", "der", "den", "la", "le", "st", "y", "ben", "mc"]

    /// Words that open an appositive or relative clause between a name and its cue ("X, a spokesperson for Y, said").
    static let appositiveStarts: Set<String> = ["a", "an", "the", "who", "which", "whose", "one", "another", "himself",
                                                "herself", "its", "his", "her", "their", "former", "then", "now"]
}
