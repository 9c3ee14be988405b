/**
 * The proactive side of the bot: the sweep (scheduled every minute under a ShedLock lock, or run by an admin for any
 * moment) plans what core says is due, claims each message in the nudge log, draws its card and delivers it paced
 * under Teams' limits; the {@code settings} command and the digest's, snooze's and mute's card verbs.
 */
package org.excoord.bot.nudges;
