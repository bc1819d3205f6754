package org.ronghe.build.pit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.pitest.boot.HotSwapAgent;
import org.pitest.classinfo.ClassName;
import org.pitest.mutationtest.engine.Mutant;
import org.pitest.mutationtest.environment.EnvironmentResetPlugin;
import org.pitest.mutationtest.environment.ResetEnvironment;
import org.pitest.mutationtest.execute.CatchNewClassLoadersTransformer;

/**
 * Puts a class back as it was compiled before the first mutant of another class goes in. PIT swaps a
 * mutant into the running process and never swaps it out: a process that analyses the mutants of
 * several classes one after the other (see {@link ClassesSharingAProcess}) would otherwise run the
 * second class's tests against the first class's last mutant.
 */
public final class OriginalClassRestored implements EnvironmentResetPlugin {

    @Override
    public String description() {
        return "restores the class mutated last before another class is mutated";
    }

    @Override
    public ResetEnvironment make() {
        return new ResetEnvironment() {
            private ClassName mutatedLast;

            @Override
            public void resetFor(Mutant next) {
                ClassName nextClass = next.getDetails().getClassName();
                if (mutatedLast != null && !mutatedLast.equals(nextClass)) {
                    restore(mutatedLast);
                }
                mutatedLast = nextClass;
            }
        };
    }

    private static void restore(ClassName mutated) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream compiled = loader.getResourceAsStream(mutated.asInternalName() + ".class")) {
            if (compiled == null) {
                throw new IllegalStateException("the class file of " + mutated.asJavaName() + " is gone");
            }
            byte[] original = compiled.readAllBytes();
            // PIT's transformer hands out the mutant it was given last whenever that class is defined
            // again, a redefinition included, and swaps it into the class loaders that loaded it since:
            // given the original, it restores those, and the swap below the process's own loader
            CatchNewClassLoadersTransformer.setMutant(mutated.asInternalName(), original);
            Class<?> loaded = Class.forName(mutated.asJavaName(), false, loader);
            if (!HotSwapAgent.hotSwap(loaded, original)) {
                throw new IllegalStateException(mutated.asJavaName() + " could not be restored");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(mutated.asJavaName() + " was mutated but is not loaded", e);
        }
    }
}
