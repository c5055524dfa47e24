package dev.adhoc.waittimes.acceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Slices by Maven module: a module owns one or more packages; classes of no listed module are ignored. */
final class ModuleSlices implements SliceAssignment {
    private final String description;
    private final Map<String, List<PackageMatcher>> packagesByModule = new LinkedHashMap<>();

    ModuleSlices(String description) {
        this.description = description;
    }

    ModuleSlices module(String name, String... packageIdentifiers) {
        packagesByModule.put(name, java.util.Arrays.stream(packageIdentifiers).map(PackageMatcher::of).toList());
        return this;
    }

    ModuleSlices modules(ModuleSlices others) {
        packagesByModule.putAll(others.packagesByModule);
        return this;
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        for (Map.Entry<String, List<PackageMatcher>> module : packagesByModule.entrySet()) {
            if (module.getValue().stream().anyMatch(m -> m.matches(javaClass.getPackageName()))) {
                return SliceIdentifier.of(module.getKey());
            }
        }
        return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return description + " " + packagesByModule.keySet();
    }
}
