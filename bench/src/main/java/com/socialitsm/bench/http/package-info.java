/** End to end: the devhost process on PostgreSQL under concurrent HTTP load over loopback. */
package com.socialitsm.bench.http;
