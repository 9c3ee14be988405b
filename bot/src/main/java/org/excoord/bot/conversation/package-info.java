/**
 * What the bot says and does, without any Bot Framework type: commands, card actions (Universal Actions and their
 * Action.Submit fallback), the cards' view models, and where each person can be reached. The {@code teams} package
 * translates Activities to and from this layer.
 */
package org.excoord.bot.conversation;
