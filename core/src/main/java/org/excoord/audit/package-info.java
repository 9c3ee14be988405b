/**
 * The append-only audit trail: who changed which record, when, from what to what. The database refuses
 * UPDATE, DELETE and TRUNCATE on the table (a trigger), so not even a bug here can rewrite history.
 */
package org.excoord.audit;
