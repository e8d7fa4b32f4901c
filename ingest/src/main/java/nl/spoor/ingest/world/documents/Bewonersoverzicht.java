package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet an analyst keeps of an address: the persons registered there (BRP) with birth date,
 * BSN and address, and on a second sheet the vehicles registered to them (RDW). XLSX (POI XSSF) or the
 * older XLS (POI HSSF). Each value has a cell of its own; the address is written in one cell as
 * documents print it.
 */
final class Bewonersoverzicht implements DocumentKind {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";

    private final World world;

    Bewonersoverzicht(World world) {
        this.world = world;
    }

    @Override
    public String name() {
        return "overzicht";
    }

    @Override
    public List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (WorldRow address : world.nodes("Address")) {
            List<WorldRow> residents = world.to("LIVES_AT", address.id());
            if (residents.size() >= 2 && residents.size() <= 20) {
                List<String> about = new ArrayList<>(List.of(address.id()));
                residents.forEach(r -> about.add(r.from()));
                list.add(new Candidate(address, about));
            }
        }
        return list;
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        WorldRow address = c.row();
        Draft.Mentions m = new Draft.Mentions(world);
        LocalDate asOf = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(280));
        boolean xlsx = random.nextInt(5) < 3;
        try (Workbook book = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet persons = book.createSheet("Bewoners");
            row(persons, 0, "Bewonersoverzicht " + World.streetLine(address) + " per " + Dutch.numeric(asOf));
            row(persons, 2, "Naam", "Geboortedatum", "Geboorteplaats", "BSN", "Adres", "Ingeschreven sinds");
            int r = 3;
            String line = World.addressLine(address);
            List<WorldRow> vehicles = new ArrayList<>();
            for (WorldRow lives : world.to("LIVES_AT", address.id())) {
                WorldRow p = world.require(lives.from(), lives, "from");
                row(persons, r++, m.add(p.id(), p.get("name")),
                        p.has("birthDate") ? Dutch.numeric(p.date("birthDate")) : "",
                        p.getOr("birthPlace", ""),
                        p.has("bsn") ? m.add(p.id(), p.get("bsn")) : "geen BSN",
                        m.add(address.id(), line),
                        lives.optionalDate("from").map(Dutch::numeric).orElse(""));
                world.from("REGISTERED_OWNER", p.id()).forEach(o -> vehicles.add(o));
            }
            row(persons, r + 1, "Bron: BRP, bevraagd " + Dutch.date(asOf));
            if (!vehicles.isEmpty()) {
                Sheet cars = book.createSheet("Voertuigen");
                row(cars, 0, "Kenteken", "Merk", "Type", "Tenaamstelling", "Datum eerste toelating");
                int v = 1;
                for (WorldRow owned : vehicles) {
                    WorldRow vehicle = world.require(owned.to(), owned, "to");
                    row(cars, v++, m.add(vehicle.id(), Dutch.kenteken(vehicle.get("kenteken"))), vehicle.getOr("make", ""),
                            vehicle.getOr("model", ""), m.add(owned.from(), world.name(owned.from())),
                            vehicle.has("firstRegistration") ? Dutch.numeric(vehicle.date("firstRegistration")) : "");
                }
            }
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                for (int col = 0; col < 6; col++) {
                    book.getSheetAt(i).setColumnWidth(col, 24 * 256);
                }
            }
            LocalDateTime created = Office.at(asOf, random);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (book instanceof XSSFWorkbook x) {
                var core = x.getProperties().getCoreProperties();
                Date date = Date.from(created.toInstant(ZoneOffset.UTC));
                core.setCreated(Optional.of(date));
                core.setModified(Optional.of(date));
                core.setCreator("Analist RIEC Noord-Holland");
                core.setTitle("Bewonersoverzicht " + World.streetLine(address));
                x.write(out);
                return draft("xlsx", XLSX, DocxWriter.restamp(out.toByteArray(), created), m, c);
            }
            book.write(out);
            return draft("xls", XLS, out.toByteArray(), m, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Draft draft(String extension, String format, byte[] bytes, Draft.Mentions m, Candidate c) {
        return new Draft("overzicht", extension, "overzicht", "bewoners", format, bytes, m.list(), c.about(), null);
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
