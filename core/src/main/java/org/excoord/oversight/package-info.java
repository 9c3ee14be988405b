/**
 * Reading the audit trail: who may read the history of which record. It sits above the features because a
 * record's history is as confidential as the record itself, which only its feature can tell.
 */
package org.excoord.oversight;
