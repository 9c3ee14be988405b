/**
 * The Azure OpenAI adapter (openai-java against the v1 endpoint): the only place openai-java may be used.
 */
package org.excoord.analyzer.azure;
