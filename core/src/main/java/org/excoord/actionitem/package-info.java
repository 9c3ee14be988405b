/**
 * Action items: the unit of work, assigned to a person or a team, with a due date, a status that moves
 * through the {@link org.excoord.actionitem.ItemVerb verbs} of the workflow, comments, and a place in an
 * item tree (parent / children, sequential predecessors). Optimistic locking (a version) makes sure no
 * concurrent change is lost.
 */
package org.excoord.actionitem;
