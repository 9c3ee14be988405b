/**
 * excoord's door to Microsoft Graph: {@link org.excoord.graphsync.graph.GraphGateway} and its records in
 * excoord's terms, and {@link org.excoord.graphsync.graph.SdkGraphGateway}, the only code that sees the Graph SDK,
 * Kiota, azure-identity and MSAL (checked by an ArchUnit rule). Whole requests are retried here; what a
 * sub-request answers goes back to the caller.
 */
package org.excoord.graphsync.graph;
