package dev.adhoc.waittimes.acceptance.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The packages the architecture rules name. {@code archRule.failOnEmptyShould} only catches an empty selection
 * ({@code that()}); a rule whose target ({@code dependOnClassesThat()}) names a package that nothing holds or uses
 * passes without checking anything. Every package a rule names goes through {@link #named}, and a test asserts that
 * each one holds an imported class or is used by one.
 */
final class NamedPackages {
    private static final List<String> NAMED = new CopyOnWriteArrayList<>();

    private NamedPackages() {
    }

    /** @return the package identifier, remembered for {@link #assertPresent} */
    static String named(String packageIdentifier) {
        NAMED.add(packageIdentifier);
        return packageIdentifier;
    }

    static List<String> all() {
        return List.copyOf(NAMED);
    }

    /** Fails, naming them, if some of the packages neither hold one of the classes nor are used by one. */
    static void assertPresent(JavaClasses classes, Collection<String> packageIdentifiers) {
        List<String> absent = new ArrayList<>();
        for (String identifier : packageIdentifiers) {
            PackageMatcher matcher = PackageMatcher.of(identifier);
            boolean present = false;
            for (JavaClass c : classes) {
                if (matcher.matches(c.getPackageName()) || usesPackage(c, matcher)) {
                    present = true;
                    break;
                }
            }
            if (!present) {
                absent.add(identifier);
            }
        }
        if (!absent.isEmpty()) {
            throw new AssertionError("architecture rules name packages that no class holds or uses (a rule on them "
                    + "would pass vacuously): " + absent);
        }
    }

    private static boolean usesPackage(JavaClass c, PackageMatcher matcher) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
            if (matcher.matches(d.getTargetClass().getBaseComponentType().getPackageName())) {
                return true;
            }
        }
        return false;
    }
}
