package org.excoord.authority.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.AuthorityTextParser;
import org.excoord.authority.LegalAuthority;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Analyzes an authority with the configured analyzer and keeps the result per (content hash, analyzer): the same
 * text is never analyzed twice. Anyone who may read authorities may ask.
 */
@Service
public class AuthorityAnalysis {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final AuthorityCatalog catalog;
    private final AuthorityAnalyzer analyzer;
    private final AuthorityAnalyzer fallback;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuthorityTextParser parser = new AuthorityTextParser();

    public AuthorityAnalysis(AuthorityCatalog catalog, List<AuthorityAnalyzer> analyzers, JdbcTemplate jdbc, Clock clock) {
        this.catalog = catalog;
        this.analyzer = analyzers.isEmpty() ? null : analyzers.get(0);
        this.fallback = analyzers.size() > 1 ? analyzers.get(analyzers.size() - 1) : null;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isConfigured() {
        return analyzer != null;
    }

    /** Whether the configured analyzer has already analyzed this authority's text (then asking is instant). */
    public boolean isReady(Long authorityId) {
        return analyzer != null && catalog.find(authorityId)
                .map(a -> cached(a.getContentHash(), analyzer).isPresent()).orElse(true);
    }

    public Outcome<AnalysisResult> analyze(Long authorityId) {
        Optional<LegalAuthority> found = catalog.find(authorityId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no authority " + authorityId));
        }
        if (analyzer == null) {
            return Outcome.refused(Refusal.conflict("no authority analyzer is configured on this server"));
        }
        LegalAuthority authority = found.get();
        AnalysisResult result;
        try {
            result = analyzeWith(analyzer, authority);
        } catch (AnalyzerUnavailableException e) {
            if (fallback == null) {
                return Outcome.refused(Refusal.conflict(e.getMessage()));
            }
            result = analyzeWith(fallback, authority).withNotice(fallbackNotice(e.getMessage(), fallback));
        }
        // matched on every read: an order imported after the analysis is found too
        return Outcome.done(result.withReferencesMatched(eo -> catalog.findByReference(eo)
                .map(LegalAuthority::getId).orElse(null)));
    }

    /** Why the analysis comes from the fallback, in words: the reason, then which analysis this is instead. */
    static String fallbackNotice(String reason, AuthorityAnalyzer fallback) {
        return reason + " This analysis comes from the text alone (" + fallback.label() + ").";
    }

    /**
     * Asks the analyzer only for a text it has not analyzed before; keeps only complete answers. The label is the
     * analyzer's own, so results stored before labels existed read with one too.
     */
    private AnalysisResult analyzeWith(AuthorityAnalyzer which, LegalAuthority authority) {
        Optional<AnalysisResult> cached = cached(authority.getContentHash(), which);
        if (cached.isPresent()) {
            return cached.get().withAnalyzerLabel(which.label());
        }
        AnalysisResult result = which.analyze(parser.parse(catalog.fullText(authority.getId()).orElseThrow()));
        store(authority.getContentHash(), which, result);
        return result.withAnalyzerLabel(which.label());
    }

    private Optional<AnalysisResult> cached(String contentHash, AuthorityAnalyzer which) {
        return jdbc.query("select result::text from authority_analysis where content_hash = ? and analyzer = ?",
                (rs, n) -> read(rs.getString(1)), contentHash, which.name()).stream().findFirst();
    }

    private void store(String contentHash, AuthorityAnalyzer which, AnalysisResult result) {
        AnalysisResult.Usage usage = result.usage() == null ? AnalysisResult.Usage.NONE : result.usage();
        try {
            jdbc.update("insert into authority_analysis (content_hash, analyzer, result, tokens_in, tokens_out, "
                    + "created_at) values (?, ?, cast(? as jsonb), ?, ?, ?) on conflict (content_hash, analyzer) do nothing",
                    contentHash, which.name(), write(result), usage.promptTokens(),
                    usage.completionTokens(), Timestamp.from(clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis could not be stored", e);
        }
    }

    static String write(AnalysisResult result) throws JsonProcessingException {
        return JSON.writeValueAsString(result);
    }

    /** Also results stored before a field existed (a deadline without its recurrence reads with none). */
    static AnalysisResult read(String json) {
        try {
            return JSON.readValue(json, AnalysisResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analysis could not be read", e);
        }
    }
}
