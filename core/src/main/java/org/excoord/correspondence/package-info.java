/**
 * The executive secretariat's correspondence log. A letter, memo or email is an executive action with a
 * receipt (as in the original app) plus a reference number, an acknowledgement, a routing history
 * (routed to an org unit → accepted or reassigned → assigned to a person) and a resolution.
 */
package org.excoord.correspondence;
