package io.github.tahsilat.persistence.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads SQL arrays from a result set. */
final class SqlArrays {

    private SqlArrays() {}

    /** Returns the {@code text[]} column as an array, empty for SQL NULL. */
    static String[] strings(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return new String[0];
        }
        try {
            return (String[]) array.getArray();
        } finally {
            array.free();
        }
    }

    /** Returns the {@code uuid[]} column as an array, empty for SQL NULL. */
    static UUID[] uuids(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return new UUID[0];
        }
        try {
            return (UUID[]) array.getArray();
        } finally {
            array.free();
        }
    }

    /**
     * Returns the two-dimensional {@code text[]} column as an array of rows, empty for SQL NULL.
     */
    static String[][] rows(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return new String[0][];
        }
        try {
            return (String[][]) array.getArray();
        } finally {
            array.free();
        }
    }
}
