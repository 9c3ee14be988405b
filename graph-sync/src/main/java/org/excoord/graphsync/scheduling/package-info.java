/**
 * Spring scheduling with ShedLock for graph-sync's {@code @Scheduled} rounds: one replica at a time, the lock a row of
 * core's {@code shedlock} table on the database's clock.
 */
package org.excoord.graphsync.scheduling;
