package nl.spoor.api.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.model.store.StoreSettings;

/**
 * How the server ingests uploads ({@code SPOOR_UPLOAD_*}, {@code SPOOR_INGEST_*}, as environment
 * variables or properties of the same name).
 *
 * @param uploads        {@code $SPOOR_FILES/uploads} ({@code SPOOR_FILES} defaults to {@code SPOOR_HOME}): one folder per job
 * @param maxFile        largest file accepted in an upload (413 beyond); also the pipeline's file limit
 * @param maxRequest     largest upload request, all files together (413 beyond)
 * @param concurrentJobs jobs run at once; the others wait in the queue
 * @param workers        parse and extract workers per job
 * @param ocr            OCR images and scanned pages (Tesseract, Dutch)
 */
public record IngestSettings(Path uploads, DataSize maxFile, DataSize maxRequest, int concurrentJobs, int workers, boolean ocr) {

    public IngestSettings {
        if (concurrentJobs < 1 || workers < 1) {
            throw new IllegalArgumentException("SPOOR_INGEST_JOBS and SPOOR_INGEST_WORKERS must be at least 1, got " + concurrentJobs + " and " + workers);
        }
    }

    /** The pipeline's limits: the defaults, with the upload's file limit. */
    IngestLimits limits() {
        return IngestLimits.defaults().withMaxFileBytes(maxFile.toBytes());
    }

    /** Where Tomcat writes an upload's parts while they arrive: on the same disk as the job folders, so storing one is a rename. */
    Path incoming() {
        return uploads.resolve(".incoming");
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        IngestSettings ingestSettings(StoreSettings store, Environment env) {
            // SPOOR_FILES: the file store api and workers share (required in role api); by default the data folder.
            // With a bucket (s3://…) the api keeps its job records and, until they are in the bucket, the
            // uploaded files under its own data folder.
            String files = env.getProperty("SPOOR_FILES");
            boolean bucket = files != null && files.strip().regionMatches(true, 0, "s3://", 0, 5);
            if (bucket && !"api".equalsIgnoreCase(env.getProperty("SPOOR_ROLE", "all").strip())) {
                throw new IllegalArgumentException("SPOOR_FILES " + files.strip() + " is a bucket, which only the api and worker roles use; "
                        + "role all ingests uploads in its own process from SPOOR_HOME: leave SPOOR_FILES unset or make it a folder");
            }
            Path root = files == null || files.isBlank() || bucket ? store.home() : Path.of(files.strip());
            return new IngestSettings(root.resolve("uploads").toAbsolutePath().normalize(),
                    DataSize.parse(env.getProperty("SPOOR_UPLOAD_MAX_FILE", "512MB")),
                    DataSize.parse(env.getProperty("SPOOR_UPLOAD_MAX_REQUEST", "2GB")),
                    env.getProperty("SPOOR_INGEST_JOBS", Integer.class, 1),
                    env.getProperty("SPOOR_INGEST_WORKERS", Integer.class, 2),
                    env.getProperty("SPOOR_INGEST_OCR", Boolean.class, true));
        }

        /** Every part straight to disk (threshold 0): an upload is never held in memory whole. */
        @Bean
        MultipartConfigElement multipartConfigElement(IngestSettings settings) {
            try {
                Files.createDirectories(settings.incoming());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + settings.incoming(), e);
            }
            MultipartConfigFactory factory = new MultipartConfigFactory();
            factory.setLocation(settings.incoming().toString());
            factory.setMaxFileSize(settings.maxFile());
            factory.setMaxRequestSize(settings.maxRequest());
            factory.setFileSizeThreshold(DataSize.ofBytes(0));
            return factory.createMultipartConfig();
        }
    }
}
