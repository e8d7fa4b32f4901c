package nl.spoor.ingest.world;

import java.util.List;
import java.util.SplittableRandom;

/** Vehicle makes and models with a catalogue value (euro, new, incl. BPM and BTW), as the RDW lists them. */
public final class Cars {

    public record Model(String make, String model, long catalogueValue, int weight) {
    }

    public static final List<Model> ORDINARY = List.of(
            new Model("VOLKSWAGEN", "GOLF", 34_000, 80), new Model("VOLKSWAGEN", "POLO", 25_000, 70),
            new Model("TOYOTA", "YARIS", 23_000, 70), new Model("TOYOTA", "AYGO X", 17_000, 50),
            new Model("KIA", "PICANTO", 16_000, 50), new Model("KIA", "NIRO", 38_000, 45),
            new Model("OPEL", "CORSA", 22_000, 50), new Model("PEUGEOT", "208", 24_000, 55),
            new Model("RENAULT", "CLIO", 22_000, 55), new Model("SKODA", "OCTAVIA", 36_000, 50),
            new Model("FORD", "FOCUS", 30_000, 40), new Model("TESLA", "MODEL 3", 46_000, 35),
            new Model("VOLVO", "XC60", 62_000, 20), new Model("BMW", "3ER REIHE", 52_000, 20),
            new Model("MERCEDES-BENZ", "C 200", 56_000, 15), new Model("AUDI", "A4", 50_000, 15),
            new Model("CITROEN", "C3", 21_000, 40), new Model("HYUNDAI", "KONA", 35_000, 35));

    public static final List<Model> COMMERCIAL = List.of(
            new Model("VOLKSWAGEN", "TRANSPORTER", 45_000, 1), new Model("FORD", "TRANSIT CUSTOM", 42_000, 1),
            new Model("MERCEDES-BENZ", "SPRINTER", 52_000, 1), new Model("RENAULT", "TRAFIC", 38_000, 1));

    /** What unexplained wealth drives. */
    public static final List<Model> LUXURY = List.of(
            new Model("PORSCHE", "CAYENNE", 125_000, 1), new Model("PORSCHE", "911 CARRERA", 165_000, 1),
            new Model("MERCEDES-BENZ", "AMG G 63", 235_000, 1), new Model("LAND ROVER", "RANGE ROVER SPORT", 135_000, 1),
            new Model("BMW", "M5", 145_000, 1), new Model("AUDI", "RS 6 AVANT", 155_000, 1),
            new Model("LAMBORGHINI", "URUS", 285_000, 1), new Model("BENTLEY", "CONTINENTAL GT", 260_000, 1));

    private Cars() {
    }

    public static Model pick(List<Model> models, SplittableRandom random) {
        int total = models.stream().mapToInt(Model::weight).sum();
        int r = random.nextInt(total);
        for (Model m : models) {
            r -= m.weight();
            if (r < 0) {
                return m;
            }
        }
        return models.getFirst();
    }
}
