/**
 * The Bot Framework edge: {@code /api/messages}, authentication of the Bot Connector's tokens, and the translation
 * between Activities and the SDK-free {@link org.excoord.bot.conversation} layer. The only package that may use
 * the Bot Framework SDK (ArchitectureTests).
 */
package org.excoord.bot.teams;
