package app.obzvon;

import app.obzvon.access.Access;
import app.obzvon.access.Person;
import app.obzvon.call.CallLogger;
import app.obzvon.call.ProgressCounter;
import app.obzvon.demo.DemoBase;
import app.obzvon.persistence.Database;
import app.obzvon.queue.Dispenser;
import app.obzvon.settings.Settings;
import app.obzvon.team.SignIn;
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
            "app.obzvon.demo..", "app.obzvon.calling..", "app.obzvon.handoff..", "app.obzvon.importing..", "app.obzvon.report..",
            "app.obzvon.access..", "app.obzvon.audit..", "app.obzvon.donotcall..", "app.obzvon.backup..",
            "app.obzvon.logs.."};

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

    /**
     * Roles are checked in the application services: the window and the command line reach the base
     * only through them, never through a repository, the logger, the dispenser or the database.
     */
    @ArchTest
    static final ArchRule uiAndCommandLineGoThroughTheServices = noClasses()
            .that().resideInAnyPackage("app.obzvon.ui..", "app.obzvon.cli..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().belongToAnyOf(CallLogger.class, Dispenser.class, Database.class,
                    Settings.class, ProgressCounter.class, DemoBase.class);

    /** Only the door signs a person in: nothing else can make someone a supervisor. */
    @ArchTest
    static final ArchRule onlyTheDoorSignsIn = noClasses()
            .that().doNotHaveFullyQualifiedName(SignIn.class.getName())
            .should().callMethod(Access.class, "signIn", Person.class);
}
