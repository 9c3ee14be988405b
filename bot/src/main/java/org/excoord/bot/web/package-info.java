/**
 * The REST API ({@code /api/v1}): controllers that translate HTTP to the domain's commands and its
 * outcomes to HTTP (RFC 9457 problem details for every refusal and bad input), and the API's security
 * (Entra ID bearer tokens; the local embedded default alone may run without).
 */
package org.excoord.bot.web;
