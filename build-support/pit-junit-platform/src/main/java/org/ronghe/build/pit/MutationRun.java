package org.ronghe.build.pit;

import java.io.File;
import java.util.HashMap;

import org.pitest.mutationtest.build.MutationGrouperFactory;
import org.pitest.mutationtest.commandline.OptionsParser;
import org.pitest.mutationtest.commandline.ParseResult;
import org.pitest.mutationtest.commandline.PluginFilter;
import org.pitest.mutationtest.config.PluginServices;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.mutationtest.config.SettingsFactory;
import org.pitest.mutationtest.tooling.AnalysisResult;
import org.pitest.mutationtest.tooling.EntryPoint;

/**
 * PIT's command line with one difference: the mutants go to processes several classes at a time
 * ({@link ClassesSharingAProcess}). PIT hard-codes one class to a process in its settings and takes no
 * plugin for it; its entry point takes the settings, so this launcher hands it settings that group
 * otherwise. The arguments are PIT's own ({@code --targetClasses}, {@code --classPathFile}, ...), the
 * working directory is the project's base. Exits 1 when the analysis fails, 2 on arguments PIT refuses;
 * the floors are checked on the XML report afterwards (scripts/mutation-report.py).
 */
public final class MutationRun {

    private MutationRun() {
    }

    public static void main(String[] arguments) {
        PluginServices plugins = PluginServices.makeForContextLoader();
        ParseResult parsed = new OptionsParser(new PluginFilter(plugins)).parse(arguments);
        if (!parsed.isOk()) {
            System.err.println("PIT refused the arguments: " + parsed.getErrorMessage().orElse("(no reason given)"));
            System.exit(2);
        }
        ReportOptions options = parsed.getOptions();
        SettingsFactory settings = new SettingsFactory(options, plugins) {
            @Override
            public MutationGrouperFactory getMutationGrouper() {
                return new ClassesSharingAProcess();
            }
        };
        AnalysisResult result = new EntryPoint()
                .execute(new File("").getAbsoluteFile(), options, settings, new HashMap<>());
        if (result.getError().isPresent()) {
            result.getError().get().printStackTrace();
            System.exit(1);
        }
    }
}
