import FluentSQL

/// The triggers that keep a count table in step with `evaluations` in the transaction of every
/// insert, update and delete (whatever writes: the app, a backup import, another process): `add`
/// counts the NEW row, `remove` takes the OLD row away, and an update that changes one of
/// `columns` does both. One builder for both databases; what differs is `Dialect` (data).
struct CountTriggers: Sendable {
    /// The count table; the triggers (and PostgreSQL's function) are named after it.
    var table: String
    /// The columns of `evaluations` whose change moves a row from one count to another.
    var columns: [String]
    /// One statement counting `NEW`, ending in `;`.
    var add: String
    /// One statement taking `OLD` away, ending in `;`.
    var remove: String

    /// How one database writes the triggers.
    struct Dialect: Sendable {
        /// "differs from, NULL counting as a value" in this dialect.
        var differs: String
        /// The statements creating the triggers, given `changed` in this dialect.
        var create: @Sendable (_ triggers: CountTriggers, _ changed: String) -> [String]
        /// The statements dropping them (none fails when it is already gone).
        var drop: @Sendable (_ table: String) -> [String]
    }

    /// `OLD.c <differs> NEW.c OR …` over `columns`.
    func changed(_ dialect: Dialect) -> String {
        columns.map { "OLD.\($0) \(dialect.differs) NEW.\($0)" }.joined(separator: " OR ")
    }

    func statements(_ dialect: Dialect) -> [String] { dialect.create(self, changed(dialect)) }

    /// Creates the triggers on `sql`.
    func create(on sql: any SQLDatabase) async throws {
        for statement in statements(.of(sql)) { try await sql.raw(SQLQueryString(statement)).run() }
    }

    /// Drops the triggers on `sql`.
    func drop(on sql: any SQLDatabase) async throws {
        for statement in Dialect.of(sql).drop(table) { try await sql.raw(SQLQueryString(statement)).run() }
    }
}

extension CountTriggers.Dialect {
    static func of(_ sql: any SQLDatabase) -> Self { sql.dialect.name == "postgresql" ? .postgresql : .sqlite }

    /// Three triggers, each running the statements in its body.
    static let sqlite: CountTriggers.Dialect = Self(
        differs: "IS NOT",
        create: { t, changed in
            [
                "CREATE TRIGGER \(t.table)_insert AFTER INSERT ON evaluations BEGIN \(t.add) END",
                "CREATE TRIGGER \(t.table)_delete AFTER DELETE ON evaluations BEGIN \(t.remove) END",
                """
                CREATE TRIGGER \(t.table)_update AFTER UPDATE OF \(t.columns.joined(separator: ", ")) ON evaluations \
                WHEN \(changed) BEGIN \(t.remove) \(t.add) END
                """,
            ]
        },
        drop: { table in
            ["insert", "update", "delete"].map { "DROP TRIGGER IF EXISTS \(table)_\($0)" }
        })

    /// One PL/pgSQL function, run by a trigger on insert and delete and by one on an update that
    /// changes a counted column (a save names every column in its UPDATE).
    static let postgresql: CountTriggers.Dialect = Self(
        differs: "IS DISTINCT FROM",
        create: { t, changed in
            [
                """
                CREATE FUNCTION \(t.table)_track() RETURNS trigger AS $$ BEGIN \
                IF TG_OP <> 'INSERT' THEN \(t.remove) END IF; \
                IF TG_OP <> 'DELETE' THEN \(t.add) END IF; \
                RETURN NULL; END $$ LANGUAGE plpgsql
                """,
                """
                CREATE TRIGGER \(t.table)_write AFTER INSERT OR DELETE ON evaluations \
                FOR EACH ROW EXECUTE FUNCTION \(t.table)_track()
                """,
                """
                CREATE TRIGGER \(t.table)_change AFTER UPDATE OF \(t.columns.joined(separator: ", ")) ON evaluations FOR EACH ROW \
                WHEN (\(changed)) EXECUTE FUNCTION \(t.table)_track()
                """,
            ]
        },
        drop: { table in
            [
                "DROP TRIGGER IF EXISTS \(table)_write ON evaluations",
                "DROP TRIGGER IF EXISTS \(table)_change ON evaluations",
                "DROP FUNCTION IF EXISTS \(table)_track()",
            ]
        })
}
