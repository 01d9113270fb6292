/**
 * One small adapter per measured operation ({@link com.socialitsm.bench.ops.Line}): the budget lines over the app's
 * services, and the straightforward alternatives they are compared with (plain SQL). {@link
 * com.socialitsm.bench.ops.BudgetRun} measures them all on one loaded data set.
 */
package com.socialitsm.bench.ops;
