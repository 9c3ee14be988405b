package org.excoord.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;

/**
 * The dependency rules of STYLE.md, checked on the compiled classes of every module: the domain is
 * vendor-free, each SDK stays in its one package, no cycles between features, and no field injection,
 * standard streams or generic exceptions in production code.
 */
@AnalyzeClasses(packages = "org.excoord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String[] CORE = {"org.excoord.shared..", "org.excoord.directory..", "org.excoord.audit..",
            "org.excoord.authority..", "org.excoord.action..", "org.excoord.actionitem..", "org.excoord.process..",
            "org.excoord.correspondence..", "org.excoord.oversight..", "org.excoord.nudge.."};

    @ArchTest
    static final ArchRule coreIsVendorFree = noClasses().that().resideInAnyPackage(CORE).should()
            .dependOnClassesThat().resideInAnyPackage("com.microsoft..", "com.azure..", "com.openai..",
                    "org.springframework.ai..", "org.springframework.web..", "jakarta.servlet..", "okhttp3..",
                    "org.excoord.bot..", "org.excoord.cards..", "org.excoord.graphsync..", "org.excoord.analyzer..");

    @ArchTest
    static final ArchRule botSdkOnlyInTeamsPackage = noClasses().that().resideOutsideOfPackage("org.excoord.bot.teams..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..");

    @ArchTest
    static final ArchRule graphOnlyInGraphSync = noClasses().that().resideOutsideOfPackage("org.excoord.graphsync..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.graph..", "com.microsoft.kiota..",
                    "com.azure.identity..");

    /** Inside graph-sync, the SDK stays in the gateway's package: the sync, links and status speak excoord's records. */
    @ArchTest
    static final ArchRule graphSdkOnlyInTheGateway = noClasses().that().resideOutsideOfPackage("org.excoord.graphsync.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.graph..", "com.microsoft.kiota..",
                    "com.azure.identity..", "com.azure.core.credential..", "com.microsoft.aad.msal4j..");

    @ArchTest
    static final ArchRule openAiOnlyInAnalyzer = noClasses().that().resideOutsideOfPackage("org.excoord.analyzer..")
            .should().dependOnClassesThat().resideInAnyPackage("com.openai..");

    @ArchTest
    static final ArchRule cardsKnowNoBotTypes = noClasses().that().resideInAPackage("org.excoord.cards..").should()
            .dependOnClassesThat().resideInAnyPackage("com.microsoft..", "org.excoord.bot..", "org.excoord.graphsync..");

    @ArchTest
    static final ArchRule entitiesAreSpringFree = noClasses().that().areAnnotatedWith(Entity.class).should()
            .dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.excoord.(*)..").should().beFreeOfCycles();

    /** The conversation's features (one package each) reach each other only through the router's shared types. */
    static final String[] CONVERSATION_FEATURES = {"items", "correspondence", "authorities", "help", "nudges"};

    @ArchTest
    static final ArchRule conversationFeaturesAreIndependent = com.tngtech.archunit.lang.CompositeArchRule.of(
            java.util.Arrays.stream(CONVERSATION_FEATURES).map(feature -> (ArchRule) noClasses().that()
                    .resideInAPackage("org.excoord.bot." + feature + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(java.util.Arrays.stream(CONVERSATION_FEATURES).filter(f -> !f.equals(feature))
                            .map(f -> "org.excoord.bot." + f + "..").toArray(String[]::new))).toList());

    @ArchTest
    static final ArchRule routerKnowsNoFeature = noClasses().that().resideInAPackage("org.excoord.bot.conversation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.excoord.bot.items..",
                    "org.excoord.bot.correspondence..", "org.excoord.bot.authorities..", "org.excoord.bot.nudges..");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
