/**
 * Process templates: reusable step trees ("Executive Order Planning and Compliance", "Briefing Memo") and
 * "start process for record", which turns a template into an action-item tree under an executive action.
 */
package org.excoord.process;
