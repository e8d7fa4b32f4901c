package nl.spoor.api.disclosure;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.SpoorUser;
import nl.spoor.model.store.StoreSettings;

/**
 * {@code GET /api/exports/{disclosureId}}: the file of a registered export, streamed, to the user who made it
 * (401 without a signed-in user, 403 for anyone else, 404 for an unknown id or a file removed from the folder).
 * The SHA-256 recorded in the register travels as {@code X-Spoor-Sha256}, so the recipient can check the file.
 */
@RestController
class ExportDownloadController {

    private final DisclosureRegister register;
    private final Path directory;

    ExportDownloadController(DisclosureRegister register, StoreSettings settings) {
        this.register = register;
        this.directory = DisclosureController.exportDirectory(settings);
    }

    @GetMapping("/api/exports/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        var found = register.byId(id);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Disclosure d = found.get();
        if (!d.by().equals(user.map(SpoorUser::username).orElseThrow())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Path file = directory.resolve(d.fileName()).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("spoor-" + d.disclosureId().replace(':', '-')
                        + "." + d.format().extension()).build().toString())
                .header("X-Spoor-Sha256", d.sha256())
                .header("X-Spoor-Disclosure", d.disclosureId())
                .body(new FileSystemResource(file));
    }
}
