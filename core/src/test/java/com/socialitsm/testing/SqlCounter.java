package com.socialitsm.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements that reach the database, through a datasource-proxy JDBC proxy. A JDBC batch counts as
 * one statement, as it is one round trip. Exact and stable on a noisy machine, unlike a timer.
 */
public final class SqlCounter implements UnaryOperator<DataSource> {
    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public DataSource apply(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            }

            @Override
            public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                statements.add(queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery());
            }
        }).build();
    }

    public int count() {
        return statements.size();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void reset() {
        statements.clear();
    }

    /** Runs the action and returns how many statements it sent. */
    public int countDuring(Runnable action) {
        int before = statements.size();
        action.run();
        return statements.size() - before;
    }
}
