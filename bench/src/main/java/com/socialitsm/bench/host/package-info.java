/** The host ports (issues, users, permissions) over a generated world, for running the engine in benchmarks. */
package com.socialitsm.bench.host;
