package dev.plugboard.storage;

/** The databases Plugboard runs on, told apart by their JDBC URL. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The migration folder for what cannot be written portably. */
    String migrationFolder() {
        return "db/migration/" + folder;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL: expected jdbc:sqlite:<file> or jdbc:postgresql://…");
    }
}
