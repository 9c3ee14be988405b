/**
 * Running without authentication (the local embedded default): any part of the app that authenticates nobody
 * declares it with an {@link org.excoord.bot.local.EndpointAuthentication}; the whole server may then only be
 * bound to a loopback address ({@code LoopbackBinding}), and the unauthenticated endpoints answer only requests
 * that no other web site can have made ({@code LocalRequestFilter}).
 */
package org.excoord.bot.local;
