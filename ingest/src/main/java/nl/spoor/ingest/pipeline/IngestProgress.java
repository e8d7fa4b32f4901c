package nl.spoor.ingest.pipeline;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Where a run reports how far it is. Called from the pipeline's writer thread only. */
public interface IngestProgress {

    void started(long files);

    /** One input file, with everything embedded in it, is finished (ingested, skipped or quarantined). */
    void fileFinished();

    /** Something the user should know that does not stop the run (no Tesseract). */
    void warning(String text);

    void finished();

    static IngestProgress silent() {
        return new IngestProgress() {
            @Override
            public void started(long files) {
            }

            @Override
            public void fileFinished() {
            }

            @Override
            public void warning(String text) {
            }

            @Override
            public void finished() {
            }
        };
    }

    /** A progress bar with files/s and ETA. */
    static IngestProgress console(PrintStream out) {
        return new IngestProgress() {
            private ProgressBar bar;

            @Override
            public void started(long files) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(out)).setMaxRenderedLength(110)
                        .setUnit(" files", 1).showSpeed().build();
            }

            @Override
            public void fileFinished() {
                bar.step();
            }

            @Override
            public void warning(String text) {
                out.println("warning: " + text);
            }

            @Override
            public void finished() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }
}
