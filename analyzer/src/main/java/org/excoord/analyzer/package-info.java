/**
 * Legal authority analysis ("summarize this authority", obligations) behind the core port
 * {@code org.excoord.authority.analysis.AuthorityAnalyzer}: the offline analyzer ({@code offline}) and the Azure
 * OpenAI adapter ({@code azure}, the only place openai-java may be used).
 */
package org.excoord.analyzer;
