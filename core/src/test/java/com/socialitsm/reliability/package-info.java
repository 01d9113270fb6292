/**
 * Reliability tests across features: permissions checked exhaustively over random worlds, data kept through
 * reinstalls and upgrades, and anonymization that leaves no trace of the old user key.
 */
package com.socialitsm.reliability;
