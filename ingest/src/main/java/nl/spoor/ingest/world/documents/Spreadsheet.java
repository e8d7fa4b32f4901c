package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A bank export's rows as a workbook, the way the bank's spreadsheet download (or Excel opening the CSV)
 * holds them: amounts and dates as numbers with a number format, everything else as text. XLSX with POI's
 * XSSF, re-stamped like the DOCX so that the same rows give the same bytes; XLS with HSSF.
 */
final class Spreadsheet {

    /** A Dutch amount as the CSV writes it: {@code -1250,00}, {@code +750,00}. */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d+,\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Spreadsheet() {
    }

    /** @param rows the header first; @param xlsx XLSX, else XLS; @param created the workbook's date */
    static byte[] write(List<List<String>> rows, boolean xlsx, LocalDate created) {
        try (Workbook book = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet("Transacties");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = cells.get(c);
                    if (r > 0 && AMOUNT.matcher(value).matches()) {
                        cell.setCellValue(new BigDecimal(value.replace(',', '.')).doubleValue());
                        cell.setCellStyle(money);
                    } else if (r > 0 && ISO_DATE.matcher(value).matches()) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (book instanceof XSSFWorkbook x) {
                Date when = Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC));
                x.getProperties().getCoreProperties().setCreated(Optional.of(when));
                x.getProperties().getCoreProperties().setModified(Optional.of(when));
                x.getProperties().getCoreProperties().setCreator("Spoor");
                book.write(out);
                return DocxWriter.restamp(out.toByteArray(), created.atStartOfDay());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
