/** How the app writes its log: one event, one line, whatever the values logged contain. */
package org.excoord.bot.logging;
