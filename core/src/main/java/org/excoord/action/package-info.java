/**
 * Executive actions: what an agency does about an authority, a request or a letter, with its category,
 * type, classification, owner, due date, sources and, for received items, a {@link org.excoord.action.Receipt}.
 */
package org.excoord.action;
