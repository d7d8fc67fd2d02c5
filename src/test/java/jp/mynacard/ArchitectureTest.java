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

    @Test
    void noPackageCycles() {
        slices().matching("jp.mynacard.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void errorsAndSharedPiecesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("jp.mynacard.common..", "jp.mynacard.problem..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.mynacard.area..", "jp.mynacard.metric..",
                        "jp.mynacard.release..", "jp.mynacard.ingest..", "jp.mynacard.stats..", "jp.mynacard.figure..",
                        "jp.mynacard.web..", "jp.mynacard.db..")
                .check(CLASSES);
    }

    @Test
    void theImporterNeverKnowsHttpAnswersAndNoFeatureReachesIntoTheEdge() {
        noClasses().that().resideInAnyPackage("jp.mynacard.ingest..", "jp.mynacard.figure..", "jp.mynacard.area..",
                        "jp.mynacard.metric..", "jp.mynacard.release..")
                .should().dependOnClassesThat().resideInAPackage("jp.mynacard.web..")
                .check(CLASSES);
    }
}
