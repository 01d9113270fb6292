/**
 * The replay evaluation of spike alerts over the ServiceNow incident log (see {@code docs/trending.md}): core's
 * {@code SpikeRule} and the alert job's window, baseline and cooldown, driven in memory in time order.
 */
package com.socialitsm.bench.spike;
