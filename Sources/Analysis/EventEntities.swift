import Lexicon
import Text

/// One person or organisation across the articles of an event, with the article entities it joins.
public struct EventEntity: Sendable, Equatable {
    /// Stable within the event: a slug of the name ("nancy-pelosi"), numbered when two names give the same slug.
    public var id: String
    /// The actors list's name when the entity is an actor, else the form most articles write (the fullest on a tie).
    public var name: String
    public var kind: EntityKind
    /// The actor it is, and the actor's group, when the actors list knows it.
    public var actor: String?
    public var group: String?
    /// (article index, entity index in that article's `ArticleEntities`), in article order.
    public var members: [Member]

    public struct Member: Sendable, Equatable, Hashable {
        public var article: Int
        public var entity: Int
    }
}

/// The people and organisations of an event: each article's entities joined across articles into one entity per
/// person or organisation. Two article entities join when the actors list resolves both to one actor, or when they
/// share a surname (organisations: a name) and their first names can be one person's ("Pat" and "Patrick", "J." and
/// "John"). A surname alone joins the one full name that has it, and stays apart when several do: two different
/// people are never joined.
public struct EventEntities: Sendable {
    public private(set) var entities: [EventEntity] = []
    private var index: [EventEntity.Member: Int] = [:]

    public init(_ articles: [ArticleEntities], actors: ActorList) {
        struct Item { var member: EventEntity.Member; var entity: ArticleEntity; var actor: Actor? }
        var items: [Item] = []
        for (a, list) in articles.enumerated() {
            for (e, entity) in list.entities.enumerated() {
                items.append(Item(member: .init(article: a, entity: e), entity: entity, actor: Self.actor(for: entity, in: actors)))
            }
        }
        var clusters: [[Int]] = []
        // Actors: one cluster each.
        var byActor: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            guard let actor = item.actor else { continue }
            if let c = byActor[actor.name] { clusters[c].append(i) } else { byActor[actor.name] = clusters.count; clusters.append([i]) }
        }
        // Organisations: by name key.
        var byKey: [String: Int] = [:]
        for (i, item) in items.enumerated() where item.actor == nil && item.entity.kind == .organisation {
            if let c = byKey[item.entity.last] { clusters[c].append(i) } else { byKey[item.entity.last] = clusters.count; clusters.append([i]) }
        }
        // Persons: by surname, then by compatible first names, most specific first.
        var bySurname: [String: [Int]] = [:]
        var surnameOrder: [String] = []
        for (i, item) in items.enumerated() where item.actor == nil && item.entity.kind == .person {
            if bySurname[item.entity.last] == nil { surnameOrder.append(item.entity.last) }
            bySurname[item.entity.last, default: []].append(i)
        }
        for surname in surnameOrder {
            let members = bySurname[surname]!
            let full = members.filter { items[$0].entity.first != nil }
                .sorted { (-(items[$0].entity.first!.count), $0) < (-(items[$1].entity.first!.count), $1) }
            var local: [[Int]] = []
            for i in full {
                let first = items[i].entity.first
                let fits = local.indices.filter { c in local[c].allSatisfy { ArticleEntities.compatible(items[$0].entity.first, first) } }
                if fits.count == 1 { local[fits[0]].append(i) } else { local.append([i]) }
            }
            let bare = members.filter { items[$0].entity.first == nil }
            if local.count == 1 {
                local[0] += bare
            } else if !bare.isEmpty {
                local.append(bare)       // no full name, or several: the surname stays a person of its own
            }
            clusters += local
        }
        // Names, ids and the member index, in a stable order.
        var built: [EventEntity] = clusters.map { cluster in
            let members = cluster.map { items[$0].member }.sorted { ($0.article, $0.entity) < ($1.article, $1.entity) }
            let first = items[cluster[0]]
            let name = first.actor?.name ?? Self.commonName(cluster.map { items[$0].entity.name })
            return EventEntity(id: "", name: name, kind: first.entity.kind, actor: first.actor?.name, group: first.actor?.group,
                               members: members)
        }
        built.sort { ($0.name, $0.kind.rawValue, $0.members[0].article, $0.members[0].entity)
            < ($1.name, $1.kind.rawValue, $1.members[0].article, $1.members[0].entity) }
        var used: [String: Int] = [:]
        for k in built.indices {
            let base = Self.slug(built[k].name)
            used[base, default: 0] += 1
            built[k].id = used[base]! == 1 ? base : "\(base)-\(used[base]!)"
            for m in built[k].members { index[m] = k }
        }
        entities = built
    }

    /// The event entity of entity `entity` in article `article`.
    public func entity(article: Int, _ entity: Int) -> EventEntity? {
        index[.init(article: article, entity: entity)].map { entities[$0] }
    }

    /// The actor an article entity is: one whose name or alias the entity's name ends with, of the same kind, and for
    /// a person with a first name that can be the actor's ("Hunter Biden" is not Joe Biden).
    static func actor(for entity: ArticleEntity, in actors: ActorList) -> Actor? {
        guard let (actor, _) = actors.resolve(entity.name) else { return nil }
        switch entity.kind {
        case .organisation:
            return actor.kind == "organization" ? actor : nil
        case .person:
            guard actor.kind != "organization" else { return nil }
            guard let first = entity.first else { return actor }
            let names = ([actor.name] + actor.aliases).map { ActorList.words($0) }.filter { $0.count > 1 }
            if names.isEmpty { return actor }
            return names.contains { ArticleEntities.compatible($0.first, first) } ? actor : nil
        }
    }

    /// The form most members write; on a tie the one with more words, then more letters, then the first in order.
    static func commonName(_ names: [String]) -> String {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        return counts.max { x, y in
            (x.value, x.key.split(separator: " ").count, x.key.count, y.key) < (y.value, y.key.split(separator: " ").count, y.key.count, x.key)
        }!.key
    }

    /// Lower-case letters and digits of a name, runs of anything else as one hyphen ("Mustafa al-Kadhimi" →
    /// "mustafa-al-kadhimi"); letters of any script are kept.
    static func slug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in Tokenizer.fold(name) {
            if ch.isLetter || ch.isNumber {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "entity" : out
    }
}
