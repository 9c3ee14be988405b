package org.excoord.authority.analysis;

import org.excoord.authority.ParsedAuthority;

/** Analyzes the text of one authority. Implementations must only return points they can tie to a section. */
public interface AuthorityAnalyzer {

    /** A stable name for caching and the audit ("offline-1", "azure-openai:gpt-4o:v1"). */
    String name();

    /** What people are shown ("Offline analysis", "Azure OpenAI"): the name is an id, not words for a card. */
    default String label() {
        return name();
    }

    AnalysisResult analyze(ParsedAuthority authority);
}
