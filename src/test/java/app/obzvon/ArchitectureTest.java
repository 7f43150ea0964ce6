package app.obzvon;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays free of the UI and of the database technology, so both can change under it. */
@AnalyzeClasses(packages = "app.obzvon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"app.obzvon.contact..", "app.obzvon.queue..", "app.obzvon.call..",
            "app.obzvon.script..", "app.obzvon.team..", "app.obzvon.settings..", "app.obzvon.common..",
            "app.obzvon.demo..", "app.obzvon.calling..", "app.obzvon.handoff..", "app.obzvon.importing..", "app.obzvon.report.."};

    @ArchTest
    static final ArchRule domainKnowsNoUi = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.obzvon.ui..");

    @ArchTest
    static final ArchRule domainKnowsNoDatabase = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..",
                    "org.flywaydb..", "app.obzvon.persistence..");

    @ArchTest
    static final ArchRule persistenceKnowsNoUi = noClasses().that().resideInAPackage("app.obzvon.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.obzvon.ui..");
}
