package nl.spoor.ingest.importers.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Bank exports saved as a workbook (XLSX or XLS): the first sheet's first row names the columns of the
 * ING or Rabobank export, every further row is a movement. Read with POI cell by cell, so a cell is a
 * cell (Tika's text would run them together); then read as that bank's CSV is, with the sheet row as the
 * place in errors and evidence ({@code row:5}).
 */
final class SpreadsheetStatements {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private SpreadsheetStatements() {
    }

    /** Whether the bytes are a workbook container at all (OLE2 or ZIP), before looking inside. */
    static boolean mayBe(byte[] content) {
        return startsWith(content, OLE2) || startsWith(content, new byte[] {'P', 'K', 3, 4}) && holdsWorkbookPart(content);
    }

    /** An OOXML workbook names its part {@code xl/workbook.xml}; a DOCX or a plain archive does not, and is not opened. */
    private static boolean holdsWorkbookPart(byte[] content) {
        byte[] name = "xl/workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length <= content.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (content[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The layout of the workbook's first sheet, or empty when it is no workbook or no statement we know. */
    static Optional<StatementFormat> detect(byte[] content) {
        if (!mayBe(content)) {
            return Optional.empty();
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return format(header(book.getSheetAt(0)));
        } catch (IOException | RuntimeException e) {
            // Not a workbook (another ZIP: DOCX, an archive), encrypted, or broken: not a statement we can read.
            return Optional.empty();
        }
    }

    static Statement read(Path file, byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = header(sheet);
            StatementFormat format = format(header).orElseThrow(() -> new StatementFormatException(file, "row 1", null,
                    "the first sheet's header is neither the ING nor the Rabobank export's columns: " + header));
            CsvLines rows = rows(file, sheet, header);
            return format == StatementFormat.ING_SPREADSHEET ? new IngCsv().read(rows, format) : new RabobankCsv().read(rows, format);
        } catch (EncryptedDocumentException e) {
            throw new StatementFormatException(file, null, null, "is an encrypted workbook: ask for it without a password", e);
        } catch (IOException e) {
            throw new StatementFormatException(file, null, null, "is not a readable workbook: " + e.getMessage(), e);
        }
    }

    private static Optional<StatementFormat> format(List<String> header) {
        if (IngCsv.isIng(header)) {
            return Optional.of(StatementFormat.ING_SPREADSHEET);
        }
        if (RabobankCsv.isRabobank(header)) {
            return Optional.of(StatementFormat.RABOBANK_SPREADSHEET);
        }
        return Optional.empty();
    }

    private static List<String> header(Sheet sheet) {
        Row first = sheet.getRow(sheet.getFirstRowNum());
        List<String> cells = new ArrayList<>();
        if (first != null) {
            for (int c = 0; c < first.getLastCellNum(); c++) {
                cells.add(text(first.getCell(c)).strip());
            }
        }
        return cells;
    }

    private static CsvLines rows(Path file, Sheet sheet, List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        List<CsvLines.Row> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add(row == null ? "" : text(row.getCell(c)));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // an empty row below the data, as workbooks have
            }
            rows.add(new CsvLines.Row(r + 1, cells, String.join(" | ", cells)));
        }
        return new CsvLines(file, columns, rows, "row");
    }

    /**
     * A cell as the CSV export would have written it: text as it is, a date as {@code yyyy-MM-dd}, a number
     * with a decimal comma and no thousands separator ({@code 1250,5}, {@code 20241104}).
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().replace('.', ',');
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
