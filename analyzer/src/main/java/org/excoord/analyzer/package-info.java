/**
 * Legal authority analysis ("summarize this authority", obligations, impacts and risks) behind a port in
 * core: the offline analyzer and the Azure OpenAI adapter (openai-java, the only place it is used). Filled
 * in by the analyzer issue.
 */
package org.excoord.analyzer;
