package it.integra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        Documenter documenter = new Documenter(modules, folder.toString());
        Files.deleteIfExists(folder.resolve("components.puml"));

        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Monitoring", "Participants");
        modules.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile());
    }
}
