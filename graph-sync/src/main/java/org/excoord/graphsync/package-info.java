/**
 * Mirrors assignments and due dates to Planner and Outlook and reads the correspondence mailbox through
 * Microsoft Graph, listening to the domain's events after commit. The only package that sees the Graph SDK
 * and azure-identity; no Graph type appears in a public signature. Filled in by the graph-sync issue.
 */
package org.excoord.graphsync;
