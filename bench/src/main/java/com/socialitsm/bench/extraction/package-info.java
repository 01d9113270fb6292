/** JMH: hashtag extraction throughput on one core, ours against plain twitter-text, on real and generated texts. */
package com.socialitsm.bench.extraction;
