package vn.vhttdl.hub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases on the local PostgreSQL that scripts/test.sh makes sure is running. */
public final class PostgresDatabases {

    public static final String HOST = System.getProperty("it.postgres.host", "127.0.0.1:5432");
    public static final String USER = System.getProperty("it.postgres.user", "postgres");

    private PostgresDatabases() {
    }

    /** Drops and creates {@code name}. @return its JDBC URL */
    public static String recreate(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return url(name);
    }

    public static String url(String name) {
        return "jdbc:postgresql://" + HOST + "/" + name;
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(url(name), USER, "");
    }
}
