/**
 * The deployable app around the domain: application-wide settings and wiring. Sub-packages: {@code web}
 * (REST API, security, problem details), {@code embedded} (the local embedded PostgreSQL), {@code demo}
 * (demo data for the embedded default).
 */
package org.excoord.bot;
