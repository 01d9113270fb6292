package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions joined with AND, with its parameters in order. */
final class Criteria {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Criteria(String condition, Object... parameters) {
        and(condition, parameters);
    }

    private Criteria(Criteria other) {
        sql.append(other.sql);
        parameters.addAll(other.parameters);
    }

    Criteria and(String condition, Object... values) {
        if (sql.length() > 0) {
            sql.append(" AND ");
        }
        sql.append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    Criteria copy() {
        return new Criteria(this);
    }

    String sql() {
        return sql.toString();
    }

    Object[] parameters() {
        return parameters.toArray();
    }
}
