package jp.mynacard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the README's layout, checked over the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mynacard");

    private static final String[] FEATURES = {"jp.mynacard.area..", "jp.mynacard.metric..", "jp.mynacard.release..",
            "jp.mynacard.ingest..", "jp.mynacard.stats..", "jp.mynacard.observation..", "jp.mynacard.db..", "jp.mynacard.landing.."};

    /** Every package is its own slice, so that an endpoint family and the shared parts of stats/ cannot cycle either. */
    @Test
    void noPackageCycles() {
        slices().matching("jp.mynacard.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void errorsAndSharedPiecesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mynacard.common..", "jp.mynacard.problem..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("jp.mynacard.web..")
                .check(CLASSES);
    }

    /** The HTTP layer knows the dataset only through common/ (DatasetState, ApiClients, UnkeptReads). */
    @Test
    void theHttpLayerKnowsNoFeature() {
        noClasses().that().resideInAPackage("jp.mynacard.web..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    /** Features render with web.representation; the edge, the answer pipeline and the contract are no feature's business. */
    @Test
    void noFeatureReachesIntoTheEdgeOrTheAnswers() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("jp.mynacard.web.edge..", "jp.mynacard.web.answer..",
                        "jp.mynacard.web.contract..")
                .check(CLASSES);
    }

    @Test
    void theImporterAndTheFigureStoreNeverKnowHttpAnswers() {
        noClasses().that().resideInAnyPackage("jp.mynacard.ingest..", "jp.mynacard.observation..")
                .should().dependOnClassesThat().resideInAPackage("jp.mynacard.web..")
                .check(CLASSES);
    }

    /** Each endpoint family of stats/ is one package; the shared parts in stats/ itself know none of them. */
    @Test
    void theSharedPartsOfStatsKnowNoEndpointFamily() {
        noClasses().that().resideInAPackage("jp.mynacard.stats")
                .should().dependOnClassesThat().resideInAPackage("jp.mynacard.stats.(*)..")
                .check(CLASSES);
    }
}
