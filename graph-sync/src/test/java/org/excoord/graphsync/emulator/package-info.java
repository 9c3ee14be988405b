/**
 * A loopback Microsoft Graph (HTTPS, token endpoint, Planner, events, {@code $batch}) with fault injection and
 * request counters, for graph-sync's tests and, through graph-sync's test-jar, the bot's end-to-end tests and
 * benchmark. Entry point: {@link org.excoord.graphsync.emulator.GraphEmulator}.
 */
package org.excoord.graphsync.emulator;
