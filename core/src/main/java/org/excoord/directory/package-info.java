/**
 * Who is who: the org-unit tree with its managers, people (mapped to Entra ID users) with their roles,
 * and teams that can be assignees. {@link org.excoord.directory.Actor} is the acting person as the
 * authorization rules see them.
 */
package org.excoord.directory;
