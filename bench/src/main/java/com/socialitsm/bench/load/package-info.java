/**
 * Puts a generated data set into PostgreSQL once and keeps it: {@link com.socialitsm.bench.load.BenchDatabase}
 * (database and schema per data set), {@link com.socialitsm.bench.load.DatasetLoader} (COPY of the fact tables,
 * SQL for the derived ones, indexes rebuilt, a marker to reuse it). Bench-only code, PostgreSQL-specific on purpose;
 * the product writes through Active Objects only.
 */
package com.socialitsm.bench.load;
