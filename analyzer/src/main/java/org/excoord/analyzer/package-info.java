/**
 * Legal authority analysis ("summarize this authority", obligations, impacts and risks) behind the core port
 * {@code org.excoord.authority.analysis.AuthorityAnalyzer}: the offline analyzer ({@code offline}); the Azure OpenAI
 * adapter (openai-java, the only place it may be used) is to come.
 */
package org.excoord.analyzer;
