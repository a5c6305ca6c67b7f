package vn.vhttdl.hub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases on the local PostgreSQL that scripts/test.sh makes sure is running. */
public final class PostgresDatabases {

    public static final String HOST = System.getProperty("it.postgres.host", "127.0.0.1:5432");
    public static final String USER = System.getProperty("it.postgres.user", "postgres");
    /** Put before every test database's name, so test runs from several checkouts do not drop each other's. */
    public static final String PREFIX = System.getProperty("it.postgres.prefix", "");
    private static final String ADMIN_DB = "postgres";

    private PostgresDatabases() {
    }

    /** Drops and creates {@code name}. @return its JDBC URL */
    public static String recreate(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(ADMIN_DB), USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name(name) + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name(name) + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return url(name);
    }

    /** @return the database's name on the server: {@link #PREFIX} and {@code name} (the admin database as it is) */
    public static String name(String name) {
        return ADMIN_DB.equals(name) ? name : PREFIX + name;
    }

    public static String url(String name) {
        return "jdbc:postgresql://" + HOST + "/" + name(name);
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(url(name), USER, "");
    }
}
